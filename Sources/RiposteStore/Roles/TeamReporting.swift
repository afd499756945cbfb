import Foundation
import RiposteCore

/// What the team did: training figures, the dashboard's figures, the audit log.
public protocol TeamReporting: Sendable {
    func auditLog(for caseID: CaseID?) throws -> [AuditEntry]
    /// What each agent did since `time`: replies, first responses, approvals, risk, reactions.
    func training(since time: Date) throws -> [AgentTraining]
    /// The supervisor's figures at `now`: first responses and replies counted since `since`, the rest as it stands.
    func teamFigures(since: Date, at now: Date, serviceLevels: ServiceLevels) throws -> TeamFigures
}
