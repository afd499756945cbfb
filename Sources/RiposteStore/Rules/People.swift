import Foundation
import RiposteCore

/// The writes that protect people, as each database makes them: PostgreSQL's go through its own functions, which
/// know the caller by their login and check the rule again (`PostgresTeamSchema`); SQLite, one OS user's file, writes
/// them as they are. The rules around them are written once (`People`).
protocol TeamRecording: StoreTransaction {
    /// Adds a person or changes their role and login; returns the role they had.
    func recordAgent(_ agent: Agent, by actor: String, at time: Date) throws -> String?
    /// Makes `name`, of `login`, the store's first supervisor, unless someone has a login already.
    func recordFirstSupervisor(name: String, login: String, at time: Date) throws
    /// Stores the next version of the team's risk rules; returns its number.
    func recordRiskRules(_ text: String, by supervisor: String, at time: Date) throws -> Int
}

/// The team's people, roles, rules and the store's training flag, the same on both databases.
enum People {
    static let select = "SELECT name, role, login FROM agents"

    static func named(_ name: String, _ db: some StoreTransaction) throws -> Agent? {
        try db.row("\(select) WHERE name = ?", [name])?.agent()
    }

    static func withLogin(_ login: String, _ db: some StoreTransaction) throws -> Agent? {
        try db.row("\(select) WHERE login = ?", [login])?.agent()
    }

    static func all(_ db: some StoreTransaction) throws -> [Agent] {
        try db.rows("\(select) ORDER BY \(db.dialect.inByteOrder("name"))", []).map { try $0.agent() }
    }

    /// The agent `name`; on a training store one first seen here joins in `role`.
    static func ensure(named name: String, role: Agent.Role, _ db: some StoreTransaction) throws -> Agent {
        if let problem = Agent.nameProblem(name) { throw StoreError.notAllowed(problem) }
        if let agent = try named(name, db) { return agent }
        guard try db.isTraining() else { throw StoreError.noSuchAgent(name) }
        try db.execute("INSERT INTO agents (name, role, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING",
                       [name, role.rawValue, StoreTime.milliseconds(Date())])
        return try named(name, db) ?? Agent(name: name, role: role)
    }

    /// Only a supervisor adds people or changes roles, and a login is one person's.
    static func set(_ agent: Agent, by actor: String, login: String, at time: Date, _ db: some TeamRecording) throws {
        if let problem = Agent.nameProblem(agent.name) { throw StoreError.notAllowed(problem) }
        try db.requireSupervisor(actor, login: login, to: "adds people or changes roles")
        if let login = agent.login,
           let holder = try db.text("SELECT name FROM agents WHERE login = ? AND name <> ?", [login, agent.name]) {
            throw StoreError.notAllowed("the login \(login) is already \(holder)'s")
        }
        let before = try db.recordAgent(agent, by: actor, at: time)
        try db.appendAudit(.roleSet(agent, before: before, by: actor, at: time))
    }

    /// The first login to open a team store with nobody's login in it becomes its supervisor.
    static func claimFirstSupervisor(login: String, name: String, at time: Date, _ db: some TeamRecording) throws
        -> Agent? {
        if let problem = Agent.nameProblem(name) { throw StoreError.notAllowed(problem) }
        let unclaimed = try db.int("SELECT count(*) FROM agents WHERE login IS NOT NULL") == 0
        let before = try db.text("SELECT role FROM agents WHERE name = ?", [name])
        if unclaimed { try db.recordFirstSupervisor(name: name, login: login, at: time) }
        // Two logins claiming at once: the database let one in, and only that one is audited.
        let agent = try withLogin(login, db)
        if unclaimed, let agent, agent.name == name {
            try db.appendAudit(.roleSet(agent, before: before, by: name, at: time, claimed: true))
        }
        return agent
    }

    /// The team's risk rules, the latest or a version; parsed once per version (`TeamRulesCache`).
    static func riskRules(version: Int?, cache: TeamRulesCache, _ db: some StoreTransaction) throws -> TeamRiskRules? {
        guard let row = try db.row("""
            SELECT version, text, set_by, set_at FROM risk_rules WHERE CAST(? AS BIGINT) IS NULL OR version = ?
            ORDER BY version DESC LIMIT 1
            """, [version.map(Int64.init), version.map(Int64.init)]) else { return nil }
        let stored = Int(try row.int("version"))
        return try cache.rules(version: stored) {
            try TeamRiskRules(version: stored, text: try row.text("text"), setBy: try row.text("set_by"),
                              setAt: try row.date("set_at"))
        }
    }

