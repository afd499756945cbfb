import Foundation
import RiposteCore

/// Risky replies wait for a supervisor: approved ones are sent, rejected and withdrawn ones go back to their agent as
/// drafts, and a request overtaken by events (a reply sent, the case closed) is superseded rather than decided. The
/// same on both databases; who may decide is `ApprovalDecision`.
///
/// Every step that changes a case's approval locks the case's row first (on PostgreSQL, where several machines write
/// at once), so that two requests, or two decisions, on one case take turns, and each sees what the one before it
/// committed.
enum Approvals {
    static func request(_ judged: OutgoingReply, rulesVersion: Int?, by agent: String, login: String, at time: Date,
                        _ db: some ReplyPosting) throws -> ApprovalID {
        try db.requireActor(agent, login: login)
        try Claims.ensure(judged.caseID, for: agent, at: time, db)
        let agentID = try db.agentID(agent)
        guard try db.int("""
            SELECT c.id FROM posts p JOIN cases c ON c.id = p.case_id
            WHERE p.id = ? AND p.case_id = ?\(db.dialect.lockingTheRows(of: "c"))
            """, [judged.inReplyTo.rawValue, judged.caseID.rawValue]) != nil
        else { throw StoreError.noSuchPost(judged.inReplyTo.rawValue) }
        try supersedeWaiting(on: judged.caseID, only: nil, why: Supersession.replaced, by: agent, at: time, db)
        guard let id = try db.int("""
            INSERT INTO approvals (case_id, in_reply_to, text, voice, risk_score, risk_reasons, requested_by,
                                   requested_at, state, rules_version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)
            RETURNING id
            """, [judged.caseID.rawValue, judged.inReplyTo.rawValue, judged.text, judged.voice, judged.riskScore,
                  judged.riskReasons.joined(separator: "\n"), agentID, StoreTime.milliseconds(time),
                  rulesVersion.map(Int64.init)])
        else { throw StoreError.database("the approval request was not stored") }
        // The agent's draft became the request.
        try db.execute("UPDATE cases SET approval = 'pending' WHERE id = ?", [judged.caseID.rawValue])
        try db.execute("DELETE FROM drafts WHERE case_id = ? AND agent_id = ?", [judged.caseID.rawValue, agentID])
        try db.appendAudit(.approvalRequested(ApprovalID(id), judged, by: agent, at: time))
        return ApprovalID(id)
    }

    static func approve(_ id: ApprovalID, editedText: String?, ownReason: String?, by supervisor: String,
                        login: String, at time: Date, _ db: some ReplyPosting) throws -> ThreadPost {
        let approval = try decidable(id, by: supervisor, ownReason: ownReason, login: login, db)
        let text = editedText ?? approval.text
        let wasEdited = editedText != nil && editedText != approval.text
        let parent = ReplyParent(approval.inReplyTo)
        var post = try db.postReply(OutgoingReply(caseID: approval.caseID, inReplyTo: approval.inReplyTo.id,
                                                  text: text, voice: approval.voice, riskScore: approval.riskScore,
                                                  riskReasons: approval.riskReasons),
                                    to: parent, sentBy: try db.agentID(approval.requestedBy),
                                    named: approval.requestedBy, rulesVersion: approval.rulesVersion,
                                    editedBy: wasEdited ? try db.agentID(supervisor) : nil, at: time)
        if wasEdited { post.editedBy = supervisor }
        try Outbox.queue(&post, answering: parent, in: approval.caseID, at: time, db)
        try db.recordDecision(id, .approved, note: ApprovalNote.approved(edited: wasEdited, ownReason: ownReason),
                              sentPost: post.id, ownReason: ownReason, by: supervisor, at: time)
        try db.appendAudit(.approvalApproved(approval, editedText: wasEdited ? text : nil, ownReason: ownReason,
                                             by: supervisor, at: time))
        try db.appendAudit(AuditEntry(at: time, agent: approval.requestedBy, action: "reply.sent",
                                      caseID: approval.caseID,
                                      detail: Replies.detail(post, to: parent) + " (approved by \(supervisor))"))
        return post
    }

