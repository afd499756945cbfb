import Foundation
import RiposteCore

/// The audit rows for changes to the team itself, the same on both databases.
extension AuditEntry {
    /// Setting `agent`'s role or login; `before` is their role until now, nil for a new agent. `claimed` for the
    /// first supervisor of a store nobody had claimed.
    static func roleSet(_ agent: Agent, before: String?, by actor: String, at time: Date, claimed: Bool = false)
        -> AuditEntry {
        let change = before.map { "\($0) → \(agent.role.rawValue)" } ?? "added as \(agent.role.rawValue)"
        let login = agent.login.map { ", login \($0)" } ?? ""
        let how = claimed ? " (first supervisor of the store)" : ""
        return AuditEntry(at: time, agent: actor, action: "agent.role", caseID: nil,
                          detail: "\(agent.name): \(change)\(login)\(how)")
    }

    /// Storing version `version` of the team's risk rules, with the text before it and the new text.
    static func riskRulesSet(version: Int, old: String?, new: String, by supervisor: String, at time: Date)
        -> AuditEntry {
        let before = old.map { "--- old\n\($0)" } ?? "--- old: the built-in rules"
        return AuditEntry(at: time, agent: supervisor, action: "risk.rules", caseID: nil,
                          detail: "version \(version)\n\(before)\n--- new\n\(new)")
    }
}
