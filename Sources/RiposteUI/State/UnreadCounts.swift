import Foundation
import RiposteCore

/// How many new cases (nobody has opened them since their last mention) each saved view holds, counted up to a
/// cap so that a count costs the same in a storm, and the newest of them: when that changes, mentions arrived.
public struct UnreadCounts: Hashable, Sendable {
    /// Counts stop here; the view bar shows "99+".
    public static let cap = 100
    /// Read again at most this often while the store changes.
    public static let interval: TimeInterval = 5

    public var perView: [String: Int]
    /// The newest new case anywhere; nil when there is none.
    public var newest: QueueKey?
    /// Replies waiting for a supervisor, up to the cap.
    public var approvalsWaiting: Int

    public init(perView: [String: Int], newest: QueueKey?, approvalsWaiting: Int = 0) {
        self.perView = perView
        self.newest = newest
        self.approvalsWaiting = approvalsWaiting
    }

    /// The filter that finds a view's new cases.
    public static func filter(of view: CaseFilter) -> CaseFilter {
        CaseFilter(terms: view.terms + [CaseFilter.Term(.status([.new]))])
    }

    static func label(_ count: Int) -> String {
        count >= cap ? "\(cap - 1)+" : "\(count)"
    }
}
