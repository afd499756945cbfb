import Foundation
import GRDB

/// Notices commits made to the store by any connection, in this process or another.
///
/// GRDB's observation sees only its own writes; SQLite's `data_version` changes whenever another
/// connection commits, and is cheap enough to poll a few times a second.
public final class SQLiteChangeWatcher: StoreChangeWatching, @unchecked Sendable {
    // One connection of our own: data_version is only comparable on the same connection.
    private let connection: DatabaseQueue
    private var lastVersion: Int64?

    public init(path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(1)
        do {
            connection = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: SQLiteInboxStore.message(error))
        }
    }

    public func hasChanged() throws -> Bool {
        let version = try connection.read { db in try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        defer { lastVersion = version }
        return lastVersion.map { $0 != version } ?? false
    }
}
