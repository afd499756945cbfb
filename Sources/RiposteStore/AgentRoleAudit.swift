import Foundation
import RiposteCore

extension AuditEntry {
    /// The audit row for setting `agent`'s role, the same on both databases; `before` is their role until now, nil
    /// for a new agent.
    static func roleSet(_ agent: Agent, before: String?, by actor: String, at time: Date) -> AuditEntry {
        let change = before.map { "\($0) → \(agent.role.rawValue)" } ?? "added as \(agent.role.rawValue)"
        return AuditEntry(at: time, agent: actor, action: "agent.role", caseID: nil, detail: "\(agent.name): \(change)")
    }
}
