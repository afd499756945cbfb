import Foundation
import GRDB
import RiposteCore

extension SQLiteInboxStore {
    @discardableResult
    public func ensureAgent(named name: String, role: Agent.Role) throws -> Agent {
        try guarded {
            try pool.write { db in
                try db.execute(sql: """
                    INSERT INTO agents (name, role, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING
                    """, arguments: [name, role.rawValue, StoreTime.milliseconds(Date())])
                let row = try Row.fetchOne(db, sql: "SELECT role FROM agents WHERE name = ?", arguments: [name])
                return Agent(name: name, role: try row?.enumValue("role") ?? role)
            }
        }
    }

    public func agent(named name: String) throws -> Agent? {
        try guarded {
            try pool.read { db in
                try Row.fetchOne(db, sql: "SELECT name, role FROM agents WHERE name = ?", arguments: [name])
                    .map { Agent(name: $0["name"], role: try $0.enumValue("role")) }
            }
        }
    }

    public func agents() throws -> [Agent] {
        try guarded {
            try pool.read { db in
                try Row.fetchAll(db, sql: "SELECT name, role FROM agents ORDER BY name")
                    .map { Agent(name: $0["name"], role: try $0.enumValue("role")) }
            }
        }
    }

    public func setAgent(_ agent: Agent, by actor: String, at time: Date) throws {
        try guarded {
            try pool.write { db in
                let before = try String.fetchOne(db, sql: "SELECT role FROM agents WHERE name = ?", arguments: [agent.name])
                try db.execute(sql: """
                    INSERT INTO agents (name, role, created_at) VALUES (?, ?, ?)
                    ON CONFLICT (name) DO UPDATE SET role = excluded.role
                    """, arguments: [agent.name, agent.role.rawValue, StoreTime.milliseconds(time)])
                try Self.audit(.roleSet(agent, before: before, by: actor, at: time), db)
            }
        }
    }

    public func auditLog(for caseID: CaseID?) throws -> [AuditEntry] {
        try guarded {
            try pool.read { db in
                let sql = "SELECT at, agent, action, case_id, detail FROM audit"
                let rows = if let caseID {
                    try Row.fetchAll(db, sql: sql + " WHERE case_id = ? ORDER BY id", arguments: [caseID.rawValue])
                } else {
                    try Row.fetchAll(db, sql: sql + " ORDER BY id")
                }
                return rows.map { row in
                    AuditEntry(at: row.date("at"), agent: row["agent"], action: row["action"],
                               caseID: (row["case_id"] as Int64?).map(CaseID.init), detail: row["detail"])
                }
            }
        }
    }

    public func appendAudit(_ entry: AuditEntry) throws {
        try guarded { try pool.write { db in try Self.audit(entry, db) } }
    }

    static func audit(_ entry: AuditEntry, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO audit (at, agent, action, case_id, detail) VALUES (?, ?, ?, ?, ?)",
                       arguments: [StoreTime.milliseconds(entry.at), entry.agent, entry.action,
                                   entry.caseID?.rawValue, entry.detail])
    }

    /// The agent's row id; an agent first seen here is an agent, not a supervisor.
    static func agentID(_ name: String, _ db: Database) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM agents WHERE name = ?", arguments: [name]) {
            return id
        }
        try db.execute(sql: "INSERT INTO agents (name, role, created_at) VALUES (?, 'agent', ?)",
                       arguments: [name, StoreTime.milliseconds(Date())])
        return db.lastInsertedRowID
    }
}
