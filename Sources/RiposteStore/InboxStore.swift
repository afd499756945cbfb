import Foundation
import RiposteCore

/// The single source of truth for mentions, cases, drafts and the audit log.
///
/// Nothing above the store knows which database runs behind it; SQLite (GRDB) is the embedded default.
public protocol InboxStore: TeamStore {
    /// Stores posts all or nothing: `body` hands them over one by one (an import streams a file this way); if it
    /// throws, nothing is stored. Each post gets a case; posts already stored are skipped. SQLite writes a large
    /// ingest in short transactions and takes it back whole if it stops part-way; PostgreSQL, whose writers lock
    /// only the rows they change, writes one transaction.
    @discardableResult
    func ingestAll(_ body: (_ add: (IncomingPost) throws -> Void) throws -> Void) throws -> IngestSummary

    /// Queue rows below `key` (newer activity) that `scope` covers, in queue order; from the top when `key` is nil.
    func queueRows(after key: QueueKey?, limit: Int, in scope: QueueScope) throws -> [QueueRow]
    /// Queue rows above `key` (older activity), in queue order, the nearest to `key` last; the bottom rows when
    /// `key` is nil.
    func queueRows(before key: QueueKey?, limit: Int, in scope: QueueScope) throws -> [QueueRow]
    /// The rows a window around `key` shows: `above` rows before it, the nearest last, and `below` rows after it.
    func queueRows(around key: QueueKey, above: Int, below: Int, in scope: QueueScope) throws
        -> (above: [QueueRow], below: [QueueRow])
    /// The case's row, if `scope` covers it.
    func queueRow(_ caseID: CaseID, in scope: QueueScope) throws -> QueueRow?
    /// How many cases the scope holds, counting no further than `limit`: in no order, so the database may take
    /// whichever index finds them fastest.
    func caseCount(in scope: QueueScope, upTo limit: Int) throws -> Int

    /// The case's conversation and `agent`'s draft on it.
    func thread(_ caseID: CaseID, agent: String) throws -> CaseThread?
    /// Records that `agent` opened the case; a new case becomes open.
    func openCase(_ caseID: CaseID, by agent: String, at time: Date) throws

    func saveDraft(_ draft: Draft, by agent: String, at time: Date) throws
    func deleteDraft(on caseID: CaseID, by agent: String) throws
    /// Posts our reply from the brand account of the case's network, marks the case replied and audits it. The reply
    /// is judged again by the team's rules first (`needsApproval` if a supervisor must see it), and any request still
    /// waiting on the case is superseded.
    @discardableResult
    func sendReply(_ reply: OutgoingReply, by agent: String, at time: Date) throws -> ThreadPost

    /// The agent of that name, created with `role` the first time: on a training store only, where names are free.
    @discardableResult
    func ensureAgent(named name: String, role: Agent.Role) throws -> Agent
    func agent(named name: String) throws -> Agent?
    func agents() throws -> [Agent]
    /// The tags on cases, the most used first (for completion).
    func tagNames() throws -> [String]
    /// The drafts and running claims `agent` has, which quitting would leave behind.
    func heldWork(of agent: String, at time: Date) throws -> HeldWork
    /// Adds an agent or changes their role or login: only a supervisor may (`actor`), and the audit log says who did.
    func setAgent(_ agent: Agent, by actor: String, at time: Date) throws

    /// Submits a risky reply for a supervisor; the agent's draft on the case becomes the request.
    @discardableResult
    func requestApproval(_ request: OutgoingReply, by agent: String, at time: Date) throws -> ApprovalID
    /// Requests in a state, the longest waiting first.
    func approvals(in state: Approval.State, limit: Int) throws -> [Approval]
    func approval(_ id: ApprovalID) throws -> Approval?
    /// Sends the reply (with a supervisor's edits, if any) as its agent's, approved by `supervisor`. A supervisor's
    /// own request needs another supervisor; the team's only one gives `ownReason` instead, which is audited.
    @discardableResult
    func approve(_ id: ApprovalID, editedText: String?, ownReason: String?, by supervisor: String, at time: Date) throws
        -> ThreadPost
    /// Turns the reply down with a reason its agent sees on the case; the text goes back to them as a draft.
    func reject(_ id: ApprovalID, reason: String, by supervisor: String, at time: Date) throws
    func auditLog(for caseID: CaseID?) throws -> [AuditEntry]
    func appendAudit(_ entry: AuditEntry) throws

