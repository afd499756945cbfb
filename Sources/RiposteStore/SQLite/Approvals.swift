import Foundation
import GRDB
import RiposteCore

/// Risky replies wait here for a supervisor: approved ones are sent, rejected and withdrawn ones go back to their
/// agent, and a request overtaken by events (a reply sent, the case closed) is superseded rather than decided.
extension SQLiteInboxStore {
    @discardableResult
    public func requestApproval(_ request: OutgoingReply, by agent: String, at time: Date) throws -> ApprovalID {
        let judged = try judged(request)
        return try guarded {
            try pool.write { db in
                try Self.requireActor(agent, login: login, db)
                try Self.ensureClaim(request.caseID, for: agent, at: time, db)
                let agentID = try Self.agentID(agent, db)
                guard try Int.fetchOne(db, sql: "SELECT 1 FROM posts WHERE id = ? AND case_id = ?",
                                       arguments: [request.inReplyTo.rawValue, request.caseID.rawValue]) != nil
                else { throw StoreError.noSuchPost(request.inReplyTo.rawValue) }
                try Self.supersedeWaiting(on: request.caseID, why: Supersession.replaced, by: agent, at: time, db)
                try db.execute(sql: """
                    INSERT INTO approvals (case_id, in_reply_to, text, voice, risk_score, risk_reasons, requested_by,
                                           requested_at, state, rules_version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)
                    """, arguments: [request.caseID.rawValue, request.inReplyTo.rawValue, request.text, request.voice,
                                     judged.reply.riskScore, judged.reply.riskReasons.joined(separator: "\n"), agentID,
                                     StoreTime.milliseconds(time), judged.version])
                let id = ApprovalID(db.lastInsertedRowID)
                try db.execute(sql: "UPDATE cases SET approval = 'pending' WHERE id = ?",
                               arguments: [request.caseID.rawValue])
                try db.execute(sql: "DELETE FROM drafts WHERE case_id = ? AND agent_id = ?",
                               arguments: [request.caseID.rawValue, agentID])
                try db.appendAudit(.approvalRequested(id, judged.reply, by: agent, at: time))
                return id
            }
        }
    }

    public func approvals(in state: Approval.State, limit: Int) throws -> [Approval] {
        try guarded {
            try pool.read { db in
                try Self.approvals(db, where: "ap.state = ? ORDER BY ap.requested_at, ap.id LIMIT ?",
                                   arguments: [state.rawValue, limit])
            }
        }
    }

    public func approval(_ id: ApprovalID) throws -> Approval? {
        try guarded { try pool.read { db in try Self.approvals(db, where: "ap.id = ?", arguments: [id.rawValue]).first } }
    }

    @discardableResult
    public func approve(_ id: ApprovalID, editedText: String?, ownReason: String?, by supervisor: String,
                        at time: Date) throws -> ThreadPost {
        try guarded {
            try pool.write { db in
                let approval = try Self.decidable(id, by: supervisor, ownReason: ownReason, login: login, db)
                let text = editedText ?? approval.text
                let wasEdited = editedText != nil && editedText != approval.text
                let requesterID = try Self.agentID(approval.requestedBy, db)
                var reply = OutgoingReply(caseID: approval.caseID, inReplyTo: approval.inReplyTo.id, text: text,
                                          voice: approval.voice, riskScore: approval.riskScore,
                                          riskReasons: approval.riskReasons)
                reply.riskScore = approval.riskScore
                var post = try Self.postReply(reply, sentBy: requesterID, rulesVersion: approval.rulesVersion, at: time, db)
                if wasEdited {
                    try db.execute(sql: "UPDATE posts SET edited_by_agent_id = ? WHERE id = ?",
                                   arguments: [try Self.agentID(supervisor, db), post.id.rawValue])
                    post.editedBy = supervisor
                }
                try db.execute(sql: """
                    UPDATE approvals SET state = 'approved', decided_by = ?, decided_at = ?, sent_post_id = ?, note = ?
                    WHERE id = ?
                    """, arguments: [try Self.agentID(supervisor, db), StoreTime.milliseconds(time), post.id.rawValue,
                                     ApprovalNote.approved(edited: wasEdited, ownReason: ownReason), id.rawValue])
                try db.execute(sql: "UPDATE cases SET approval = NULL WHERE id = ?", arguments: [approval.caseID.rawValue])
                try db.appendAudit(.approvalApproved(approval, editedText: wasEdited ? text : nil, ownReason: ownReason,
                                                     by: supervisor, at: time))
                try db.appendAudit(AuditEntry(at: time, agent: approval.requestedBy, action: "reply.sent",
                                              caseID: approval.caseID,
                                              detail: try Self.replyDetail(post, parent: approval.inReplyTo.id, db)
                                                  + " (approved by \(supervisor))"))
                return post
            }
        }
    }

