import Foundation
import RiposteStore

/// A store of its own for one test, removed when the test is done with it: a real SQLite file in a fresh temporary
/// folder, or, when the suite runs against PostgreSQL (`RIPOSTE_TEST_BACKEND=postgres`, with the server from
/// `Tests/Postgres/cluster.sh run`), a fresh database on that server.
public final class TemporaryStore {
    public let folder: URL
    /// The SQLite file's path, or the PostgreSQL database's URL.
    public let location: StoreLocation
    public var store: any InboxStore { held! }
    private var held: (any InboxStore)?

    public init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("riposte-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        switch StoreBackend.current {
        case .sqlite:
            location = .file(folder.appendingPathComponent("inbox.sqlite").path)
        case .postgres:
            let address = try StoreBackend.postgresServer().database("riposte_test_\(UUID().uuidString.prefix(8).lowercased())")
            try PostgresDatabases.create(address)
            location = .postgres(address)
        }
        held = try location.open()
        // Most journeys play several people on one store, as a trainer does; a team store knows its people by login
        // and is made with `teamStore(login:)`.
        try held?.markTraining()
    }

    /// The SQLite file's path; only for tests that look inside the file.
    public var path: String {
        guard case let .file(path) = location else { preconditionFailure("not a SQLite store") }
        return path
    }

    /// The same store opened again, as another agent's process would.
    public func reopened() throws -> any InboxStore {
        try location.open()
    }

    /// Writes `text` to a file in the test's folder and returns its path.
    public func file(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
        guard case let .postgres(address) = location else { return }
        // A test may still hold the store it took from here (`try TemporaryStore().store`): its database then
        // stays until the test cluster is removed. Otherwise it goes now, with any watcher's connection.
        weak let stillHeld = held.map { $0 as AnyObject }
        held = nil
        if stillHeld == nil { try? PostgresDatabases.drop(address) }
    }
}

/// Which database the store tests run against.
public enum StoreBackend: String, Sendable {
    case sqlite, postgres

    public static let current: StoreBackend =
        ProcessInfo.processInfo.environment["RIPOSTE_TEST_BACKEND"].flatMap(StoreBackend.init(rawValue:)) ?? .sqlite

    /// The PostgreSQL server `Tests/Postgres/cluster.sh run` started for the tests, if any.
    public static var postgresURL: String? {
        ProcessInfo.processInfo.environment["RIPOSTE_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    }

    public static func postgresServer() throws -> PostgresAddress {
        guard let url = postgresURL else {
            throw StoreError.cannotOpen(path: "RIPOSTE_TEST_POSTGRES",
                                        reason: "not set: run the tests under Tests/Postgres/cluster.sh run")
        }
        return try PostgresAddress(url: url)
    }
}
