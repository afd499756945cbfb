import Foundation
import RiposteCore

/// The audit rows and notes of approvals, the same on both databases.
extension AuditEntry {
    static func approvalRequested(_ id: ApprovalID, _ request: OutgoingReply, by agent: String, at time: Date)
        -> AuditEntry {
        let reasons = request.riskReasons.isEmpty ? "" : " (" + request.riskReasons.joined(separator: "; ") + ")"
        return AuditEntry(at: time, agent: agent, action: "approval.requested", caseID: request.caseID,
                          detail: "\(id): risk \(request.riskScore)\(reasons): \(request.text)")
    }

    static func approvalApproved(_ approval: Approval, editedText: String?, ownReason: String?, by supervisor: String,
                                 at time: Date) -> AuditEntry {
        if let ownReason, approval.requestedBy == supervisor {
            return AuditEntry(at: time, agent: supervisor, action: "approval.own", caseID: approval.caseID,
                              detail: ApprovalDecision.ownApprovalDetail(approval, reason: ownReason))
        }
        let edited = editedText.map { " after editing it from: \(approval.text)\n to: \($0)" } ?? ""
        return AuditEntry(at: time, agent: supervisor, action: "approval.approved", caseID: approval.caseID,
                          detail: "\(approval.requestedBy)'s reply (risk \(approval.riskScore))\(edited)")
    }
}

/// What an approved request's note says.
enum ApprovalNote {
    static func approved(edited: Bool, ownReason: String?) -> String? {
        if let ownReason, !ownReason.isEmpty { return "sent without a second supervisor: \(ownReason)" }
        return edited ? "edited before approval" : nil
    }
}

/// Who may withdraw a request: the agent who made it, while it waits.
enum ApprovalWithdrawal {
    static func refusal(_ approval: Approval, by agent: String) -> String? {
        guard approval.requestedBy == agent else {
            return "only \(approval.requestedBy), who asked, can withdraw this request"
        }
        guard approval.state == .pending else { return "this request was already \(approval.state.rawValue)" }
        return nil
    }
}
