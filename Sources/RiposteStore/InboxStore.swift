import Foundation
import RiposteCore

/// The single source of truth for mentions, cases, drafts and the audit log, as the few roles its callers use: a
/// caller names the role it touches (`any QueueReading`, `any FeedKeeping`), so it shows what it reads and writes.
///
/// Nothing above the store knows which database runs behind it; SQLite (GRDB) is the embedded default.
public protocol InboxStore: TeamStore, QueueReading, CaseWorking, ReplyWriting, FeedKeeping, TeamReporting,
                            StoreAdministering, ConnectorKeeping {}

extension ReplyWriting {
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
}

extension QueueReading {
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
}

extension FeedKeeping {
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
