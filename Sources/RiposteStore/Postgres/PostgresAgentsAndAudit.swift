import Foundation
import RiposteCore

/// Agents, their roles, and the audit log (append-only: the database refuses to change it, see the schema).
extension PostgresInboxStore {
    @discardableResult
    public func ensureAgent(named name: String, role: Agent.Role) throws -> Agent {
        if let problem = Agent.nameProblem(name) { throw StoreError.notAllowed(problem) }
        return try link.write { db in
            if let row = try db.row("SELECT name, role, login FROM agents WHERE name = ?", [name]) {
                return try row.agent()
            }
            guard try db.isTraining() else { throw StoreError.noSuchAgent(name) }
            try db.execute("""
                INSERT INTO agents (name, role, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING
                """, [name, role.rawValue, StoreTime.milliseconds(Date())])
            return try db.row("SELECT name, role, login FROM agents WHERE name = ?", [name]).map { try $0.agent() }
                ?? Agent(name: name, role: role)
        }
    }

    public func agent(named name: String) throws -> Agent? {
        try link.read { db in
            try db.row("SELECT name, role, login FROM agents WHERE name = ?", [name]).map { try $0.agent() }
        }
    }

    public func agents() throws -> [Agent] {
        try link.read { db in
            // Byte order, as SQLite sorts text, whatever the server's locale.
            try db.rows("SELECT name, role, login FROM agents ORDER BY name COLLATE \"C\"").map { try $0.agent() }
        }
    }

    public func tagNames() throws -> [String] {
        try link.read { db in try db.rows(SQLiteInboxStore.tagNamesSQL).map { try $0.text("tag") } }
    }

    public func heldWork(of agent: String, at time: Date) throws -> HeldWork {
        try link.read { db in
            HeldWork(rows: try db.rows(HeldWork.sql, [agent, agent, StoreTime.milliseconds(time)])
                .map { (try $0.text("kind"), try $0.int("case_id")) })
        }
    }

    /// Through the database's own function, which refuses anyone but a supervisor.
    public func setAgent(_ agent: Agent, by actor: String, at time: Date) throws {
        if let problem = Agent.nameProblem(agent.name) { throw StoreError.notAllowed(problem) }
        try link.write { db in
            let acting = try db.requireActor(actor, login: login)
            guard try acting.role == .supervisor || db.isTraining() else {
                throw StoreError.notAllowed("\(actor) is an agent: only a supervisor adds people or changes roles")
            }
            if let login = agent.login, let holder = try db.text("SELECT name FROM agents WHERE login = ? AND name <> ?",
                                                                  [login, agent.name]) {
                throw StoreError.notAllowed("the login \(login) is already \(holder)'s")
            }
            let before = try db.text("SELECT riposte_set_agent(?, ?, ?::text, ?, ?)",
                                     [agent.name, agent.role.rawValue, agent.login, actor, StoreTime.milliseconds(time)])
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
            return try rows.map { try $0.auditEntry() }
        }
    }

    public func auditLog(for caseID: CaseID, since time: Date) throws -> [AuditEntry] {
        try link.read { db in
            try db.rows("""
                SELECT at, agent, action, case_id, detail FROM audit WHERE case_id = ? AND at > ? ORDER BY id
                """, [caseID.rawValue, StoreTime.milliseconds(time)]).map { try $0.auditEntry() }
        }
    }

    public func appendAudit(_ entry: AuditEntry) throws {
        try link.write { db in try Self.audit(entry, db) }
    }
}
