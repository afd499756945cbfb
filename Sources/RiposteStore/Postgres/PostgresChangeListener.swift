import Foundation
import Logging
import PostgresNIO

/// Hears every commit to a PostgreSQL store through LISTEN/NOTIFY, on a connection of its own.
///
/// A notification arrives as its transaction commits, so `hasChanged` is true on the next poll. When the connection
/// is lost, notifications sent meanwhile are lost with it: the first poll after listening again reports a change, and
/// the interface reads what is on screen again, so nothing committed while it was away is missed.
///
/// A connection that only listens can die without a word (a NAT forgets it, a laptop sleeps, the server hangs), and
/// then no notification ever comes again. So a heartbeat goes out on it every `heartbeatInterval`; one unanswered
/// within `answerDeadline` closes it, and the next poll listens again.
public final class PostgresChangeListener: StoreChangeWatching, @unchecked Sendable {
    private let address: PostgresAddress
    private let logger = Logger(label: "riposte.postgres.listen")
    // Guards what the event loop touches too: the connection, and whether a notification or a new connection came.
    private let lock = NSLock()
    private var connection: PostgresConnection?
    private var connecting = false
    private var heard = false
    private var nextAttempt = Date.distantPast
    private var lastHeartbeat = Date()
    var heartbeatInterval: TimeInterval = 10
    var answerDeadline: TimeAmount = .seconds(5)

    public init(address: PostgresAddress) throws {
        self.address = address
        do {
            connection = try listen().wait()
        } catch {
            throw StoreError.cannotOpen(path: address.description, reason: PostgresSQL.message(error))
        }
    }

    deinit {
        try? connection?.close().wait()
    }

    public func hasChanged() throws -> Bool {
        lock.lock()
        guard let connection, !connection.isClosed else {
            let due = !connecting && Date() >= nextAttempt
            if due { connecting = true }
            lock.unlock()
            if due { reconnect() }
            return false
        }
        let changed = heard
        heard = false
        let beating = Date().timeIntervalSince(lastHeartbeat) >= heartbeatInterval
        if beating { lastHeartbeat = Date() }
        lock.unlock()
        if beating { beat(connection) }
        return changed
    }

    /// Listens again in the background: the interface polls from its own loop, and a network that drops packets
    /// would keep it waiting for the connection's timeout. An attempt that failed slowly waits five times as long.
    private func reconnect() {
        let attempted = Date()
        let listening: EventLoopFuture<PostgresConnection>
        do {
            listening = try listen()
        } catch {
            return failed(error, attempted)
        }
        listening.whenComplete { [weak self] result in
            guard let self else {
                if case let .success(opened) = result { opened.close().whenComplete { _ in } }
                return
            }
            switch result {
            case let .success(opened):
                self.lock.lock()
                self.connection = opened
                self.connecting = false
                self.heard = true
                self.lastHeartbeat = Date()
                self.lock.unlock()
            case let .failure(error):
                self.failed(error, attempted)
            }
        }
    }

    private func failed(_ error: any Error, _ attempted: Date) {
        logger.warning("cannot listen on \(address): \(PostgresSQL.message(error))")
        lock.lock()
        connecting = false
        nextAttempt = Date().addingTimeInterval(max(PostgresLink.retryInterval, 5 * Date().timeIntervalSince(attempted)))
        lock.unlock()
    }

    /// Sends the heartbeat without waiting for it.
    private func beat(_ connection: PostgresConnection) {
        let answered = connection.query(PostgresQuery(unsafeSQL: "SELECT 1"), logger: logger)
        let timer = connection.eventLoop.scheduleTask(in: answerDeadline) { [logger, address, answerDeadline] in
            logger.warning("no answer from \(address) to a heartbeat in \(answerDeadline): listening again")
            connection.close().whenComplete { _ in }
        }
        answered.whenComplete { _ in timer.cancel() }
    }

    /// A new connection, once the server has said it listens on it.
    private func listen() throws -> EventLoopFuture<PostgresConnection> {
        try PostgresLink.connecting(address, logger: logger).flatMap { [weak self, logger] opened in
            opened.addListener(channel: PostgresSchema.changeChannel) { [weak self] _, _ in
                guard let self else { return }
                self.lock.lock()
                self.heard = true
                self.lock.unlock()
            }
            return opened.query(PostgresQuery(unsafeSQL: "LISTEN \(PostgresSchema.changeChannel)"), logger: logger)
                .map { _ in opened }
                .flatMapError { error in opened.close().flatMapThrowing { throw error } }
        }
    }
}
