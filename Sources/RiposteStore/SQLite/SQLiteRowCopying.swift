import GRDB

/// `riposte store copy` from and into a SQLite file.
extension SQLiteInboxStore: RowCopying {
    static let copyPage = 5000

    func readRows(of tables: [StoreTable], page: (StoreTable, [[StoreValue]]) throws -> Void) throws {
        try guarded {
            try pool.read { db in
                for table in tables {
                    let keys = table.keyIndexes
                    var last: [StoreValue]?
                    repeat {
                        let rows = try Row.fetchAll(
                            db, sql: table.pageSQL(after: last != nil, limit: Self.copyPage),
                            arguments: StatementArguments(last?.map { Database.databaseValue($0.storeArgument) } ?? [])
                        ).map { row in try row.databaseValues.map { try Self.storeValue($0, in: table) } }
                        if !rows.isEmpty { try page(table, rows) }
                        last = rows.count == Self.copyPage ? keys.map { rows[rows.count - 1][$0] } : nil
                    } while last != nil
                }
            }
        }
    }

    func writeRows(_ body: (_ insert: (StoreTable, [[StoreValue]]) throws -> Void) throws -> Void) throws {
        try guarded {
            try pool.write { db in
                try body { table, rows in
                    let statement = try db.cachedStatement(sql: """
                        INSERT INTO \(table.name) (\(table.columns.joined(separator: ", ")))
                        VALUES (\(table.columns.map { _ in "?" }.joined(separator: ", ")))
                        """)
                    for row in rows {
                        try statement.execute(arguments: StatementArguments(row.map { Database.databaseValue($0.storeArgument) }))
                    }
                }
                // The search index is derived from the posts, in key order (see PostSearchKey), the tally from the
                // cases (see CaseTally).
                try db.execute(sql: """
                    INSERT INTO post_text (rowid, text)
                    SELECT \(PostSearchKey.sql("case_id", "id")), text FROM posts ORDER BY 1
                    """)
                for statement in CaseTally.sqliteRecount { try db.execute(sql: statement) }
            }
        }
    }

    func isEmpty() throws -> Bool {
        try guarded { try pool.read { db in try Bool.fetchOne(db, sql: StoreTable.anyRowSQL) == false } }
    }

    /// The schema has integers and text only; anything else was written by something other than Riposte.
    static func storeValue(_ value: DatabaseValue, in table: StoreTable) throws -> StoreValue {
        switch value.storage {
        case let .int64(number): return .integer(number)
        case let .string(text): return .text(text)
        case .null: return .null
        case .double, .blob: throw StoreError.database("\(table.name) holds a value that is neither integer nor text")
        }
    }
}
