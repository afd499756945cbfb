import Foundation
import RiposteCore

/// Agents, their roles, and the audit log (append-only: the database refuses to change it, see the schema).
extension PostgresInboxStore {
    @discardableResult
    public func ensureAgent(named name: String, role: Agent.Role) throws -> Agent {
        try link.write { db in
            try db.execute("""
                INSERT INTO agents (name, role, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING
                """, [name, role.rawValue, StoreTime.milliseconds(Date())])
            let row = try db.row("SELECT role FROM agents WHERE name = ?", [name])
            return Agent(name: name, role: try row?.enumValue("role") ?? role)
        }
    }

    public func agent(named name: String) throws -> Agent? {
        try link.read { db in
            try db.row("SELECT name, role FROM agents WHERE name = ?", [name])
                .map { Agent(name: try $0.text("name"), role: try $0.enumValue("role")) }
        }
    }

    public func agents() throws -> [Agent] {
        try link.read { db in
            // Byte order, as SQLite sorts text, whatever the server's locale.
            try db.rows("SELECT name, role FROM agents ORDER BY name COLLATE \"C\"")
                .map { Agent(name: try $0.text("name"), role: try $0.enumValue("role")) }
        }
    }

    public func setAgent(_ agent: Agent, by actor: String, at time: Date) throws {
        try link.write { db in
            // Locked, so that two supervisors changing one role at once each log the role they really changed.
            let before = try db.text("SELECT role FROM agents WHERE name = ? FOR UPDATE", [agent.name])
            try db.execute("""
                INSERT INTO agents (name, role, created_at) VALUES (?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET role = excluded.role
                """, [agent.name, agent.role.rawValue, StoreTime.milliseconds(time)])
            try Self.audit(.roleSet(agent, before: before, by: actor, at: time), db)
        }
    }

    public func auditLog(for caseID: CaseID?) throws -> [AuditEntry] {
        try link.read { db in
            let sql = "SELECT at, agent, action, case_id, detail FROM audit"
            let rows = if let caseID {
                try db.rows(sql + " WHERE case_id = ? ORDER BY id", [caseID.rawValue])
            } else {
                try db.rows(sql + " ORDER BY id")
            }
            return try rows.map { row in
                AuditEntry(at: try row.date("at"), agent: try row.text("agent"), action: try row.text("action"),
                           caseID: try row.optionalInt("case_id").map(CaseID.init), detail: try row.text("detail"))
            }
        }
    }

    public func appendAudit(_ entry: AuditEntry) throws {
        try link.write { db in try Self.audit(entry, db) }
    }
}