    public func reject(_ id: ApprovalID, reason: String, by supervisor: String, at time: Date) throws {
        try guarded {
            try pool.write { db in
                let approval = try Self.decidable(id, by: supervisor, ownReason: nil, login: login, db)
                try db.execute(sql: """
                    UPDATE approvals SET state = 'rejected', decided_by = ?, decided_at = ?, note = ? WHERE id = ?
                    """, arguments: [try Self.agentID(supervisor, db), StoreTime.milliseconds(time), reason,
                                     id.rawValue])
                try db.execute(sql: "UPDATE cases SET approval = 'rejected' WHERE id = ?",
                               arguments: [approval.caseID.rawValue])
                try Self.returnDraft(approval, at: time, db)
                try db.appendAudit(AuditEntry(at: time, agent: supervisor, action: "approval.rejected",
                                              caseID: approval.caseID,
                                              detail: "\(approval.requestedBy)'s reply (risk \(approval.riskScore)): \(reason)"))
            }
        }
    }

    public func withdraw(_ id: ApprovalID, by agent: String, at time: Date) throws {
        try guarded {
            try pool.write { db in
                try Self.requireActor(agent, login: login, db)
                guard let approval = try Self.approvals(db, where: "ap.id = ?", arguments: [id.rawValue]).first else {
                    throw StoreError.noSuchApproval(id.rawValue)
                }
                if let refusal = ApprovalWithdrawal.refusal(approval, by: agent) { throw StoreError.notAllowed(refusal) }
                try Self.supersede([(id.rawValue, approval.requestedBy)], on: approval.caseID,
                                   why: Supersession.withdrawn(by: agent), by: agent, at: time, db)
                try db.execute(sql: "UPDATE cases SET approval = NULL WHERE id = ?", arguments: [approval.caseID.rawValue])
                try Self.returnDraft(approval, at: time, db)
            }
        }
    }

    /// The text goes back to its agent as a draft, to be reworked.
    private static func returnDraft(_ approval: Approval, at time: Date, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO drafts (case_id, agent_id, in_reply_to, text, cursor, updated_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (case_id, agent_id) DO UPDATE SET
                in_reply_to = excluded.in_reply_to, text = excluded.text, cursor = excluded.cursor,
                updated_at = excluded.updated_at
            """, arguments: [approval.caseID.rawValue, try agentID(approval.requestedBy, db),
                             approval.inReplyTo.id.rawValue, approval.text, approval.text.count,
                             StoreTime.milliseconds(time)])
    }

    /// Supersedes the request still waiting on the case, if any, for `why`.
    static func supersedeWaiting(on caseID: CaseID, why: String, by agent: String, at time: Date, _ db: Database) throws {
        let waiting = try Row.fetchAll(db, sql: """
            SELECT ap.id, g.name FROM approvals ap JOIN agents g ON g.id = ap.requested_by
            WHERE ap.case_id = ? AND ap.state = 'pending'
            """, arguments: [caseID.rawValue]).map { (id: $0["id"] as Int64, requester: $0["name"] as String) }
        try supersede(waiting, on: caseID, why: why, by: agent, at: time, db)
    }

    private static func supersede(_ requests: [(id: Int64, requester: String)], on caseID: CaseID, why: String,
                                  by agent: String, at time: Date, _ db: Database) throws {
        for request in requests {
            try db.execute(sql: """
                UPDATE approvals SET state = 'superseded', decided_at = ?, note = ? WHERE id = ? AND state = 'pending'
                """, arguments: [StoreTime.milliseconds(time), why, request.id])
            try db.appendAudit(Supersession.audit(request, caseID: caseID, why: why, by: agent, at: time))
        }
    }

    /// The request, if `supervisor` may decide it now (see `ApprovalDecision`).
    static func decidable(_ id: ApprovalID, by supervisor: String, ownReason: String?, login: String,
                          _ db: Database) throws -> Approval {
        let decider = try requireActor(supervisor, login: login, db)
        guard let approval = try approvals(db, where: "ap.id = ?", arguments: [id.rawValue]).first else {
            throw StoreError.noSuchApproval(id.rawValue)
        }
        let supervisors = try Int.fetchOne(db, sql: "SELECT count(*) FROM agents WHERE role = 'supervisor'") ?? 0
        if let refusal = ApprovalDecision.refusal(approval, by: decider, named: supervisor, supervisors: supervisors,
                                                  ownReason: ownReason) {
            throw StoreError.notAllowed(refusal)
        }
        return approval
    }

    static func approvals(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [Approval] {
        try Row.fetchAll(db, sql: """
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
            """, arguments: arguments).map { row in
            let reasons: String = row["risk_reasons"]
            let text: String = row["text"], sentText: String? = row["sent_text"]
            return Approval(
                id: ApprovalID(row["id"]), caseID: CaseID(row["case_id"]),
                inReplyTo: ThreadPost(id: PostID(row["post_id"]), externalID: row["external_id"],
                                      parentID: (row["parent_id"] as Int64?).map(PostID.init), author: try row.account(),
                                      text: row["post_text"], createdAt: row.date("created_at"), isOurs: row["is_ours"],
                                      sentBy: nil),
                text: text, voice: row["voice"], riskScore: row["risk_score"],
                riskReasons: reasons.isEmpty ? [] : reasons.components(separatedBy: "\n"),
                requestedBy: row["requester"], requestedAt: row.date("requested_at"),
                state: try row.enumValue("state"), decidedBy: row["decider"], decidedAt: row.optionalDate("decided_at"),
                note: row["note"], rulesVersion: row["rules_version"], sentText: sentText == text ? nil : sentText)
        }
    }
}
