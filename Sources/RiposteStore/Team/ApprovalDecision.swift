import Foundation
import RiposteCore

/// Who may decide an approval request, the same on both databases: a supervisor, never the one who asked, on a
/// request still waiting. A supervisor's own request needs another supervisor, unless the team has only one, who
/// may then send it after giving a reason.
enum ApprovalDecision {
    /// Why `decider` may not decide `approval`, or nil when they may. `reason` is the one a lone supervisor gives
    /// for approving their own reply; `supervisors` how many the team has.
    static func refusal(_ approval: Approval, by decider: Agent?, named name: String, supervisors: Int,
                        ownReason reason: String?) -> String? {
        guard let decider else { return StoreError.noSuchAgent(name).description }
        guard decider.role == .supervisor else { return "\(name) is an agent: only a supervisor can approve or reject" }
        if approval.state == .superseded {
            return "this request was superseded (\(approval.note ?? "the case moved on")): nothing to decide"
        }
        guard approval.state == .pending else {
            return "this request was already \(approval.state.rawValue)" + (approval.decidedBy.map { " by \($0)" } ?? "")
        }
        if approval.requestedBy == name {
            if supervisors > 1 { return "nobody approves their own reply: another supervisor must decide" }
            if (reason ?? "").allSatisfy(\.isWhitespace) {
                return "nobody approves their own reply: as the team's only supervisor, give a reason to send it"
            }
        }
        return nil
    }

    /// The audit detail of a request approved by the one who made it.
    static func ownApprovalDetail(_ approval: Approval, reason: String) -> String {
        "\(approval.requestedBy)'s own reply (risk \(approval.riskScore)), sent without a second supervisor: \(reason)"
    }
}

/// Why a waiting request stops waiting without a decision, as its note and the audit say.
enum Supersession {
    static func replySent(by agent: String) -> String { "a reply was sent on the case by \(agent)" }
    static func closed(by agent: String) -> String { "the case was closed by \(agent)" }
    static func withdrawn(by agent: String) -> String { "withdrawn by \(agent)" }
    static let replaced = "replaced by a newer request"

    /// The audit row for a request superseded for `why`.
    static func audit(_ approval: (id: Int64, requester: String), caseID: CaseID, why: String, by agent: String,
                      at time: Date) -> AuditEntry {
        AuditEntry(at: time, agent: agent, action: "approval.superseded", caseID: caseID,
                   detail: "approval \(approval.id) by \(approval.requester): \(why)")
    }
}
