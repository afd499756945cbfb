import Foundation
import RiposteCore

/// Approval requests (`Approvals`), in PostgreSQL's transactions. Every change to a request goes through the
/// database's own functions (`PostgresTeamSchema`), which check who is calling.
extension PostgresInboxStore {
    @discardableResult
    public func requestApproval(_ request: OutgoingReply, by agent: String, at time: Date) throws -> ApprovalID {
        let judged = try judged(request)
        return try link.write {
            try Approvals.request(judged.reply, rulesVersion: judged.version, by: agent, login: login, at: time, $0)
        }
    }

    public func approvals(in state: Approval.State, limit: Int) throws -> [Approval] {
        try link.read {
            try Approvals.read(where: "ap.state = ? ORDER BY ap.requested_at, ap.id LIMIT \(limit)", [state.rawValue], $0)
        }
    }

    public func approval(_ id: ApprovalID) throws -> Approval? {
        try link.read { try Approvals.read(where: "ap.id = ?", [id.rawValue], $0).first }
    }

    @discardableResult
    public func approve(_ id: ApprovalID, editedText: String?, ownReason: String?, by supervisor: String,
                        at time: Date) throws -> ThreadPost {
        try link.write {
            try Approvals.approve(id, editedText: editedText, ownReason: ownReason, by: supervisor, login: login,
                                  at: time, $0)
        }
    }

    public func reject(_ id: ApprovalID, reason: String, by supervisor: String, at time: Date) throws {
        try link.write { try Approvals.reject(id, reason: reason, by: supervisor, login: login, at: time, $0) }
    }

    public func withdraw(_ id: ApprovalID, by agent: String, at time: Date) throws {
        try link.write { try Approvals.withdraw(id, by: agent, login: login, at: time, $0) }
    }
}

/// A team member's role may not write approvals directly: the database's functions decide and supersede, checking
/// who is calling again.
extension PostgresSQL: ReplyPosting {
    func recordDecision(_ id: ApprovalID, _ state: Approval.State, note: String?, sentPost: PostID?,
                        ownReason: String?, by supervisor: String, at time: Date) throws {
        try execute("SELECT riposte_decide_approval(?, ?, ?::text, ?::bigint, ?::text, ?, ?)",
                    [id.rawValue, state.rawValue, note, sentPost?.rawValue, ownReason, supervisor,
                     StoreTime.milliseconds(time)])
    }

    func markSuperseded(on caseID: CaseID, only: ApprovalID?, why: String, by agent: String, at time: Date) throws
        -> [(id: Int64, requester: String)] {
        try rows("SELECT id, requester FROM riposte_supersede_approvals(?, ?::bigint, ?, ?, ?)",
                 [caseID.rawValue, only?.rawValue, why, agent, StoreTime.milliseconds(time)])
            .map { (id: try $0.int("id"), requester: try $0.text("requester")) }
    }
}
