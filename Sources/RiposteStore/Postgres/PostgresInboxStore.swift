import Foundation
import RiposteCore

/// The shared store for a team across machines: a PostgreSQL database, with the same schema, rules and
/// behaviour as the embedded SQLite store.
public final class PostgresInboxStore: InboxStore {
    public let address: PostgresAddress
    /// The database role this connection logs in as: who is working, on a team store.
    public let login: String
    let link: PostgresLink
    let rulesCache = TeamRulesCache()

    /// Connects to the database at `address` and migrates it; refuses one written by a newer Riposte.
    public init(address: PostgresAddress) throws {
        self.address = address
        link = PostgresLink(address)
        do {
            try PostgresSchema.migrate(link)
            login = try link.read { db in try db.text("SELECT session_user::text") } ?? address.user
        } catch let StoreError.unreachable(_, reason) {
            throw StoreError.cannotOpen(path: address.description, reason: reason)
        }
    }

    deinit {
        link.close()
    }

    public func value(forKey key: String) throws -> String? {
        try link.read { db in try db.text("SELECT value FROM meta WHERE key = ?", [key]) }
    }

    public func setValue(_ value: String, forKey key: String) throws {
        try TrainingFlag.checkWritable(key)
        try link.write { db in
            try db.execute("""
                INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """, [key, value])
        }
    }
}
