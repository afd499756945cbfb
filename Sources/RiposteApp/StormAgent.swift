import Foundation
import RiposteCore
import RiposteStore
import RiposteUI

/// One agent of a team working through a storm (`riposte bench --storm`): a session built as the binary builds it,
/// run as its loop runs (input, the background's answers, the clock, the store's poll), pressing keys as a person
/// does or only watching.
extension SlowStoreBenchmark {
    public enum StormRole: String, Codable, Sendable, CaseIterable {
        /// Moves down and up the queue, opening a thread now and then.
        case moving
        /// Writes a reply, a key at a time.
        case typing
        /// Moves about the dashboard while its figures are read again and again.
        case dashboard
        /// Presses nothing: what an interface costs that only shows the storm.
        case watching
    }

    public struct StormReport: Codable, Sendable {
        public var role: StormRole
        public var keys: KeyWaits
        /// From a mention's commit until the screen is drawn from a read of the store that holds it, in
        /// milliseconds, at worst: for each refresh of the queue, the time since the poll before the one that
        /// noticed the change (a mention committed just after that poll waited that long).
        public var seen: KeyWaits
        /// The process's CPU time over the run's time: 1 is a whole core.
        public var cpuShare: Double
        /// How often the store's changes made it read the queue again.
        public var refreshes: Int
    }

    /// Runs for `seconds`; a key every `pace` unless watching. Each agent starts on its own row, so that those who
    /// type reply on cases of their own.
    public func throughAStorm(as role: StormRole, seconds: TimeInterval, startingAtRow row: Int,
                              pace: TimeInterval = 0.1) throws -> StormReport {
        for _ in 0..<row { session.dispatch(.key(.character("j"))) }
        try settle()
        if role == .dashboard { session.dispatch(.key(.character("D"))) }
        if role == .typing {
            session.dispatch(.key(.enter))
            try settle()
            session.dispatch(.key(.character("r")))
        }
        try settle()
        guard role != .typing || session.state.editor != nil else {
            throw StoreError.database("the editor did not open on row \(row): \(session.state.message?.text ?? "")")
        }
        let reply = Array("Sorry to hear that! DM us your postcode and we'll check the mast near you 🙏 ")
        let moves: [KeyPress] = Array(repeating: .character("j"), count: 8) + [.enter, .character("q")]
            + Array(repeating: .character("k"), count: 8)
        let started = DispatchTime.now().uptimeNanoseconds, cpuBefore = Self.cpuSeconds()
        var waits: [Double] = [], seen: [Double] = [], refreshes = 0, step = 0
        // When the last two polls that found a change were made.
        var changes: [UInt64] = []
        func take(_ answers: [Action]) {
            for answer in answers {
                switch answer {
                case .storeChanged:
                    changes = Array((changes + [DispatchTime.now().uptimeNanoseconds]).suffix(2))
                case .queueLoaded:
                    refreshes += 1
                    if changes.count == 2 { seen.append(Self.milliseconds(since: changes[0])) }
                default: break
                }
            }
        }
        while Self.milliseconds(since: started) < seconds * 1000 {
            let dueKey = Double(step) * pace * 1000 - Self.milliseconds(since: started)
            if role != .watching, dueKey <= 0 {
                let key: KeyPress = switch role {
                case .typing: .character(reply[step % reply.count])
                case .dashboard: .character(step.isMultiple(of: 2) ? "j" : "k")
                case .moving, .watching: moves[step % moves.count]
                }
                step += 1
                let before = DispatchTime.now().uptimeNanoseconds
                session.apply([.key(key)])
                take(session.afterInput(&timers))
                _ = session.screen()
                waits.append(Self.milliseconds(since: before))
            } else {
                // As the loop waits for input: briefly while the store works, else up to a tenth of a second.
                usleep(background.isIdle ? UInt32(min(100, max(1, role == .watching ? 100 : dueKey)) * 1000) : 5000)
                take(session.afterInput(&timers))
                _ = session.screen()
            }
        }
        let elapsed = Self.milliseconds(since: started) / 1000
        return StormReport(role: role, keys: KeyWaits(waits), seen: KeyWaits(seen),
                           cpuShare: (Self.cpuSeconds() - cpuBefore) / elapsed, refreshes: refreshes)
    }

    /// User and system time this process has used, in seconds.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
    }
}
