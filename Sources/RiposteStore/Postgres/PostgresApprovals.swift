import Foundation
import RiposteCore

/// Risky replies wait here for a supervisor: approved ones are sent, rejected ones go back to their agent.
///
/// Several machines write at once here, where SQLite has one writer at a time: every step that changes a case's
/// approval locks the case's row first, so that two requests, or two decisions, on one case take turns, and each
/// sees what the one before it committed.
extension PostgresInboxStore {
    @discardableResult
    public func requestApproval(_ request: OutgoingReply, by agent: String, at time: Date) throws -> ApprovalID {
        try link.write { db in
            try Self.ensureClaim(request.caseID, for: agent, at: time, db)
            let agentID = try Self.agentID(agent, db)
            guard try db.int("""
                SELECT c.id FROM posts p JOIN cases c ON c.id = p.case_id
                WHERE p.id = ? AND p.case_id = ? FOR UPDATE OF c
                """, [request.inReplyTo.rawValue, request.caseID.rawValue]) != nil
            else { throw StoreError.noSuchPost(request.inReplyTo.rawValue) }
            // A newer request replaces one still waiting on the same case; the agent's draft becomes the request.
            guard let id = try db.int("""
                WITH replaced AS (
                    UPDATE approvals SET state = 'rejected', decided_by = ?, decided_at = ?,
                        note = 'replaced by a newer request'
                    WHERE case_id = ? AND state = 'pending'
                ), marked AS (
                    UPDATE cases SET approval = 'pending' WHERE id = ?
                ), cleared AS (
                    DELETE FROM drafts WHERE case_id = ? AND agent_id = ?
                )
                INSERT INTO approvals (case_id, in_reply_to, text, voice, risk_score, risk_reasons, requested_by,
                                       requested_at, state)
                VALUES (?, ?, ?, ?::text, ?, ?, ?, ?, 'pending')
                RETURNING id
                """, [agentID, StoreTime.milliseconds(time), request.caseID.rawValue, request.caseID.rawValue,
                      request.caseID.rawValue, agentID, request.caseID.rawValue, request.inReplyTo.rawValue,
                      request.text, request.voice, request.riskScore, request.riskReasons.joined(separator: "\n"),
                      agentID, StoreTime.milliseconds(time)])
            else { throw StoreError.database("the approval request was not stored") }
            let reasons = request.riskReasons.isEmpty ? "" : " (" + request.riskReasons.joined(separator: "; ") + ")"
            try Self.audit(AuditEntry(at: time, agent: agent, action: "approval.requested", caseID: request.caseID,
                                      detail: "risk \(request.riskScore)\(reasons): \(request.text)"), db)
            return ApprovalID(id)
        }
    }

    public func approvals(in state: Approval.State, limit: Int) throws -> [Approval] {
        try link.read { db in
            try Self.approvals(db, where: "ap.state = ? ORDER BY ap.requested_at, ap.id LIMIT \(limit)",
                               arguments: [state.rawValue])
        }
    }

    public func approval(_ id: ApprovalID) throws -> Approval? {
        try link.read { db in try Self.approvals(db, where: "ap.id = ?", arguments: [id.rawValue]).first }
    }

    @discardableResult
    public func approve(_ id: ApprovalID, editedText: String?, by supervisor: String, at time: Date) throws
        -> ThreadPost {
        try link.write { db in
            let (approval, supervisorID) = try Self.decidable(id, by: supervisor, db)
            let text = editedText ?? approval.text
            let post = try Self.postReply(OutgoingReply(caseID: approval.caseID, inReplyTo: approval.inReplyTo.id,
                                                        text: text, voice: approval.voice,
                                                        riskScore: approval.riskScore,
                                                        riskReasons: approval.riskReasons),
                                          to: ReplyParent(approval.inReplyTo),
                                          sentBy: try Self.agentID(approval.requestedBy, db),
                                          named: approval.requestedBy, at: time, db)
            let wasEdited = editedText != nil && editedText != approval.text
            try db.execute("""
                UPDATE approvals SET state = 'approved', decided_by = ?, decided_at = ?, sent_post_id = ?,
                    note = ?::text
                WHERE id = ?
                """, [supervisorID, StoreTime.milliseconds(time), post.id.rawValue,
                      (wasEdited ? "edited before approval" : nil) as String?, id.rawValue])
            let edited = editedText.map { $0 == approval.text ? "" : " after editing it from: \(approval.text)" } ?? ""
            try Self.audit(AuditEntry(at: time, agent: supervisor, action: "approval.approved", caseID: approval.caseID,
                                      detail: "\(approval.requestedBy)'s reply (risk \(approval.riskScore))\(edited)"),
                           db)
            try Self.audit(AuditEntry(at: time, agent: approval.requestedBy, action: "reply.sent",
                                      caseID: approval.caseID,
                                      detail: Self.replyDetail(post, to: ReplyParent(approval.inReplyTo))
                                          + " (approved by \(supervisor))"), db)
            return post
        }
    }

