import Foundation
import Logging
import RiposteFeed
import RiposteStore
import RiposteUI

/// Keys pressed while the store is slow or silent, on a session built as the binary builds it (the store's work on
/// the background thread): how long each key holds the interface thread, from handing it to the session until the
/// session has taken it, taken the background's answers that came meanwhile and drawn the screen. Issue 18 asks
/// for under 50 ms while the dashboard refreshes at 1M posts and while the PostgreSQL server is stopped.
public final class SlowStoreBenchmark {
    public struct KeyWaits: Codable, Sendable {
        public var keys: Int
        public var longest: Double
        public var p50: Double
        public var p99: Double

        init(_ milliseconds: [Double]) {
            let sorted = milliseconds.sorted()
            keys = sorted.count
            longest = sorted.last ?? 0
            p50 = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
            p99 = sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, sorted.count * 99 / 100)]
        }
    }

    /// Keys while the dashboard's figures are read: `refreshes` of them were answered while the keys were pressed,
    /// each in `refreshMilliseconds` on average from being asked for to its answer being taken.
    public struct DashboardRefresh: Codable, Sendable {
        public var waits: KeyWaits
        public var refreshes: Int
        public var refreshMilliseconds: Double
    }

    /// Keys while the PostgreSQL server is stopped with SIGSTOP: `readsWaiting` were still unanswered when it was
    /// let go on. `skipped` says why the keys were not pressed (not PostgreSQL, or a server that is not ours).
    public struct SilentServer: Codable, Sendable {
        public var waits: KeyWaits?
        public var processes = 0
        public var readsWaiting = 0
        public var skipped: String?
    }

    let location: StoreLocation
    let session: AppSession
    var timers: AppSession.LoopTimers
    var background: EffectQueue { session.background! }

    /// Opens the store and builds the session; returns once the queue's first rows are on the screen.
    public init(location: StoreLocation, agent: String = "bench", width: Int = 120, height: Int = 40) throws {
        self.location = location
        let store = try location.open()
        let logger = Logger(label: "bench", factory: { _ in SwiftLogNoOpLogHandler() })
        let runner = EffectRunner(store: store, agent: agent, clock: { Date() }, logger: logger)
        session = AppSession(state: AppState(agent: agent, width: width, height: height, now: Date()),
                             runner: runner, theme: .builtin, watcher: try location.changeWatcher(),
                             player: DemoFeedPlayer(store: store), logger: logger, inBackground: true)
        timers = AppSession.LoopTimers(started: Date())
        session.dispatch(.tick(Date()))
        session.dispatch(.resize(width: width, height: height))
        try settle()
        guard session.state.queue.selected != nil else { throw StoreError.database("the queue is empty") }
    }

    /// Presses the dashboard's keys (j, k) while its figures are read; each time they come, goes back to the queue,
    /// moves there and opens the dashboard again, which reads them afresh: a read is under way nearly throughout.
    public func keysWhileDashboardRefreshes(for seconds: TimeInterval = 4, pace: TimeInterval = 0.01) throws
        -> DashboardRefresh {
        var asked: UInt64?, refreshes: [Double] = [], next: [KeyPress] = [.character("D")], step = 0
        let waits = press(for: seconds, pace: pace) { answers in
            if let from = asked, answers.contains(where: { if case .dashboardLoaded = $0 { true } else { false } }) {
                refreshes.append(Self.milliseconds(since: from))
                asked = nil
                next = [.character("q"), .character("j"), .character("k"), .character("D")]
            }
            guard next.isEmpty else {
                if next.count == 1 { asked = DispatchTime.now().uptimeNanoseconds }
                return next.removeFirst()
            }
            step += 1
            return .character(step.isMultiple(of: 2) ? "j" : "k")
        }
        session.dispatch(.key(.character("q")))
        try settle()
        return DashboardRefresh(waits: KeyWaits(waits), refreshes: refreshes.count,
                                refreshMilliseconds: refreshes.reduce(0, +) / Double(max(1, refreshes.count)))
    }

    /// Stops the PostgreSQL server and presses keys that read the store (down the queue past the rows it holds, a
    /// thread opened and left, the dashboard), then lets the server go on.
    public func keysWhileServerStopped(for seconds: TimeInterval = 3, pace: TimeInterval = 0.01) throws
        -> SilentServer {
        guard case let .postgres(address) = location else { return SilentServer(skipped: "the store is not PostgreSQL") }
        let server: StoppedServer
        do {
            server = try StoppedServer(address)
        } catch {
            return SilentServer(skipped: "\(error)")
        }
        defer { server.resume() }
        let keys: [KeyPress] = [.pageDown, .pageDown, .pageDown] + Array(repeating: .character("j"), count: 5)
            + [.enter, .character("q"), .character("D"), .character("j"), .character("k"), .character("q")]
        var step = 0
        let waits = press(for: seconds, pace: pace) { _ in
            defer { step += 1 }
            return keys[step % keys.count]
        }
        let waiting = background.unfinished
        server.resume()
        try settle()
        return SilentServer(waits: KeyWaits(waits), processes: server.processes.count, readsWaiting: waiting)
    }

    /// Presses a key every `pace` for `seconds`, each as the interface's loop takes it (applied, the background's
    /// answers taken, the clock's tick and the store's poll when due), and draws the screen. `next` chooses each key
    /// from the answers the key before took. Returns how long each key took, in milliseconds.
    func press(for seconds: TimeInterval, pace: TimeInterval, _ next: (_ answers: [Action]) -> KeyPress) -> [Double] {
        let started = DispatchTime.now().uptimeNanoseconds
        var waits: [Double] = [], answers: [Action] = []
        while Self.milliseconds(since: started) < seconds * 1000 {
            let due = Double(waits.count) * pace * 1000 - Self.milliseconds(since: started)
            if due > 0 { usleep(UInt32(due * 1000)) }
            let key = next(answers)
            let before = DispatchTime.now().uptimeNanoseconds
            session.apply([.key(key)])
            answers = session.afterInput(&timers)
            _ = session.screen()
            waits.append(Self.milliseconds(since: before))
        }
        return waits
    }

    /// Takes the background's answers until it has none left to give and the queue's rows are here.
    func settle(timeout: TimeInterval = 60) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            guard background.waitUntilIdle(timeout: deadline.timeIntervalSinceNow) else {
                throw StoreError.database("the store did not answer within \(Int(timeout)) s")
            }
            if session.afterInput(&timers).isEmpty, background.isIdle, session.state.queue.loaded { return }
        }
    }

    static func milliseconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }
}
