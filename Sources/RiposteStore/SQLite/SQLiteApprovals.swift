import Foundation
import GRDB
import RiposteCore

/// Approval requests (`Approvals`), in SQLite's transactions.
extension SQLiteInboxStore {
    @discardableResult
    public func requestApproval(_ request: OutgoingReply, by agent: String, at time: Date) throws -> ApprovalID {
        let judged = try judged(request)
        return try guarded {
            try pool.write {
                try Approvals.request(judged.reply, rulesVersion: judged.version, by: agent, login: login, at: time, $0)
            }
        }
    }

    public func approvals(in state: Approval.State, limit: Int) throws -> [Approval] {
        try guarded {
            try pool.read {
                try Approvals.read(where: "ap.state = ? ORDER BY ap.requested_at, ap.id LIMIT ?", [state.rawValue, limit],
                                   $0)
            }
        }
    }

    public func approval(_ id: ApprovalID) throws -> Approval? {
        try guarded { try pool.read { try Approvals.read(where: "ap.id = ?", [id.rawValue], $0).first } }
    }

    @discardableResult
    public func approve(_ id: ApprovalID, editedText: String?, ownReason: String?, by supervisor: String,
                        at time: Date) throws -> ThreadPost {
        try guarded {
            try pool.write {
                try Approvals.approve(id, editedText: editedText, ownReason: ownReason, by: supervisor, login: login,
                                      at: time, $0)
            }
        }
    }

    public func reject(_ id: ApprovalID, reason: String, by supervisor: String, at time: Date) throws {
        try guarded {
            try pool.write { try Approvals.reject(id, reason: reason, by: supervisor, login: login, at: time, $0) }
        }
    }

    public func withdraw(_ id: ApprovalID, by agent: String, at time: Date) throws {
        try guarded { try pool.write { try Approvals.withdraw(id, by: agent, login: login, at: time, $0) } }
    }
}

/// One OS user's file: what PostgreSQL checks again in its functions, SQLite writes as it is.
extension Database: ReplyPosting {
    func recordDecision(_ id: ApprovalID, _ state: Approval.State, note: String?, sentPost: PostID?,
                        ownReason: String?, by supervisor: String, at time: Date) throws {
        try execute("""
            UPDATE approvals SET state = ?, decided_by = ?, decided_at = ?, sent_post_id = ?, note = ? WHERE id = ?
            """, [state.rawValue, try agentID(supervisor), StoreTime.milliseconds(time), sentPost?.rawValue, note,
                  id.rawValue])
    }

    func markSuperseded(on caseID: CaseID, only: ApprovalID?, why: String, by agent: String, at time: Date) throws
        -> [(id: Int64, requester: String)] {
        let waiting = try rows("""
            SELECT ap.id, g.name FROM approvals ap JOIN agents g ON g.id = ap.requested_by
            WHERE ap.case_id = ? AND ap.state = 'pending' AND (? IS NULL OR ap.id = ?)
            """, [caseID.rawValue, only?.rawValue, only?.rawValue]).map { (id: try $0.int("id"), requester: try $0.text("name")) }
        for request in waiting {
            try execute("UPDATE approvals SET state = 'superseded', decided_at = ?, note = ? WHERE id = ?",
                        [StoreTime.milliseconds(time), why, request.id])
        }
        return waiting
    }

    func postReply(_ outgoing: OutgoingReply, to parent: ReplyParent, sentBy agentID: Int64, named sender: String,
                   rulesVersion: Int?, editedBy editorID: Int64?, at time: Date) throws -> ThreadPost {
        let brand = try SQLiteInboxStore.brandAccount(on: parent.network, self)
        let reply = IncomingPost(externalID: "riposte-\(UUID().uuidString.lowercased())", author: brand,
                                 text: outgoing.text, createdAt: time, inReplyTo: parent.externalID)
        guard case let .inserted(postID, _, _) = try PostInsertion(self).insert(reply, sentBy: agentID)
        else { throw StoreError.database("reply \(reply.externalID) collided with a stored post") }
        try execute("""
            UPDATE posts SET voice = ?, risk = ?, risk_rules_version = ?, edited_by_agent_id = ? WHERE id = ?
            """, [outgoing.voice, outgoing.riskScore, rulesVersion, editorID, postID.rawValue])
        try execute("UPDATE cases SET approval = NULL WHERE id = ?", [outgoing.caseID.rawValue])
        try execute("DELETE FROM drafts WHERE case_id = ? AND agent_id = ?", [outgoing.caseID.rawValue, agentID])
        return ThreadPost(id: postID, externalID: reply.externalID, parentID: parent.id, author: brand,
                          text: outgoing.text, createdAt: time, isOurs: true, sentBy: sender)
    }
}
