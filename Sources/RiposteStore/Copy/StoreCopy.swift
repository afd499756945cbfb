import Foundation

/// What a store gives and takes when `riposte store copy` moves it: every row of every table, as it is.
protocol RowCopying {
    /// Every row of `tables`, a page at a time in key order, all from one snapshot of the store.
    func readRows(of tables: [StoreTable], page: (StoreTable, [[StoreValue]]) throws -> Void) throws
    /// Writes rows in one transaction: all of them or, if anything fails, none. The database then builds what it
    /// derives from them itself (search index, id counters).
    func writeRows(_ body: (_ insert: (StoreTable, [[StoreValue]]) throws -> Void) throws -> Void) throws
    /// Whether no table holds a row (a store just made, or migrated and never used).
    func isEmpty() throws -> Bool
}

extension StoreTable {
    /// Whether any table holds a row, in one statement.
    static var anyRowSQL: String {
        "SELECT " + all.map(\.anyRowSQL).joined(separator: " OR ")
    }
}

/// One table as `riposte store copy` left it.
public struct CopiedTable: Hashable, Sendable {
    public var table: String
    public var sourceRows: Int
    public var targetRows: Int
    public var sourceChecksum: String
    public var targetChecksum: String

    public var matches: Bool { sourceRows == targetRows && sourceChecksum == targetChecksum }
}

/// Moves a team's store from one database to another (SQLite to PostgreSQL and back), nothing lost: the target
/// must be empty, the rows go in one transaction, and each table is then read back from the target and compared
/// with the source by count and checksum.
public enum StoreCopy {
    public static func run(from source: StoreLocation, to target: StoreLocation,
                           progress: (String) -> Void = { _ in }) throws -> [CopiedTable] {
        guard source != target else { throw StoreError.notAllowed("the source and the target are the same store") }
        if case let .file(path) = source, !FileManager.default.fileExists(atPath: path) {
            throw StoreError.cannotOpen(path: path, reason: "no such file")
        }
        if case let .postgres(address) = target { try PostgresDatabases.create(address) }
        let from = try copying(try source.open())
        let to = try copying(try target.open())
        if try !to.isEmpty() {
            throw StoreError.notAllowed("\(target) already holds data; copy into a new or empty store")
        }
        var sourceSums: [String: TableChecksum] = [:]
        try to.writeRows { insert in
            try from.readRows(of: StoreTable.all) { table, rows in
                for row in rows { sourceSums[table.name, default: TableChecksum()].add(row) }
                try insert(table, rows)
                progress("\(table.name): \(sourceSums[table.name]?.rows ?? 0) rows")
            }
        }
        var targetSums: [String: TableChecksum] = [:]
        try to.readRows(of: StoreTable.all) { table, rows in
            for row in rows { targetSums[table.name, default: TableChecksum()].add(row) }
        }
        return StoreTable.all.map { table in
            let source = sourceSums[table.name] ?? TableChecksum(), target = targetSums[table.name] ?? TableChecksum()
            return CopiedTable(table: table.name, sourceRows: source.rows, targetRows: target.rows,
                               sourceChecksum: source.description, targetChecksum: target.description)
        }
    }

    static func copying(_ store: any InboxStore) throws -> any RowCopying {
        guard let store = store as? any RowCopying else { throw StoreError.database("this store cannot be copied") }
        return store
    }
}
