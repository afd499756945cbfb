import Foundation
@testable import RiposteApp
import RiposteStore
import RiposteUI
import Testing

/// `riposte bench` times keys while the store is slow; these check that what it reports happened, never how fast.
@Suite("Keys while the store is slow, as the benchmark presses them")
struct SlowStoreBenchmarkTests {
    @Test("the dashboard is read again and again while keys are pressed; every read that came back is counted")
    func dashboardRefreshes() throws {
        let journey = try Journey(posts: smallInbox)
        let benchmark = try SlowStoreBenchmark(location: .file(journey.folder.appendingPathComponent("inbox.sqlite").path))
        let figure = try benchmark.keysWhileDashboardRefreshes(for: 1, pace: 0.005)
        #expect(figure.refreshes >= 2)
        // Each read after the first is asked for by four keys: q, j, k and D again.
        #expect(figure.waits.keys >= 4 * figure.refreshes - 3)
        #expect(figure.waits.p99 <= figure.waits.longest)
        // It ends where it began, on the queue, with nothing left to read.
        #expect(benchmark.session.state.context == .queue && benchmark.session.background?.isIdle == true)
    }

    @Test("a SQLite store has no server to stop: the measurement says it was skipped")
    func noServerToStop() throws {
        let journey = try Journey(posts: smallInbox)
        let benchmark = try SlowStoreBenchmark(location: .file(journey.folder.appendingPathComponent("inbox.sqlite").path))
        let silent = try benchmark.keysWhileServerStopped()
        #expect(silent.skipped == "the store is not PostgreSQL" && silent.waits == nil)
    }

    @Test("a process's parent is read from /proc, and its parent lists it among its children")
    func processTree() {
        #expect(StoppedServer.stat(of: getpid())?.parent == getppid())
        #expect(StoppedServer.children(of: getppid()).contains(getpid()))
    }
}
