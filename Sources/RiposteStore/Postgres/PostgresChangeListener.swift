import Foundation
import Logging
import PostgresNIO

/// Hears every commit to a PostgreSQL store through LISTEN/NOTIFY, on a connection of its own.
///
/// A notification arrives as its transaction commits, so `hasChanged` is true on the next poll. When the connection
/// is lost, notifications sent meanwhile are lost with it: the first poll after reconnecting reports a change, and
/// the interface reads what is on screen again, so nothing committed while it was away is missed.
public final class PostgresChangeListener: StoreChangeWatching, @unchecked Sendable {
    private let address: PostgresAddress
    private let logger = Logger(label: "riposte.postgres.listen")
    private let lock = NSLock()
    private var connection: PostgresConnection?
    private var heard = false
    private var lastAttempt: Date?

    public init(address: PostgresAddress) throws {
        self.address = address
        do {
            try listen()
        } catch {
            throw StoreError.cannotOpen(path: address.description, reason: PostgresSQL.message(error))
        }
    }

    deinit {
        try? connection?.close().wait()
    }

    public func hasChanged() throws -> Bool {
        if connection?.isClosed ?? true {
            // Reconnect at most once a second; the interface polls several times a second.
            if let lastAttempt, Date().timeIntervalSince(lastAttempt) < PostgresLink.retryInterval { return false }
            lastAttempt = Date()
            do {
                try listen()
            } catch {
                logger.warning("cannot listen on \(address): \(PostgresSQL.message(error))")
                throw StoreError.unreachable(address.description, PostgresSQL.message(error))
            }
            return true
        }
        lock.lock()
        defer { lock.unlock() }
        let changed = heard
        heard = false
        return changed
    }

    private func listen() throws {
        try? connection?.close().wait()
        connection = nil
        let opened = try PostgresLink.connect(address, logger: logger)
        opened.addListener(channel: PostgresSchema.changeChannel) { [weak self] _, _ in
            guard let self else { return }
            self.lock.lock()
            self.heard = true
            self.lock.unlock()
        }
        do {
            _ = try opened.query(PostgresQuery(unsafeSQL: "LISTEN \(PostgresSchema.changeChannel)"), logger: logger).wait()
        } catch {
            try? opened.close().wait()
            throw error
        }
        connection = opened
    }
}
