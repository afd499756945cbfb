import Foundation
import RiposteCore

/// A reply in the outbox, as the connector that sends it reads it.
public struct OutboxReply: Hashable, Sendable {
    public var id: Int64
    public var postID: PostID
    public var caseID: CaseID
    public var network: Network
    /// The network's id of the post answered.
    public var inReplyTo: String
    public var text: String
    /// Attempts made so far, this one included.
    public var attempts: Int
    public var queuedAt: Date
}

/// The outbox's rules, the same on both databases. A reply joins the outbox in the transaction that posts it, when
/// a connector serves its network from this store; the connector claims what is due, and records what happened.
enum Outbox {
    /// Queues the reply `post` to `parent`, if a connector serves the network here (`riposte connect`, or on a
    /// training store the simulated network): the post then says it is on its way.
    static func queue(_ post: inout ThreadPost, answering parent: ReplyParent, in caseID: CaseID, at time: Date,
                      _ db: some StoreTransaction) throws {
        let milliseconds = StoreTime.milliseconds(time)
        let queued = try db.execute("""
            INSERT INTO outbox (post_id, case_id, network, in_reply_to, state, next_try_at, queued_at)
            SELECT ?, ?, ?, ?, 'pending', ?, ? WHERE EXISTS (SELECT 1 FROM connectors WHERE account LIKE ?)
            """, [post.id.rawValue, caseID.rawValue, parent.network.rawValue, parent.externalID, milliseconds,
                  milliseconds, parent.network.rawValue + " %"])
        if queued > 0 {
            post.delivery = ReplyDelivery(state: .pending, attempts: 0, nextTryAt: time, lastError: nil, link: nil)
        }
    }

    /// Takes up to `limit` replies due on `network` (a `sending` one is an attempt its connector did not finish),
    /// marks them sending and counts the attempt.
    static func claimDue(on network: Network, limit: Int, at time: Date, _ db: some StoreTransaction) throws
        -> [OutboxReply] {
        let rows = try db.rows("""
            SELECT o.id, o.post_id, o.case_id, o.network, o.in_reply_to, o.attempts, o.queued_at, p.text
            FROM outbox o JOIN posts p ON p.id = o.post_id
            WHERE o.network = ? AND o.state IN ('pending', 'sending') AND o.next_try_at <= ?
            ORDER BY o.next_try_at, o.id LIMIT ?\(db.dialect.lockingTheRows(of: "o"))
            """, [network.rawValue, StoreTime.milliseconds(time), Int64(limit)])
        return try rows.map { row in
            let id = try row.int("id")
            try db.execute("UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = ?", [id])
            return OutboxReply(id: id, postID: PostID(try row.int("post_id")), caseID: CaseID(try row.int("case_id")),
                               network: try row.enumValue("network"), inReplyTo: try row.text("in_reply_to"),
                               text: try row.text("text"), attempts: Int(try row.int("attempts")) + 1,
                               queuedAt: StoreTime.date(try row.int("queued_at")))
        }
    }

    /// The network has it: the reply's post takes the network's id, so that answers to it join the case.
    static func markSent(_ reply: OutboxReply, remoteID: String, link: String?, at time: Date,
                         _ db: some StoreTransaction) throws {
        try db.execute("""
            UPDATE outbox SET state = 'sent', remote_id = ?, link = ?, last_error = NULL WHERE id = ? AND state = 'sending'
            """, [remoteID, link, reply.id])
        try db.execute("UPDATE posts SET external_id = ? WHERE id = ? AND is_ours = 1", [remoteID, reply.postID.rawValue])
        try db.appendAudit(AuditEntry(at: time, agent: "riposte-connect", action: "reply.delivered", caseID: reply.caseID,
                                      detail: "\(reply.network.rawValue) \(remoteID)" + (link.map { " \($0)" } ?? "")))
    }

    /// The attempt failed: tried again at `nextTry`, or never (`nil`: a person must retry or withdraw it).
    static func markFailed(_ reply: OutboxReply, error: String, nextTry: Date?, at time: Date,
                           _ db: some StoreTransaction) throws {
        try db.execute("""
            UPDATE outbox SET state = ?, last_error = ?, next_try_at = ? WHERE id = ? AND state = 'sending'
            """, [nextTry == nil ? "failed" : "pending", error,
                  StoreTime.milliseconds(nextTry ?? .distantFuture), reply.id])
        if nextTry == nil {
            try db.appendAudit(AuditEntry(at: time, agent: "riposte-connect", action: "reply.failed",
                                          caseID: reply.caseID, detail: error))
        }
    }

    /// Sends again, as soon as the connector looks, a reply that failed; it is looked for first where it would
    /// have landed, and judged again at the door like any other.
    static func retry(_ post: PostID, by agent: String, login: String, at time: Date,
                      _ db: some StoreTransaction) throws {
        try db.requireActor(agent, login: login)
        guard let caseID = try db.int("SELECT case_id FROM outbox WHERE post_id = ? AND state = 'failed'",
                                      [post.rawValue])
        else { throw StoreError.notAllowed("only a reply that failed to go out can be sent again") }
        // Its attempts still count: one that may have landed is looked for before it is sent again.
        try db.execute("UPDATE outbox SET state = 'pending', next_try_at = ?, last_error = NULL WHERE post_id = ?",
                       [StoreTime.milliseconds(time), post.rawValue])
        try db.appendAudit(AuditEntry(at: time, agent: agent, action: "reply.retried", caseID: CaseID(caseID),
                                      detail: "reply \(post.rawValue)"))
    }

    /// Takes back a reply that has not gone out (failed, or waiting for its next try); one on its way cannot be.
    static func withdraw(_ post: PostID, by agent: String, login: String, at time: Date,
                         _ db: some StoreTransaction) throws {
        try db.requireActor(agent, login: login)
        guard let caseID = try db.int("""
            SELECT case_id FROM outbox WHERE post_id = ? AND state IN ('failed', 'pending')\(db.dialect.lockingTheRows)
            """, [post.rawValue])
        else { throw StoreError.notAllowed("only a reply that has not gone out can be withdrawn") }
        try db.execute("UPDATE outbox SET state = 'withdrawn' WHERE post_id = ?", [post.rawValue])
        try db.appendAudit(AuditEntry(at: time, agent: agent, action: "reply.withdrawn", caseID: CaseID(caseID),
                                      detail: "reply \(post.rawValue)"))
    }

    /// Whether a supervisor approved exactly this post: an approval decided `approved` by a supervisor that sent it.
    /// On a training store, where whoever trains plays the supervisor, by whoever decided it.
    static func approvedBySupervisor(_ post: PostID, _ db: some StoreTransaction) throws -> Bool {
        try db.int("""
            SELECT 1 FROM approvals a JOIN agents s ON s.id = a.decided_by
            WHERE a.sent_post_id = ? AND a.state = 'approved' AND (s.role = 'supervisor' OR ? = 1)
            """, [post.rawValue, try db.isTraining() ? 1 : 0]) != nil
    }

    /// The reply's voice and the post it answers, for judging it again.
    static func judgedAs(_ reply: OutboxReply, _ db: some StoreTransaction) throws -> OutgoingReply {
        guard let row = try db.row("SELECT parent_id, voice FROM posts WHERE id = ?", [reply.postID.rawValue]),
              let parent = try row.optionalInt("parent_id")
        else { throw StoreError.noSuchPost(reply.postID.rawValue) }
        return OutgoingReply(caseID: reply.caseID, inReplyTo: PostID(parent), text: reply.text,
                             voice: try row.optionalText("voice"), riskScore: 0, riskReasons: [])
    }
}
