import Foundation
import RiposteUI

/// The store's and the feed's work, run on one background thread in the order it was asked for; what each job
/// reports comes back as actions the interface takes between keys. The interface never waits on the store: a slow
/// or silent database holds this thread, not the keyboard.
final class EffectQueue: @unchecked Sendable {
    /// A job; one with a `kind` replaces a job of the same kind still waiting (a newer read of the same thing).
    private struct Job {
        let kind: String?
        let work: () -> [Action]
    }

    private let condition = NSCondition()
    private var waiting: [Job] = []
    private var finished: [Action] = []
    private var running = false
    private var runningSince: Date?
    private var started = false

    /// Queues `work`; a waiting job of the same `kind` is dropped for it.
    func submit(_ kind: String?, _ work: @escaping () -> [Action]) {
        condition.lock()
        if let kind { waiting.removeAll { $0.kind == kind } }
        waiting.append(Job(kind: kind, work: work))
        if !started {
            started = true
            let thread = Thread { [self] in loop() }
            thread.name = "riposte effects"
            thread.start()
        }
        condition.broadcast()
        condition.unlock()
    }

    /// The actions the jobs done so far reported, in order; none are left behind.
    func takeFinished() -> [Action] {
        condition.lock()
        defer { condition.unlock() }
        let actions = finished
        finished = []
        return actions
    }

    var isIdle: Bool { unfinished == 0 }

    /// The jobs asked for and not yet done: those waiting and the one running.
    var unfinished: Int {
        condition.lock()
        defer { condition.unlock() }
        return waiting.count + (running ? 1 : 0)
    }

    /// When the job now running started, if one is.
    var busySince: Date? {
        condition.lock()
        defer { condition.unlock() }
        return runningSince
    }

    /// Waits until every job asked for has run, or `timeout` passes; true when they all ran.
    @discardableResult
    func waitUntilIdle(timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while !waiting.isEmpty || running {
            guard condition.wait(until: deadline) else { return false }
        }
        return true
    }

    private func loop() {
        while true {
            condition.lock()
            while waiting.isEmpty { condition.wait() }
            let job = waiting.removeFirst()
            running = true
            runningSince = Date()
            condition.unlock()
            let actions = job.work()
            condition.lock()
            finished += actions
            running = false
            runningSince = nil
            condition.broadcast()
            condition.unlock()
        }
    }
}

extension Effect {
    /// Reads that a newer one of the same kind makes pointless while they wait: only the newest runs.
    var coalescingKind: String? {
        switch self {
        // A reload around the selection; a jump (g, G, a new filter) is the user's and is never dropped.
        case let .loadQueue(request): if case .around = request.anchor { "queue" } else { nil }
        case let .loadThread(caseID): "thread \(caseID.rawValue)"
        case .loadDashboard: "dashboard"
        case .countUnread: "unread"
        case .loadApprovals: "approvals"
        default: nil
        }
    }
}
