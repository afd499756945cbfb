import Foundation
import GRDB
import RiposteCore

/// Risky replies wait here for a supervisor: approved ones are sent, rejected ones go back to their agent.
extension SQLiteInboxStore {
    @discardableResult
    public func requestApproval(_ request: OutgoingReply, by agent: String, at time: Date) throws -> ApprovalID {
        try guarded {
            try pool.write { db in
                try Self.ensureClaim(request.caseID, for: agent, at: time, db)
                let agentID = try Self.agentID(agent, db)
                guard try Int.fetchOne(db, sql: "SELECT 1 FROM posts WHERE id = ? AND case_id = ?",
                                       arguments: [request.inReplyTo.rawValue, request.caseID.rawValue]) != nil
                else { throw StoreError.noSuchPost(request.inReplyTo.rawValue) }
                // A newer request replaces one still waiting on the same case.
                try db.execute(sql: """
                    UPDATE approvals SET state = 'rejected', decided_by = ?, decided_at = ?, note = 'replaced by a newer request'
                    WHERE case_id = ? AND state = 'pending'
                    """, arguments: [agentID, StoreTime.milliseconds(time), request.caseID.rawValue])
                try db.execute(sql: """
                    INSERT INTO approvals (case_id, in_reply_to, text, voice, risk_score, risk_reasons, requested_by,
                                           requested_at, state)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending')
                    """, arguments: [request.caseID.rawValue, request.inReplyTo.rawValue, request.text, request.voice,
                                     request.riskScore, request.riskReasons.joined(separator: "\n"), agentID,
                                     StoreTime.milliseconds(time)])
                let id = ApprovalID(db.lastInsertedRowID)
                try db.execute(sql: "UPDATE cases SET approval = 'pending' WHERE id = ?",
                               arguments: [request.caseID.rawValue])
                try db.execute(sql: "DELETE FROM drafts WHERE case_id = ? AND agent_id = ?",
                               arguments: [request.caseID.rawValue, agentID])
                let reasons = request.riskReasons.isEmpty ? "" : " (" + request.riskReasons.joined(separator: "; ") + ")"
                try Self.audit(AuditEntry(at: time, agent: agent, action: "approval.requested", caseID: request.caseID,
                                          detail: "risk \(request.riskScore)\(reasons): \(request.text)"), db)
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
    public func approve(_ id: ApprovalID, editedText: String?, by supervisor: String, at time: Date) throws
        -> ThreadPost {
        try guarded {
            try pool.write { db in
                let approval = try Self.decidable(id, by: supervisor, db)
                let text = editedText ?? approval.text
                let requesterID = try Self.agentID(approval.requestedBy, db)
                let post = try Self.postReply(OutgoingReply(caseID: approval.caseID, inReplyTo: approval.inReplyTo.id,
                                                            text: text, voice: approval.voice,
                                                            riskScore: approval.riskScore,
                                                            riskReasons: approval.riskReasons),
                                              sentBy: requesterID, at: time, db)
                try db.execute(sql: """
                    UPDATE approvals SET state = 'approved', decided_by = ?, decided_at = ?, sent_post_id = ?,
                        note = CASE WHEN ? THEN 'edited before approval' END
                    WHERE id = ?
                    """, arguments: [try Self.agentID(supervisor, db), StoreTime.milliseconds(time), post.id.rawValue,
                                     editedText != nil && editedText != approval.text, id.rawValue])
                try db.execute(sql: "UPDATE cases SET approval = NULL WHERE id = ?",
                               arguments: [approval.caseID.rawValue])
                let edited = editedText.map { $0 == approval.text ? "" : " after editing it from: \(approval.text)" } ?? ""
                try Self.audit(AuditEntry(at: time, agent: supervisor, action: "approval.approved",
                                          caseID: approval.caseID,
                                          detail: "\(approval.requestedBy)'s reply (risk \(approval.riskScore))\(edited)"),
                               db)
                try Self.audit(AuditEntry(at: time, agent: approval.requestedBy, action: "reply.sent",
                                          caseID: approval.caseID,
                                          detail: try Self.replyDetail(post, parent: approval.inReplyTo.id, db)
                                              + " (approved by \(supervisor))"), db)
                return post
            }
        }
    }

    public func reject(_ id: ApprovalID, reason: String, by supervisor: String, at time: Date) throws {
        try guarded {
            try pool.write { db in
                let approval = try Self.decidable(id, by: supervisor, db)
                try db.execute(sql: """
                    UPDATE approvals SET state = 'rejected', decided_by = ?, decided_at = ?, note = ? WHERE id = ?
                    """, arguments: [try Self.agentID(supervisor, db), StoreTime.milliseconds(time), reason,
                                     id.rawValue])
                try db.execute(sql: "UPDATE cases SET approval = 'rejected' WHERE id = ?",
                               arguments: [approval.caseID.rawValue])
                // The text goes back to its agent as a draft, to be reworked.
                try db.execute(sql: """
                    INSERT INTO drafts (case_id, agent_id, in_reply_to, text, cursor, updated_at) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (case_id, agent_id) DO UPDATE SET
                        in_reply_to = excluded.in_reply_to, text = excluded.text, cursor = excluded.cursor,
                        updated_at = excluded.updated_at
                    """, arguments: [approval.caseID.rawValue, try Self.agentID(approval.requestedBy, db),
                                     approval.inReplyTo.id.rawValue, approval.text, approval.text.count,
                                     StoreTime.milliseconds(time)])
                try Self.audit(AuditEntry(at: time, agent: supervisor, action: "approval.rejected",
                                          caseID: approval.caseID,
                                          detail: "\(approval.requestedBy)'s reply (risk \(approval.riskScore)): \(reason)"),
                               db)
            }
        }
    }

    /// The pending approval, if `supervisor` may decide it: a supervisor, and not the one who asked.
    static func decidable(_ id: ApprovalID, by supervisor: String, _ db: Database) throws -> Approval {
        guard let role = try String.fetchOne(db, sql: "SELECT role FROM agents WHERE name = ?", arguments: [supervisor])
        else { throw StoreError.noSuchAgent(supervisor) }
        guard role == Agent.Role.supervisor.rawValue else {
            throw StoreError.notAllowed("\(supervisor) is an agent: only a supervisor can approve or reject")
        }
        guard let approval = try approvals(db, where: "ap.id = ?", arguments: [id.rawValue]).first else {
            throw StoreError.noSuchApproval(id.rawValue)
        }
        guard approval.requestedBy != supervisor else {
            throw StoreError.notAllowed("nobody approves their own reply: another supervisor must decide")
        }
        guard approval.state == .pending else {
            throw StoreError.notAllowed("this request was already \(approval.state.rawValue)"
                                        + (approval.decidedBy.map { " by \($0)" } ?? ""))
        }
        return approval
    }

    static func approvals(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [Approval] {
        try Row.fetchAll(db, sql: """
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
            """, arguments: arguments).map { row in
            let reasons: String = row["risk_reasons"]
            return Approval(
                id: ApprovalID(row["id"]), caseID: CaseID(row["case_id"]),
                inReplyTo: ThreadPost(id: PostID(row["post_id"]), externalID: row["external_id"],
                                      parentID: (row["parent_id"] as Int64?).map(PostID.init), author: try row.account(),
                                      text: row["post_text"], createdAt: row.date("created_at"), isOurs: row["is_ours"],
                                      sentBy: nil),
                text: row["text"], voice: row["voice"], riskScore: row["risk_score"],
                riskReasons: reasons.isEmpty ? [] : reasons.components(separatedBy: "\n"),
                requestedBy: row["requester"], requestedAt: row.date("requested_at"),
                state: try row.enumValue("state"), decidedBy: row["decider"], decidedAt: row.optionalDate("decided_at"),
                note: row["note"])
        }
    }
}