    public func reject(_ id: ApprovalID, reason: String, by supervisor: String, at time: Date) throws {
        try link.write { db in
            let (approval, supervisorID) = try Self.decidable(id, by: supervisor, db)
            // The text goes back to its agent as a draft, to be reworked.
            try db.execute("""
                WITH decided AS (
                    UPDATE approvals SET state = 'rejected', decided_by = ?, decided_at = ?, note = ? WHERE id = ?
                    RETURNING requested_by
                ), marked AS (
                    UPDATE cases SET approval = 'rejected' WHERE id = ?
                )
                INSERT INTO drafts (case_id, agent_id, in_reply_to, text, cursor, updated_at)
                SELECT ?, requested_by, ?, ?, ?, ? FROM decided
                ON CONFLICT (case_id, agent_id) DO UPDATE SET
                    in_reply_to = excluded.in_reply_to, text = excluded.text, cursor = excluded.cursor,
                    updated_at = excluded.updated_at
                """, [supervisorID, StoreTime.milliseconds(time), reason, id.rawValue, approval.caseID.rawValue,
                      approval.caseID.rawValue, approval.inReplyTo.id.rawValue, approval.text, approval.text.count,
                      StoreTime.milliseconds(time)])
            let detail = "\(approval.requestedBy)'s reply (risk \(approval.riskScore)): \(reason)"
            try Self.audit(AuditEntry(at: time, agent: supervisor, action: "approval.rejected", caseID: approval.caseID,
                                      detail: detail), db)
        }
    }

    /// The pending approval, if `supervisor` may decide it (a supervisor, and not the one who asked), with the
    /// supervisor's row id. The case's row stays locked until the decision commits: a second decision waits, then
    /// finds the request decided.
    static func decidable(_ id: ApprovalID, by supervisor: String, _ db: PostgresSQL) throws
        -> (approval: Approval, supervisorID: Int64) {
        guard let agent = try db.row("SELECT id, role FROM agents WHERE name = ?", [supervisor]) else {
            throw StoreError.noSuchAgent(supervisor)
        }
        guard try agent.text("role") == Agent.Role.supervisor.rawValue else {
            throw StoreError.notAllowed("\(supervisor) is an agent: only a supervisor can approve or reject")
        }
        guard try db.int("""
            SELECT c.id FROM approvals ap JOIN cases c ON c.id = ap.case_id WHERE ap.id = ? FOR UPDATE OF c
            """, [id.rawValue]) != nil,
            // Read after the lock: a statement sees what was committed when it started.
            let approval = try approvals(db, where: "ap.id = ?", arguments: [id.rawValue]).first
        else { throw StoreError.noSuchApproval(id.rawValue) }
        guard approval.requestedBy != supervisor else {
            throw StoreError.notAllowed("nobody approves their own reply: another supervisor must decide")
        }
        guard approval.state == .pending else {
            throw StoreError.notAllowed("this request was already \(approval.state.rawValue)"
                                        + (approval.decidedBy.map { " by \($0)" } ?? ""))
        }
        return (approval, try agent.int("id"))
    }

    /// Prepared: a thread reads its latest request each time it opens.
    static func approvals(_ db: PostgresSQL, where condition: String, arguments: [any PostgresBindable]) throws
        -> [Approval] {
        let statement = approvalsStatement(where: condition, arguments: arguments)
        return try db.preparedRows(statement.sql, statement.arguments).map(approval)
    }

    static func approvalsStatement(where condition: String, arguments: [any PostgresBindable]) -> PostgresStatement {
        PostgresStatement("""
            SELECT ap.id, ap.case_id, ap.text, ap.voice, ap.risk_score, ap.risk_reasons, ap.requested_at, ap.state,
                   ap.decided_at, ap.note, requester.name AS requester, decider.name AS decider,
                   p.id AS post_id, p.external_id, p.parent_id, p.text AS post_text, p.created_at, p.is_ours,
                   \(AccountColumns.select("a"))
            FROM approvals ap
            JOIN agents requester ON requester.id = ap.requested_by
            LEFT JOIN agents decider ON decider.id = ap.decided_by
            JOIN posts p ON p.id = ap.in_reply_to
            JOIN accounts a ON a.id = p.account_id
            WHERE \(condition)
            """, arguments)
    }

    static func approval(_ row: PostgresStoreRow) throws -> Approval {
        let reasons = try row.text("risk_reasons")
        return Approval(
            id: ApprovalID(try row.int("id")), caseID: CaseID(try row.int("case_id")),
            inReplyTo: ThreadPost(id: PostID(try row.int("post_id")), externalID: try row.text("external_id"),
                                  parentID: try row.optionalInt("parent_id").map(PostID.init),
                                  author: try row.account(), text: try row.text("post_text"),
                                  createdAt: try row.date("created_at"), isOurs: try row.int("is_ours") != 0,
                                  sentBy: nil),
            text: try row.text("text"), voice: try row.optionalText("voice"),
            riskScore: Int(try row.int("risk_score")),
            riskReasons: reasons.isEmpty ? [] : reasons.components(separatedBy: "\n"),
            requestedBy: try row.text("requester"), requestedAt: try row.date("requested_at"),
            state: try row.enumValue("state"), decidedBy: try row.optionalText("decider"),
            decidedAt: try row.optionalDate("decided_at"), note: try row.optionalText("note"))
    }
}
