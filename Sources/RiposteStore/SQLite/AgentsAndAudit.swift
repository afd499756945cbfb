import Foundation
import GRDB
import RiposteCore

/// People, their roles and the audit log (`People`, `AuditLog`), in SQLite's transactions.
extension SQLiteInboxStore {
    @discardableResult
    public func ensureAgent(named name: String, role: Agent.Role) throws -> Agent {
        try guarded { try pool.write { try People.ensure(named: name, role: role, $0) } }
    }

    public func agent(named name: String) throws -> Agent? {
        try guarded { try pool.read { try People.named(name, $0) } }
    }

    public func agents() throws -> [Agent] {
        try guarded { try pool.read { try People.all($0) } }
    }

    public func tagNames() throws -> [String] {
        try guarded { try pool.read { try People.tagNames($0) } }
    }

    public func heldWork(of agent: String, at time: Date) throws -> HeldWork {
        try guarded { try pool.read { try People.heldWork(of: agent, at: time, $0) } }
    }

    public func setAgent(_ agent: Agent, by actor: String, at time: Date) throws {
        try guarded { try pool.write { try People.set(agent, by: actor, login: login, at: time, $0) } }
    }

    public func auditLog(for caseID: CaseID?) throws -> [AuditEntry] {
        try guarded { try pool.read { try AuditLog.entries(for: caseID, $0) } }
    }

    public func auditLog(for caseID: CaseID, since time: Date) throws -> [AuditEntry] {
        try guarded { try pool.read { try AuditLog.entries(for: caseID, since: time, $0) } }
    }

    public func appendAudit(_ entry: AuditEntry) throws {
        try guarded { try pool.write { try $0.appendAudit(entry) } }
    }
}
