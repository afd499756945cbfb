import Foundation
import RiposteCore

/// What each database does its own way when a reply of ours goes out, and when an approval request is decided or
/// superseded: the rules around them are written once (`Replies`, `Approvals`).
protocol ReplyPosting: StoreTransaction {
    /// Posts our reply from the brand account of the case's network as a new post answering `parent`, marks the case
    /// replied with no approval waiting, and clears the sender's draft on it. `rulesVersion` is the team's rules it
    /// was judged by (nil: the built-in ones).
    func postReply(_ outgoing: OutgoingReply, to parent: ReplyParent, sentBy agentID: Int64, named sender: String,
                   rulesVersion: Int?, editedBy editorID: Int64?, at time: Date) throws -> ThreadPost

    /// Records a decision on a waiting request (`ApprovalDecision` has allowed it; PostgreSQL checks it again).
    func recordDecision(_ id: ApprovalID, _ state: Approval.State, note: String?, sentPost: PostID?,
                        ownReason: String?, by supervisor: String, at time: Date) throws

    /// Marks the requests waiting on the case (only `only`, if given) superseded; returns each with its requester.
    func markSuperseded(on caseID: CaseID, only: ApprovalID?, why: String, by agent: String, at time: Date) throws
        -> [(id: Int64, requester: String)]
}

/// What a reply needs of the post it answers.
struct ReplyParent {
    var id: PostID
    var externalID: String
    var network: Network
    /// Its author's handle, for the audit log.
    var handle: String

    init(id: PostID, externalID: String, network: Network, handle: String) {
        self.id = id
        self.externalID = externalID
        self.network = network
        self.handle = handle
    }

    init(_ post: ThreadPost) {
        self.init(id: post.id, externalID: post.externalID, network: post.author.network, handle: post.author.handle)
    }

    /// The post `parent`, which must belong to the case: a reply never crosses into another case.
    static func read(_ parent: PostID, in caseID: CaseID, _ db: some StoreTransaction) throws -> ReplyParent {
        guard let row = try db.row("""
            SELECT p.external_id, p.network, a.handle FROM posts p JOIN accounts a ON a.id = p.account_id
            WHERE p.id = ? AND p.case_id = ?
            """, [parent.rawValue, caseID.rawValue])
        else { throw StoreError.noSuchPost(parent.rawValue) }
        return ReplyParent(id: parent, externalID: try row.text("external_id"), network: try row.enumValue("network"),
                           handle: try row.text("handle"))
    }
}

/// Replies sent on a case, the same on both databases.
enum Replies {
    /// Sends `admitted` (already judged safe to go out unseen) as `agent`, who must hold or take the case's claim.
    static func send(_ admitted: OutgoingReply, rulesVersion: Int?, by agent: String, login: String, at time: Date,
                     _ db: some ReplyPosting) throws -> ThreadPost {
        try db.requireActor(agent, login: login)
        try Claims.ensure(admitted.caseID, for: agent, at: time, db)
        let parent = try ReplyParent.read(admitted.inReplyTo, in: admitted.caseID, db)
        try Approvals.supersedeWaiting(on: admitted.caseID, only: nil, why: Supersession.replySent(by: agent),
                                       by: agent, at: time, db)
        var post = try db.postReply(admitted, to: parent, sentBy: try db.agentID(agent), named: agent,
                                    rulesVersion: rulesVersion, editedBy: nil, at: time)
        try Outbox.queue(&post, answering: parent, in: admitted.caseID, at: time, db)
        try db.appendAudit(AuditEntry(at: time, agent: agent, action: "reply.sent", caseID: admitted.caseID,
                                      detail: detail(post, to: parent)))
        return post
    }

    static func saveDraft(_ draft: Draft, by agent: String, login: String, at time: Date,
                          _ db: some StoreTransaction) throws {
        try db.requireActor(agent, login: login)
        try db.execute("""
            INSERT INTO drafts (case_id, agent_id, in_reply_to, text, cursor, updated_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (case_id, agent_id) DO UPDATE SET
                in_reply_to = excluded.in_reply_to, text = excluded.text,
                cursor = excluded.cursor, updated_at = excluded.updated_at
            """, [draft.caseID.rawValue, try db.agentID(agent), draft.inReplyTo.rawValue, draft.text, draft.cursor,
                  StoreTime.milliseconds(time)])
    }

    static func deleteDraft(on caseID: CaseID, by agent: String, login: String, _ db: some StoreTransaction) throws {
        try db.requireActor(agent, login: login)
        try db.execute("DELETE FROM drafts WHERE case_id = ? AND agent_id = (SELECT id FROM agents WHERE name = ?)",
                       [caseID.rawValue, agent])
    }

    /// "to @ann as @us: text", what the audit log says of a reply.
    static func detail(_ reply: ThreadPost, to parent: ReplyParent) -> String {
        "to \(parent.handle) as \(reply.author.handle): \(reply.text)"
    }

    /// The brand account a network's replies go out as when no feed or import has given us one.
    static func standInBrandAccount(on network: Network) -> Account {
        Account(network: network, handle: "@ourbrand", name: "Our brand", followers: 0, role: .brand)
    }
}
