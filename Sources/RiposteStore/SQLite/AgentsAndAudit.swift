import Foundation
import GRDB
import RiposteCore

extension SQLiteInboxStore {
    @discardableResult
    public func ensureAgent(named name: String, role: Agent.Role) throws -> Agent {
        if let problem = Agent.nameProblem(name) { throw StoreError.notAllowed(problem) }
        return try guarded {
            try pool.write { db in
                if let row = try Row.fetchOne(db, sql: "SELECT name, role, login FROM agents WHERE name = ?",
                                              arguments: [name]) {
                    return try row.agent()
                }
                guard try db.isTraining() else { throw StoreError.noSuchAgent(name) }
                try db.execute(sql: "INSERT INTO agents (name, role, created_at) VALUES (?, ?, ?)",
                               arguments: [name, role.rawValue, StoreTime.milliseconds(Date())])
                return Agent(name: name, role: role)
            }
        }
    }

    public func agent(named name: String) throws -> Agent? {
        try guarded {
            try pool.read { db in
                try Row.fetchOne(db, sql: "SELECT name, role, login FROM agents WHERE name = ?", arguments: [name])
                    .map { try $0.agent() }
            }
        }
    }

    public func agents() throws -> [Agent] {
        try guarded {
            try pool.read { db in
                try Row.fetchAll(db, sql: "SELECT name, role, login FROM agents ORDER BY name").map { try $0.agent() }
            }
        }
    }

    public func tagNames() throws -> [String] {
        try guarded { try pool.read { db in try String.fetchAll(db, sql: Self.tagNamesSQL) } }
    }

    public func heldWork(of agent: String, at time: Date) throws -> HeldWork {
        try guarded {
            try pool.read { db in
                HeldWork(rows: try Row.fetchAll(db, sql: HeldWork.sql,
                                                arguments: [agent, agent, StoreTime.milliseconds(time)])
                    .map { ($0["kind"], $0["case_id"]) })
            }
        }
    }

    public func setAgent(_ agent: Agent, by actor: String, at time: Date) throws {
        if let problem = Agent.nameProblem(agent.name) { throw StoreError.notAllowed(problem) }
        try guarded {
            try pool.write { db in
                try db.requireSupervisor(actor, login: login)
                let before = try String.fetchOne(db, sql: "SELECT role FROM agents WHERE name = ?", arguments: [agent.name])
                if let login = agent.login, let holder = try String.fetchOne(db, sql: """
                    SELECT name FROM agents WHERE login = ? AND name <> ?
                    """, arguments: [login, agent.name]) {
                    throw StoreError.notAllowed("the login \(login) is already \(holder)'s")
                }
                try db.execute(sql: """
                    INSERT INTO agents (name, role, login, created_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (name) DO UPDATE SET role = excluded.role, login = coalesce(excluded.login, agents.login)
                    """, arguments: [agent.name, agent.role.rawValue, agent.login, StoreTime.milliseconds(time)])
                try db.appendAudit(.roleSet(agent, before: before, by: actor, at: time))
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
                return try rows.map { try $0.auditEntry() }
            }
        }
    }

    public func auditLog(for caseID: CaseID, since time: Date) throws -> [AuditEntry] {
        try guarded {
            try pool.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT at, agent, action, case_id, detail FROM audit WHERE case_id = ? AND at > ? ORDER BY id
                    """, arguments: [caseID.rawValue, StoreTime.milliseconds(time)]).map { try $0.auditEntry() }
            }
        }
    }

    public func appendAudit(_ entry: AuditEntry) throws {
        try guarded { try pool.write { db in try db.appendAudit(entry) } }
    }

    static func audit(_ entry: AuditEntry, _ db: Database) throws {
        try db.appendAudit(entry)
    }
}

extension SQLiteInboxStore {
    /// The same text on both databases. Bounded: completion offers a few, and a team uses tens.
    static let tagNamesSQL = "SELECT tag FROM case_tags GROUP BY tag ORDER BY COUNT(*) DESC, tag LIMIT 500"
}
