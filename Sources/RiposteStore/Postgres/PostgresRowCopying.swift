import PostgresNIO

/// `riposte store copy` from and into a PostgreSQL database.
extension PostgresInboxStore: RowCopying {
    static let copyPage = 5000

    func readRows(of tables: [StoreTable], page: (StoreTable, [[StoreValue]]) throws -> Void) throws {
        try link.read { db in
            // One snapshot for every table, while the team goes on working.
            try db.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            defer { _ = try? db.execute("COMMIT") }
            for table in tables {
                let keys = table.keyIndexes
                var last: [StoreValue]?
                repeat {
                    let rows = try db.rows(table.pageSQL(after: last != nil, limit: Self.copyPage), last ?? [])
                        .map { row in try table.columns.indices.map { try row.storeValue($0) } }
                    if !rows.isEmpty { try page(table, rows) }
                    last = rows.count == Self.copyPage ? keys.map { rows[rows.count - 1][$0] } : nil
                } while last != nil
            }
        }
    }

    /// Unhurried: the indexes built at the end, and the VACUUM after them, read the whole store.
    func writeRows(_ body: (_ insert: (StoreTable, [[StoreValue]]) throws -> Void) throws -> Void) throws {
        try link.unhurried { try link.write { db in
            // An index built once over every row is several times quicker than one kept up row by row (the search
            // index above all). Those a constraint needs stay; the others go, inside this transaction, and come
            // back as they were once the rows are in: nobody else sees the tables without them.
            let secondary = try db.rows("""
                SELECT i.indexname, i.indexdef FROM pg_indexes i
                WHERE i.schemaname = current_schema() AND i.tablename = ANY(?)
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
                """, [StoreTable.all.map(\.name)]).map { (try $0.text("indexname"), try $0.text("indexdef")) }
            for (name, _) in secondary { try db.execute("DROP INDEX \"\(name)\"") }
            // So do the foreign keys: checked row by row they cost most of the copy; added back, each is checked
            // over the whole table at once, and a row that breaks one still fails the copy.
            let foreignKeys = try db.rows("""
                SELECT conrelid::regclass::text AS owner, conname, pg_get_constraintdef(oid) AS definition
                FROM pg_constraint
                WHERE contype = 'f' AND connamespace = current_schema()::regnamespace
                  AND conrelid::regclass::text = ANY(?)
                """, [StoreTable.all.map(\.name)])
                .map { (try $0.text("owner"), try $0.text("conname"), try $0.text("definition")) }
            for (owner, name, _) in foreignKeys { try db.execute("ALTER TABLE \(owner) DROP CONSTRAINT \"\(name)\"") }
            try db.execute("SET LOCAL maintenance_work_mem = '256MB'")
            try body { table, rows in try db.copy(rows, into: table.name, columns: table.columns) }
            // The checks deferred to the commit (the guard on sent replies) run now: an index cannot be built on a
            // table with checks still pending.
            try db.execute("SET CONSTRAINTS ALL IMMEDIATE")
            for (_, definition) in secondary { try db.execute(definition) }
            for (owner, name, definition) in foreignKeys {
                try db.execute("ALTER TABLE \(owner) ADD CONSTRAINT \"\(name)\" \(definition)")
            }
            // Ids handed out from now on come after the copied ones.
            for table in StoreTable.all where table.hasGeneratedID {
                try db.execute("""
                    SELECT setval(pg_get_serial_sequence('\(table.name)', 'id'), COALESCE(MAX(id), 0) + 1, false)
                    FROM \(table.name)
                    """)
            }
        } }
        // The planner knows nothing of rows loaded this way until autovacuum gets round to them (a search on the new
        // store chose seconds-long plans meanwhile), and until the visibility map says their pages are all visible
        // a count reads every row rather than its index alone (the dashboard's figures at ten million: 6.1 s, and
        // 1.5 s after this). VACUUM runs in no transaction, so after the copy's.
        try link.unhurried { try link.read { db in
            try db.execute("VACUUM (ANALYZE) " + StoreTable.all.map(\.name).joined(separator: ", "))
        } }
    }

    func isEmpty() throws -> Bool {
        try link.read { db in try db.row(StoreTable.anyRowSQL).map { try $0.bool(0) } != true }
    }
}

extension PostgresStoreRow {
    func storeValue(_ index: Int) throws -> StoreValue {
        switch row[index].dataType {
        case .int2, .int4, .int8: try optionalInt(index).map(StoreValue.integer) ?? .null
        default: try optionalText(index).map(StoreValue.text) ?? .null
        }
    }

    func bool(_ index: Int) throws -> Bool {
        guard let value = try row[index].decode(Bool?.self) else { throw StoreError.database("column \(index) is NULL") }
        return value
    }
}
