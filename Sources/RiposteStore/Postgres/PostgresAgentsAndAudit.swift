import Foundation
import RiposteCore

/// People, their roles and the audit log (`People`, `AuditLog`), in PostgreSQL's transactions. The audit log is
/// append-only: the database refuses to change it (see the schema).
extension PostgresInboxStore {
    @discardableResult
    public func ensureAgent(named name: String, role: Agent.Role) throws -> Agent {
        try link.write { try People.ensure(named: name, role: role, $0) }
    }

    public func agent(named name: String) throws -> Agent? {
        try link.read { try People.named(name, $0) }
    }

    public func agents() throws -> [Agent] {
        try link.read { try People.all($0) }
    }

    public func tagNames() throws -> [String] {
        try link.read { try People.tagNames($0) }
    }

    public func heldWork(of agent: String, at time: Date) throws -> HeldWork {
        try link.read { try People.heldWork(of: agent, at: time, $0) }
    }

    public func setAgent(_ agent: Agent, by actor: String, at time: Date) throws {
        try link.write { try People.set(agent, by: actor, login: login, at: time, $0) }
    }

    public func auditLog(for caseID: CaseID?) throws -> [AuditEntry] {
        try link.read { try AuditLog.entries(for: caseID, $0) }
    }

    public func auditLog(for caseID: CaseID, since time: Date) throws -> [AuditEntry] {
        try link.read { try AuditLog.entries(for: caseID, since: time, $0) }
    }

    public func appendAudit(_ entry: AuditEntry) throws {
        try link.write { try $0.appendAudit(entry) }
    }
}