    static func setRiskRules(_ text: String, by supervisor: String, login: String, at time: Date,
                             _ db: some TeamRecording) throws -> TeamRiskRules {
        // Read before anything is written: a file that does not parse changes nothing.
        _ = try TeamRiskRules(version: 0, text: text, setBy: supervisor, setAt: time)
        try db.requireSupervisor(supervisor, login: login, to: "sets the team's risk rules")
        let old = try db.text("SELECT text FROM risk_rules ORDER BY version DESC LIMIT 1")
        let version = try db.recordRiskRules(text, by: supervisor, at: time)
        try db.appendAudit(.riskRulesSet(version: version, old: old, new: text, by: supervisor, at: time))
        return try TeamRiskRules(version: version, text: text, setBy: supervisor, setAt: time)
    }

    /// Only a store without posts becomes a training store: a team's work is never opened to free names.
    static func markTraining(_ store: String, _ db: some StoreTransaction) throws {
        guard try db.isTraining() || db.int("SELECT count(*) FROM posts") == 0 else {
            throw StoreError.notAllowed("\(store) holds a team's work: only a new store can become a training store")
        }
        try db.execute("INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT (key) DO UPDATE SET value = '1'",
                       [TrainingFlag.key])
    }

    /// The same text on both databases. Bounded: completion offers a few, and a team uses tens.
    static func tagNames(_ db: some StoreTransaction) throws -> [String] {
        try db.rows("SELECT tag FROM case_tags GROUP BY tag ORDER BY COUNT(*) DESC, tag LIMIT 500", [])
            .map { try $0.text("tag") }
    }

    static func heldWork(of agent: String, at time: Date, _ db: some StoreTransaction) throws -> HeldWork {
        HeldWork(rows: try db.rows(HeldWork.sql, [agent, agent, StoreTime.milliseconds(time)])
            .map { (try $0.text("kind"), try $0.int("case_id")) })
    }

    static func sentReplies(since time: Date, _ db: some StoreTransaction) throws -> [SentReply] {
        try db.rows(SentReply.query, [StoreTime.milliseconds(time)]).map { row in
            SentReply(id: PostID(try row.int("id")), caseID: CaseID(try row.int("case_id")),
                      inReplyTo: PostID(try row.int("parent_id")), text: try row.text("text"),
                      voice: try row.optionalText("voice"), risk: try row.optionalInt("risk").map(Int.init),
                      rulesVersion: try row.optionalInt("risk_rules_version").map(Int.init),
                      sentBy: try row.text("agent"), sentAt: try row.date("created_at"),
                      approved: try row.flag("approved"))
        }
    }
}

/// The audit log as both databases read it, oldest first.
enum AuditLog {
    static let select = "SELECT at, agent, action, case_id, detail FROM audit"

    static func entries(for caseID: CaseID?, _ db: some StoreTransaction) throws -> [AuditEntry] {
        let rows = if let caseID {
            try db.rows("\(select) WHERE case_id = ? ORDER BY id", [caseID.rawValue])
        } else {
            try db.rows("\(select) ORDER BY id", [])
        }
        return try rows.map { try $0.auditEntry() }
    }

    static func entries(for caseID: CaseID, since time: Date, _ db: some StoreTransaction) throws -> [AuditEntry] {
        try db.rows("\(select) WHERE case_id = ? AND at > ? ORDER BY id", [caseID.rawValue, StoreTime.milliseconds(time)])
            .map { try $0.auditEntry() }
    }

    /// The chain's rows, all or the last few.
    static func chain(last: Int?, _ db: some StoreTransaction) throws -> [AuditChain.Row] {
        let columns = "SELECT id, at, agent, action, case_id, detail, previous_hash, hash FROM audit"
        let rows = if let last {
            try db.rows("SELECT * FROM (\(columns) ORDER BY id DESC LIMIT \(last)) newest ORDER BY id", [])
        } else {
            try db.rows(columns + " ORDER BY id", [])
        }
        return try rows.map { row in
            AuditChain.Row(id: try row.int("id"), entry: try row.auditEntry(),
                           previousHash: try row.optionalText("previous_hash") ?? "", hash: try row.optionalText("hash") ?? "")
        }
    }
}
