import Foundation

/// The queue's order: the longest wait first, as a care desk's SLA view orders it, so the AGE column reads in order
/// and new cases arrive at the bottom; ties broken by case id. Pages are fetched from a key onwards (keyset paging),
/// never by offset.
public struct QueueKey: Hashable, Sendable, Comparable {
    /// When the AGE column's clock started: the oldest unanswered mention while the case waits on us (more mentions
    /// in it do not move it), otherwise its latest activity.
    public var ageFrom: Date
    public var caseID: CaseID

    public init(ageFrom: Date, caseID: CaseID) {
        self.ageFrom = ageFrom
        self.caseID = caseID
    }

    /// True when `a` is shown above `b` in the queue.
    public static func < (a: QueueKey, b: QueueKey) -> Bool {
        if a.ageFrom != b.ageFrom { return a.ageFrom < b.ageFrom }
        return a.caseID < b.caseID
    }
}

/// One row of the mention queue: a case, told by its customer's first post (what they asked), with who spoke last
/// beside it, so a thread that bystanders join does not seem to change hands.
public struct QueueRow: Hashable, Sendable, Identifiable {
    public var caseID: CaseID
    public var key: QueueKey
    public var network: Network
    public var status: CaseStatus
    /// The customer whose case it is: the first customer to post in it, or the latest mention's author where no
    /// customer posted.
    public var author: Account
    /// That post's text, as written (made safe only when drawn).
    public var snippet: String
    /// Who wrote the latest mention, when that is not the post the row shows.
    public var latestAuthor: String?
    /// When the oldest unanswered mention arrived; nil once we have replied to everything.
    public var waitingSince: Date?
    public var postCount: Int
    /// Where the case's latest approval request stands, while it waits or after it was rejected.
    public var approval: Approval.State?
    public var work: CaseWork

    public var id: CaseID { caseID }

    public init(caseID: CaseID, key: QueueKey, network: Network, status: CaseStatus, author: Account,
                snippet: String, latestAuthor: String? = nil, waitingSince: Date?, postCount: Int, approval: Approval.State? = nil,
                work: CaseWork = CaseWork()) {
        self.caseID = caseID
        self.key = key
        self.network = network
        self.status = status
        self.author = author
        self.snippet = snippet
        self.latestAuthor = latestAuthor
        self.waitingSince = waitingSince
        self.postCount = postCount
        self.approval = approval
        self.work = work
    }
}
