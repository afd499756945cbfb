import Foundation

/// Which store to open: a `postgres://` URL means a PostgreSQL database, anything else a SQLite file's path.
public enum StoreLocation: Hashable, Sendable, CustomStringConvertible {
    case file(String)
    case postgres(PostgresAddress)

    public init(_ location: String) throws {
        self = PostgresAddress.isURL(location) ? .postgres(try PostgresAddress(url: location)) : .file(location)
    }

    /// Opens the store, creating and migrating it as needed.
    public func open() throws -> any InboxStore {
        switch self {
        case let .file(path): try SQLiteInboxStore(path: path)
        case let .postgres(address): try PostgresInboxStore(address: address)
        }
    }

    /// A watcher of its own for live updates: SQLite's commit counter, PostgreSQL's notifications.
    public func changeWatcher() throws -> any StoreChangeWatching {
        switch self {
        case let .file(path): try SQLiteChangeWatcher(path: path)
        case let .postgres(address): try PostgresChangeListener(address: address)
        }
    }

    public var description: String {
        switch self {
        case let .file(path): path
        case let .postgres(address): address.description
        }
    }
}
