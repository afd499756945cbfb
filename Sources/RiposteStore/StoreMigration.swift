/// What `riposte store migrate` did.
public struct StoreMigration: Hashable, Sendable {
    /// Every migration the store has had, in order.
    public var applied: [String]
    /// Those it had just now.
    public var ranNow: [String]
    /// The version of the Riposte that last migrated it, if one recorded it (stores migrated before 0.9.0 did not).
    public var lastMigratedBy: String?
}

extension StoreLocation {
    /// Brings the store's schema up to date (creating the store if needed) and tells which migrations ran; a store
    /// written by a newer Riposte is refused and left as it is.
    public func migrate() throws -> StoreMigration {
        if case let .postgres(address) = self { try PostgresDatabases.create(address) }
        let before = try appliedMigrations()
        let store = try open()
        let after = try appliedMigrations()
        return StoreMigration(applied: after, ranNow: after.filter { !before.contains($0) },
                              lastMigratedBy: try store.value(forKey: MigratedBy.key))
    }

    func appliedMigrations() throws -> [String] {
        switch self {
        case let .file(path): try SQLiteInboxStore.appliedMigrations(path: path)
        case let .postgres(address): try PostgresSchema.appliedMigrations(address)
        }
    }
}
