import RiposteCore

/// Which Riposte last changed a store's schema, kept in the store (a `store.` setting, which `setValue` refuses) so
/// that whoever meets a store can tell what wrote it, on either database.
enum MigratedBy {
    static let key = "store.migrated_by"
}

extension StoreTransaction {
    /// Records this Riposte as the one that last migrated the store; called in the transaction that migrated it.
    func recordMigratedBy() throws {
        try execute("""
            INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value
            """, [MigratedBy.key, RiposteVersion.current])
    }
}
