import PostgresNIO

/// `riposte store copy` from and into a PostgreSQL database.
extension PostgresInboxStore: RowCopying {
    static let copyPage = 5000
    /// A statement carries at most 65,535 parameters.
    static let parametersPerStatement = 60_000

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

    /// Unhurried: the ANALYZE at the end reads the whole store.
    func writeRows(_ body: (_ insert: (StoreTable, [[StoreValue]]) throws -> Void) throws -> Void) throws {
        try link.unhurried { try link.write { db in
            try body { table, rows in
                let perStatement = max(1, Self.parametersPerStatement / table.columns.count)
                for start in stride(from: 0, to: rows.count, by: perStatement) {
                    let chunk = rows[start..<min(rows.count, start + perStatement)]
                    let tuple = "(" + table.columns.map { _ in "?" }.joined(separator: ", ") + ")"
                    try db.execute("""
                        INSERT INTO \(table.name) (\(table.columns.joined(separator: ", ")))
                        VALUES \(Array(repeating: tuple, count: chunk.count).joined(separator: ", "))
                        """, chunk.flatMap { $0 })
                }
            }
            // Ids handed out from now on come after the copied ones.
            for table in StoreTable.all where table.hasGeneratedID {
                try db.execute("""
                    SELECT setval(pg_get_serial_sequence('\(table.name)', 'id'), COALESCE(MAX(id), 0) + 1, false)
                    FROM \(table.name)
                    """)
            }
            // The planner knows nothing of rows loaded this way until autovacuum gets round to them; a search on
            // the new store chose seconds-long plans meanwhile.
            try db.execute("ANALYZE")
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
