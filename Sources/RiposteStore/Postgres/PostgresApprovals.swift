import Foundation
import RiposteCore

/// Risky replies wait here for a supervisor: approved ones are sent, rejected and withdrawn ones go back to their
/// agent, and a request overtaken by events is superseded. Every change to a request goes through the database's own
/// functions (`PostgresTeamSchema`), which check who is calling.
///
/// Several machines write at once here, where SQLite has one writer at a time: every step that changes a case's
/// approval locks the case's row first, so that two requests, or two decisions, on one case take turns, and each
/// sees what the one before it committed.
extension PostgresInboxStore {
    @discardableResult
    public func requestApproval(_ request: OutgoingReply, by agent: String, at time: Date) throws -> ApprovalID {
        let judged = try judged(request)
        return try link.write { db in
            try Self.requireActor(agent, login: login, db)
            try Self.ensureClaim(request.caseID, for: agent, at: time, db)
            let agentID = try Self.agentID(agent, db)
            guard try db.int("""
                SELECT c.id FROM posts p JOIN cases c ON c.id = p.case_id
                WHERE p.id = ? AND p.case_id = ? FOR UPDATE OF c
                """, [request.inReplyTo.rawValue, request.caseID.rawValue]) != nil
            else { throw StoreError.noSuchPost(request.inReplyTo.rawValue) }
            try Self.supersedeWaiting(on: request.caseID, only: nil, why: Supersession.replaced, by: agent, at: time, db)
            // The agent's draft becomes the request.
            guard let id = try db.int("""
                WITH marked AS (
                    UPDATE cases SET approval = 'pending' WHERE id = ?
                ), cleared AS (
                    DELETE FROM drafts WHERE case_id = ? AND agent_id = ?
                )
                INSERT INTO approvals (case_id, in_reply_to, text, voice, risk_score, risk_reasons, requested_by,
                                       requested_at, state, rules_version)
                VALUES (?, ?, ?, ?::text, ?, ?, ?, ?, 'pending', ?::bigint)
                RETURNING id
                """, [request.caseID.rawValue, request.caseID.rawValue, agentID, request.caseID.rawValue,
                      request.inReplyTo.rawValue, request.text, request.voice, judged.reply.riskScore,
                      judged.reply.riskReasons.joined(separator: "\n"), agentID, StoreTime.milliseconds(time),
                      judged.version.map(Int64.init)])
            else { throw StoreError.database("the approval request was not stored") }
            try Self.audit(.approvalRequested(ApprovalID(id), judged.reply, by: agent, at: time), db)
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
    public func approve(_ id: ApprovalID, editedText: String?, ownReason: String?, by supervisor: String,
                        at time: Date) throws -> ThreadPost {
        try link.write { db in
            let (approval, supervisorID) = try Self.decidable(id, by: supervisor, ownReason: ownReason, login: login, db)
            let text = editedText ?? approval.text
            let wasEdited = editedText != nil && editedText != approval.text
            var post = try Self.postReply(OutgoingReply(caseID: approval.caseID, inReplyTo: approval.inReplyTo.id,
                                                        text: text, voice: approval.voice,
                                                        riskScore: approval.riskScore,
                                                        riskReasons: approval.riskReasons),
                                          to: ReplyParent(approval.inReplyTo),
                                          sentBy: try Self.agentID(approval.requestedBy, db),
                                          named: approval.requestedBy, rulesVersion: approval.rulesVersion,
                                          editedBy: wasEdited ? supervisorID : nil, at: time, db)
            if wasEdited { post.editedBy = supervisor }
            try db.execute("SELECT riposte_decide_approval(?, 'approved', ?::text, ?, ?::text, ?, ?)",
                           [id.rawValue, ApprovalNote.approved(edited: wasEdited, ownReason: ownReason), post.id.rawValue,
                            ownReason, supervisor, StoreTime.milliseconds(time)])
            try Self.audit(.approvalApproved(approval, editedText: wasEdited ? text : nil, ownReason: ownReason,
                                             by: supervisor, at: time), db)
            try Self.audit(AuditEntry(at: time, agent: approval.requestedBy, action: "reply.sent",
                                      caseID: approval.caseID,
                                      detail: Self.replyDetail(post, to: ReplyParent(approval.inReplyTo))
                                          + " (approved by \(supervisor))"), db)
            return post
        }
    }

    public func reject(_ id: ApprovalID, reason: String, by supervisor: String, at time: Date) throws {
        try link.write { db in
            let (approval, _) = try Self.decidable(id, by: supervisor, ownReason: nil, login: login, db)
            try db.execute("SELECT riposte_decide_approval(?, 'rejected', ?, NULL, NULL, ?, ?)",
                           [id.rawValue, reason, supervisor, StoreTime.milliseconds(time)])
            try db.execute("UPDATE cases SET approval = 'rejected' WHERE id = ?", [approval.caseID.rawValue])
            try Self.returnDraft(approval, at: time, db)
            let detail = "\(approval.requestedBy)'s reply (risk \(approval.riskScore)): \(reason)"
            try Self.audit(AuditEntry(at: time, agent: supervisor, action: "approval.rejected", caseID: approval.caseID,
                                      detail: detail), db)
        }
    }

    public func withdraw(_ id: ApprovalID, by agent: String, at time: Date) throws {
        try link.write { db in
            try Self.requireActor(agent, login: login, db)
            guard try db.int("""
                SELECT c.id FROM approvals ap JOIN cases c ON c.id = ap.case_id WHERE ap.id = ? FOR UPDATE OF c
                """, [id.rawValue]) != nil,
                let approval = try Self.approvals(db, where: "ap.id = ?", arguments: [id.rawValue]).first
            else { throw StoreError.noSuchApproval(id.rawValue) }
            if let refusal = ApprovalWithdrawal.refusal(approval, by: agent) { throw StoreError.notAllowed(refusal) }
            try Self.supersedeWaiting(on: approval.caseID, only: id, why: Supersession.withdrawn(by: agent), by: agent,
                                      at: time, db)
            try db.execute("UPDATE cases SET approval = NULL WHERE id = ?", [approval.caseID.rawValue])
            try Self.returnDraft(approval, at: time, db)
        }
    }

    /// The text goes back to its agent as a draft, to be reworked.
    private static func returnDraft(_ approval: Approval, at time: Date, _ db: PostgresSQL) throws {
        try db.execute("""
            INSERT INTO drafts (case_id, agent_id, in_reply_to, text, cursor, updated_at)
            SELECT ?, id, ?, ?, ?, ? FROM agents WHERE name = ?
            ON CONFLICT (case_id, agent_id) DO UPDATE SET
                in_reply_to = excluded.in_reply_to, text = excluded.text, cursor = excluded.cursor,
                updated_at = excluded.updated_at
            """, [approval.caseID.rawValue, approval.inReplyTo.id.rawValue, approval.text, approval.text.count,
                  StoreTime.milliseconds(time), approval.requestedBy])
    }

    /// Supersedes the request still waiting on the case (only `only`, if given), through the database's function,
    /// and audits each.
    static func supersedeWaiting(on caseID: CaseID, only: ApprovalID?, why: String, by agent: String, at time: Date,
                                 _ db: PostgresSQL) throws {
        let superseded = try db.rows("SELECT id, requester FROM riposte_supersede_approvals(?, ?::bigint, ?, ?, ?)",
                                     [caseID.rawValue, only?.rawValue, why, agent, StoreTime.milliseconds(time)])
        for row in superseded {
            try audit(Supersession.audit((try row.int("id"), try row.text("requester")), caseID: caseID, why: why,
                                         by: agent, at: time), db)
        }
    }

    /// The request, if `supervisor` may decide it now (see `ApprovalDecision`; the database checks it again), with the
    /// supervisor's row id. The case's row stays locked until the decision commits: a second decision waits, then
    /// finds the request decided.
    static func decidable(_ id: ApprovalID, by supervisor: String, ownReason: String?, login: String,
                          _ db: PostgresSQL) throws -> (approval: Approval, supervisorID: Int64) {
        let decider = try requireActor(supervisor, login: login, db)
        guard try db.int("""
            SELECT c.id FROM approvals ap JOIN cases c ON c.id = ap.case_id WHERE ap.id = ? FOR UPDATE OF c
            """, [id.rawValue]) != nil,
            // Read after the lock: a statement sees what was committed when it started.
            let approval = try approvals(db, where: "ap.id = ?", arguments: [id.rawValue]).first
        else { throw StoreError.noSuchApproval(id.rawValue) }
        let supervisors = Int(try db.int("SELECT count(*) FROM agents WHERE role = 'supervisor'") ?? 0)
        if let refusal = ApprovalDecision.refusal(approval, by: decider, named: supervisor, supervisors: supervisors,
                                                  ownReason: ownReason) {
            throw StoreError.notAllowed(refusal)
        }
        return (approval, try agentID(supervisor, db))
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
                   ap.decided_at, ap.note, ap.rules_version, requester.name AS requester, decider.name AS decider,
                   sent.text AS sent_text,
                   p.id AS post_id, p.external_id, p.parent_id, p.text AS post_text, p.created_at, p.is_ours,
                   \(AccountColumns.select("a"))
            FROM approvals ap
            JOIN agents requester ON requester.id = ap.requested_by
            LEFT JOIN agents decider ON decider.id = ap.decided_by
            LEFT JOIN posts sent ON sent.id = ap.sent_post_id
            JOIN posts p ON p.id = ap.in_reply_to
            JOIN accounts a ON a.id = p.account_id
            WHERE \(condition)
            """, arguments)
    }

    static func approval(_ row: PostgresStoreRow) throws -> Approval {
        let reasons = try row.text("risk_reasons")
        let text = try row.text("text"), sentText = try row.optionalText("sent_text")
        return Approval(
            id: ApprovalID(try row.int("id")), caseID: CaseID(try row.int("case_id")),
            inReplyTo: ThreadPost(id: PostID(try row.int("post_id")), externalID: try row.text("external_id"),
                                  parentID: try row.optionalInt("parent_id").map(PostID.init),
                                  author: try row.account(), text: try row.text("post_text"),
                                  createdAt: try row.date("created_at"), isOurs: try row.int("is_ours") != 0,
                                  sentBy: nil),
            text: text, voice: try row.optionalText("voice"),
            riskScore: Int(try row.int("risk_score")),
            riskReasons: reasons.isEmpty ? [] : reasons.components(separatedBy: "\n"),
            requestedBy: try row.text("requester"), requestedAt: try row.date("requested_at"),
            state: try row.enumValue("state"), decidedBy: try row.optionalText("decider"),
            decidedAt: try row.optionalDate("decided_at"), note: try row.optionalText("note"),
            rulesVersion: try row.optionalInt("rules_version").map { Int($0) }, sentText: sentText == text ? nil : sentText)
    }
}
