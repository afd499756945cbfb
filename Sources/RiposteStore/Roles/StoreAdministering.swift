import Foundation
import RiposteCore

/// The people on the store and the audit entries the interface adds.
public protocol StoreAdministering: Sendable {
    /// The agent of that name, created with `role` the first time: on a training store only, where names are free.
    @discardableResult
    func ensureAgent(named name: String, role: Agent.Role) throws -> Agent
    func agent(named name: String) throws -> Agent?
    func agents() throws -> [Agent]
    /// Adds an agent or changes their role or login: only a supervisor may (`actor`), and the audit log says who did.
    func setAgent(_ agent: Agent, by actor: String, at time: Date) throws
    func appendAudit(_ entry: AuditEntry) throws
}