    static func reject(_ id: ApprovalID, reason: String, by supervisor: String, login: String, at time: Date,
                       _ db: some ReplyPosting) throws {
        let approval = try decidable(id, by: supervisor, ownReason: nil, login: login, db)
        try db.recordDecision(id, .rejected, note: reason, sentPost: nil, ownReason: nil, by: supervisor, at: time)
        try db.execute("UPDATE cases SET approval = 'rejected' WHERE id = ?", [approval.caseID.rawValue])
        try returnDraft(approval, at: time, db)
        try db.appendAudit(AuditEntry(at: time, agent: supervisor, action: "approval.rejected", caseID: approval.caseID,
                                      detail: "\(approval.requestedBy)'s reply (risk \(approval.riskScore)): \(reason)"))
    }

    static func withdraw(_ id: ApprovalID, by agent: String, login: String, at time: Date,
                         _ db: some ReplyPosting) throws {
        try db.requireActor(agent, login: login)
        let approval = try locked(id, db)
        if let refusal = ApprovalWithdrawal.refusal(approval, by: agent) { throw StoreError.notAllowed(refusal) }
        try supersedeWaiting(on: approval.caseID, only: id, why: Supersession.withdrawn(by: agent), by: agent,
                             at: time, db)
        try db.execute("UPDATE cases SET approval = NULL WHERE id = ?", [approval.caseID.rawValue])
        try returnDraft(approval, at: time, db)
    }

    /// Supersedes the request still waiting on the case (only `only`, if given), and audits each.
    static func supersedeWaiting(on caseID: CaseID, only: ApprovalID?, why: String, by agent: String, at time: Date,
                                 _ db: some ReplyPosting) throws {
        for request in try db.markSuperseded(on: caseID, only: only, why: why, by: agent, at: time) {
            try db.appendAudit(Supersession.audit(request, caseID: caseID, why: why, by: agent, at: time))
        }
    }

    static func read(where condition: String, _ arguments: [any StoreBindable], _ db: some StoreTransaction) throws
        -> [Approval] {
        try db.rows(ApprovalColumns.select(where: condition), arguments).map { try $0.approval() }
    }

    /// The text goes back to its agent as a draft, to be reworked.
    private static func returnDraft(_ approval: Approval, at time: Date, _ db: some StoreTransaction) throws {
        try db.execute("""
            INSERT INTO drafts (case_id, agent_id, in_reply_to, text, cursor, updated_at)
            SELECT ?, id, ?, ?, ?, ? FROM agents WHERE name = ?
            ON CONFLICT (case_id, agent_id) DO UPDATE SET
                in_reply_to = excluded.in_reply_to, text = excluded.text, cursor = excluded.cursor,
                updated_at = excluded.updated_at
            """, [approval.caseID.rawValue, approval.inReplyTo.id.rawValue, approval.text, approval.text.count,
                  StoreTime.milliseconds(time), approval.requestedBy])
    }

    /// The request, read after its case's row is locked: a statement sees what was committed when it started, and
    /// a second decision waits for the first, then finds the request decided.
    private static func locked(_ id: ApprovalID, _ db: some StoreTransaction) throws -> Approval {
        guard try db.int("""
            SELECT c.id FROM approvals ap JOIN cases c ON c.id = ap.case_id WHERE ap.id = ?\(db.dialect.lockingTheRows(of: "c"))
            """, [id.rawValue]) != nil,
            let approval = try read(where: "ap.id = ?", [id.rawValue], db).first
        else { throw StoreError.noSuchApproval(id.rawValue) }
        return approval
    }

    /// The request, if `supervisor` may decide it now (see `ApprovalDecision`). The case's row stays locked until the
    /// decision commits.
    private static func decidable(_ id: ApprovalID, by supervisor: String, ownReason: String?, login: String,
                                  _ db: some StoreTransaction) throws -> Approval {
        let decider = try db.requireActor(supervisor, login: login)
        let approval = try locked(id, db)
        let supervisors = Int(try db.int("SELECT count(*) FROM agents WHERE role = 'supervisor'") ?? 0)
        if let refusal = ApprovalDecision.refusal(approval, by: decider, named: supervisor, supervisors: supervisors,
                                                  ownReason: ownReason) {
            throw StoreError.notAllowed(refusal)
        }
        return approval
    }
}
