import Foundation
import RiposteCore
@testable import RiposteStore
import StoreTestSupport
import Testing

/// A server process that stops answering (SIGSTOP: the kernel still acknowledges every packet, as with a hung
/// server, where a dropped network would not) must not hold the interface: a store call gives up after its deadline,
/// and a listener whose heartbeat goes unanswered listens again. Only the test's own connection's server process is
/// stopped, so the tests beside it go on.
@Suite("The PostgreSQL store gives up on a server that stops answering", .enabled(if: StoreBackend.current == .postgres))
struct PostgresSilenceTests {
    /// Sends `kill -NAME pid`; false when there is no such process any more.
    @discardableResult
    func signal(_ name: String, _ pid: Int64) throws -> Bool {
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: "/bin/kill")
        kill.arguments = ["-\(name)", "\(pid)"]
        kill.standardError = FileHandle.nullDevice
        try kill.run()
        kill.waitUntilExit()
        return kill.terminationStatus == 0
    }

    func backend(_ store: PostgresInboxStore, _ sql: String = "SELECT pg_backend_pid()") throws -> Int64 {
        try #require(try store.link.read { try $0.int(sql) })
    }

    @Test("a call the server does not answer fails as unreachable after the deadline; the next connects afresh")
    func statementDeadline() throws {
        let temporary = try TemporaryStore()
        try temporary.store.ingest([post("m1", by: account("@ann"), at: 1)])
        let store = try #require(temporary.store as? PostgresInboxStore)
        store.link.answerDeadline = .milliseconds(500)
        let stopped = try backend(store)
        #expect(try signal("STOP", stopped))
        // Without a deadline the call would wait for ever: let the server go on after 8 s, and fail on the time.
        DispatchQueue.global().asyncAfter(deadline: .now() + 8) { _ = try? signal("CONT", stopped) }
        let started = Date()
        do {
            _ = try store.queueRows(after: nil, limit: 5)
            Issue.record("a stopped server answered")
        } catch StoreError.unreachable {
        } catch {
            Issue.record("expected unreachable, got \(error)")
        }
        try signal("CONT", stopped)
        #expect(Date().timeIntervalSince(started) < 5)

        Thread.sleep(forTimeInterval: PostgresLink.retryInterval + 0.2)
        #expect(try store.queueRows(after: nil, limit: 5).map(\.author.handle) == ["@ann"])
        #expect(try backend(store) != stopped)
    }

    @Test("a listener whose heartbeat goes unanswered listens again, reports a change, and hears the next commit")
    func listenerHeartbeat() throws {
        let temporary = try TemporaryStore()
        let store = try #require(temporary.store as? PostgresInboxStore)
        let listener = try PostgresChangeListener(address: store.address)
        let listening = try backend(store, """
            SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'
            """)
        #expect(try listener.hasChanged() == false)
        listener.heartbeatInterval = 0.2
        listener.answerDeadline = .milliseconds(300)
        #expect(try signal("STOP", listening))
        defer { _ = try? signal("CONT", listening) }

        #expect(try poll(listener, for: 5), "no change reported after the heartbeat went unanswered")
        try temporary.store.ingest([post("m1", by: account("@ann"), at: 1)])
        #expect(try poll(listener, for: 5), "the commit after listening again was not heard")
    }

    /// Polls as the interface does, until a change is reported or `seconds` pass.
    func poll(_ listener: PostgresChangeListener, for seconds: TimeInterval) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try listener.hasChanged() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }
}