    /// Claims the case for `agent` for `lease`: granted unless someone else holds it and their lease has not run
    /// out, or `takeOver` is asked for. Sending needs the claim.
    func claim(_ caseID: CaseID, by agent: String, at time: Date, lease: TimeInterval, takeOver: Bool) throws
        -> ClaimOutcome
    /// Extends the agent's claim; false when they no longer hold it (it ran out, or was taken over).
    func renewClaim(_ caseID: CaseID, by agent: String, at time: Date, lease: TimeInterval) throws -> Bool
    func releaseClaim(_ caseID: CaseID, by agent: String, at time: Date) throws
    /// Assigns cases (nil: unassigns); moving a colleague's case is a supervisor's.
    func assign(_ caseIDs: [CaseID], to assignee: String?, by actor: String, at time: Date) throws
    func setStatus(_ caseIDs: [CaseID], to status: CaseStatus, snoozedUntil: Date?, by agent: String, at time: Date)
        throws
    /// Snoozed cases whose time has come become open again; returns how many.
    @discardableResult
    func wakeSnoozed(at time: Date) throws -> Int
    func tag(_ caseIDs: [CaseID], adding: [String], removing: [String], by agent: String, at time: Date) throws
    /// An internal note on a case: never sent, shown in the thread to colleagues.
    func addNote(on caseID: CaseID, text: String, by agent: String, at time: Date) throws

    /// Posts to deliver later (a demo feed played in accelerated time).
    func schedule(_ posts: [ScheduledPost], feed: String) throws
    /// Moves every scheduled post due at `time` into the inbox; returns how many arrived.
    @discardableResult
    func deliverDuePosts(at time: Date) throws -> Int
    /// How many scheduled posts are still to come.
    func scheduledCount() throws -> Int
    /// What each agent did since `time`: replies, first responses, approvals, risk, reactions.
    func training(since time: Date) throws -> [AgentTraining]
    /// The supervisor's figures at `now`: first responses and replies counted since `since`, the rest as it stands.
    func teamFigures(since: Date, at now: Date, serviceLevels: ServiceLevels) throws -> TeamFigures
    /// Moves every post still to come: paused for `offset` seconds, or played `factor` times as fast from `time` on.
    func retime(after time: Date, factor: Double, offset: TimeInterval) throws

    /// A small setting kept with the data (which demo was loaded, for instance).
    func value(forKey key: String) throws -> String?
    func setValue(_ value: String, forKey key: String) throws
}

extension InboxStore {
    /// Approves a request of someone else's.
    @discardableResult
    public func approve(_ id: ApprovalID, editedText: String?, by supervisor: String, at time: Date) throws -> ThreadPost {
        try approve(id, editedText: editedText, ownReason: nil, by: supervisor, at: time)
    }

    /// A reply with no voice and no risk, as tools and tests send them.
    @discardableResult
    public func sendReply(on caseID: CaseID, inReplyTo parent: PostID, text: String, by agent: String,
                          at time: Date) throws -> ThreadPost {
        try sendReply(OutgoingReply(caseID: caseID, inReplyTo: parent, text: text, voice: nil, riskScore: 0,
                                    riskReasons: []), by: agent, at: time)
    }

    public func queueRows(around key: QueueKey, above: Int, below: Int, in scope: QueueScope) throws
        -> (above: [QueueRow], below: [QueueRow]) {
        (try queueRows(before: key, limit: above, in: scope), try queueRows(after: key, limit: below, in: scope))
    }

    public func queueRows(after key: QueueKey?, limit: Int) throws -> [QueueRow] {
        try queueRows(after: key, limit: limit, in: .everything)
    }

    public func queueRows(before key: QueueKey?, limit: Int) throws -> [QueueRow] {
        try queueRows(before: key, limit: limit, in: .everything)
    }

    public func queueRow(_ caseID: CaseID) throws -> QueueRow? {
        try queueRow(caseID, in: .everything)
    }

    /// Stores new posts in one transaction, giving each a case; posts already stored are skipped.
    @discardableResult
    public func ingest(_ posts: [IncomingPost]) throws -> IngestSummary {
        try ingestAll { add in
            for post in posts { try add(post) }
        }
    }
}

/// What an ingest did.
public struct IngestSummary: Hashable, Sendable {
    public var inserted: Int
    public var alreadyStored: Int
    public var newCases: Int

    public init(inserted: Int = 0, alreadyStored: Int = 0, newCases: Int = 0) {
        self.inserted = inserted
        self.alreadyStored = alreadyStored
        self.newCases = newCases
    }
}

/// A post waiting for its time in a played feed.
public struct ScheduledPost: Hashable, Sendable {
    public var due: Date
    public var post: IncomingPost

    public init(due: Date, post: IncomingPost) {
        self.due = due
        self.post = post
    }
}
