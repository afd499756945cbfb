import Foundation

/// The queue's order: the case whose latest mention is oldest first, like a care desk's first-in-first-out queue and
/// mutt's date order, so new mentions arrive at the bottom and never push the selected row; ties broken by case id.
/// Pages are fetched from a key onwards (keyset paging), never by offset.
public struct QueueKey: Hashable, Sendable, Comparable {
    public var lastActivity: Date
    public var caseID: CaseID

    public init(lastActivity: Date, caseID: CaseID) {
        self.lastActivity = lastActivity
        self.caseID = caseID
    }

    /// True when `a` is shown above `b` in the queue.
    public static func < (a: QueueKey, b: QueueKey) -> Bool {
        if a.lastActivity != b.lastActivity { return a.lastActivity < b.lastActivity }
        return a.caseID < b.caseID
    }
}

/// One row of the mention queue: a case and the latest inbound mention in it.
public struct QueueRow: Hashable, Sendable, Identifiable {
    public var caseID: CaseID
    public var key: QueueKey
    public var network: Network
    public var status: CaseStatus
    public var author: Account
    /// The latest inbound mention's text, as written (made safe only when drawn).
    public var snippet: String
    /// When the oldest unanswered mention arrived; nil once we have replied to everything.
    public var waitingSince: Date?
    public var postCount: Int
    /// Where the case's latest approval request stands, while it waits or after it was rejected.
    public var approval: Approval.State?
    public var work: CaseWork

    public var id: CaseID { caseID }

    public init(caseID: CaseID, key: QueueKey, network: Network, status: CaseStatus, author: Account,
                snippet: String, waitingSince: Date?, postCount: Int, approval: Approval.State? = nil,
                work: CaseWork = CaseWork()) {
        self.caseID = caseID
        self.key = key
        self.network = network
        self.status = status
        self.author = author
        self.snippet = snippet
        self.waitingSince = waitingSince
        self.postCount = postCount
        self.approval = approval
        self.work = work
    }
}
