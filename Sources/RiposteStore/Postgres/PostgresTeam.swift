import Foundation
import RiposteCore

/// People by login, the team's risk rules and the audit chain, on a shared server. What protects people goes through
/// the database's own functions (`PostgresTeamSchema`), which know the caller by their login.
extension PostgresInboxStore {
    public func isTraining() throws -> Bool {
        try link.read { db in try db.isTraining() }
    }


    public func markTraining() throws {
        try link.write { db in
            guard try db.isTraining() || db.int("SELECT count(*) FROM posts") == 0 else {
                throw StoreError.notAllowed("\(address) holds a team's work: only a new store can become a training store")
            }
            try db.execute("""
                INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT (key) DO UPDATE SET value = '1'
                """, [TrainingFlag.key])
        }
    }

    public func agent(login: String) throws -> Agent? {
        try link.read { db in
            try db.row("SELECT name, role, login FROM agents WHERE login = ?", [login]).map { try $0.agent() }
        }
    }

    public func sentReplies(since time: Date) throws -> [SentReply] {
        try link.read { db in
            try db.rows(SentReply.query, [StoreTime.milliseconds(time)]).map { row in
                SentReply(id: PostID(try row.int("id")), caseID: CaseID(try row.int("case_id")),
                          inReplyTo: PostID(try row.int("parent_id")), text: try row.text("text"),
                          voice: try row.optionalText("voice"), risk: try row.optionalInt("risk").map(Int.init),
                          rulesVersion: try row.optionalInt("risk_rules_version").map(Int.init),
                          sentBy: try row.text("agent"), sentAt: try row.date("created_at"),
                          approved: try row.int("approved") != 0)
            }
        }
    }

    @discardableResult
    public func claimFirstSupervisor(login: String, name: String, at time: Date) throws -> Agent? {
        if let problem = Agent.nameProblem(name) { throw StoreError.notAllowed(problem) }
        return try link.write { db in
            let claimed = try db.int("SELECT count(*) FROM agents WHERE login IS NOT NULL") == 0
            let before = try db.text("SELECT role FROM agents WHERE name = ?", [name])
            try db.execute("SELECT riposte_claim_store(?, ?, ?)", [name, login, StoreTime.milliseconds(time)])
            let agent = try db.row("SELECT name, role, login FROM agents WHERE login = ?", [login]).map { try $0.agent() }
            if claimed, let agent, agent.name == name {
                try Self.audit(.roleSet(agent, before: before, by: name, at: time, claimed: true), db)
            }
            return agent
        }
    }

    public func teamRiskRules(version: Int?) throws -> TeamRiskRules? {
        let row = try link.read { db in
            try db.row("""
                SELECT version, text, set_by, set_at FROM risk_rules WHERE ?::bigint IS NULL OR version = ?::bigint
                ORDER BY version DESC LIMIT 1
                """, [version.map(Int64.init), version.map(Int64.init)])
        }
        guard let row else { return nil }
        return try rulesCache.rules(version: Int(try row.int("version"))) {
            try TeamRiskRules(version: Int(try row.int("version")), text: try row.text("text"),
                              setBy: try row.text("set_by"), setAt: try row.date("set_at"))
        }
    }

    @discardableResult
    public func setTeamRiskRules(_ text: String, by supervisor: String, at time: Date) throws -> TeamRiskRules {
        _ = try TeamRiskRules(version: 0, text: text, setBy: supervisor, setAt: time)
        return try link.write { db in
            let acting = try db.requireActor(supervisor, login: login)
            guard try acting.role == .supervisor || db.isTraining() else {
                throw StoreError.notAllowed("\(supervisor) is an agent: only a supervisor sets the team's risk rules")
            }
            let old = try db.text("SELECT text FROM risk_rules ORDER BY version DESC LIMIT 1")
            guard let version = try db.int("SELECT riposte_set_risk_rules(?, ?, ?)",
                                            [text, supervisor, StoreTime.milliseconds(time)])
            else { throw StoreError.database("the risk rules were not stored") }
            try Self.audit(.riskRulesSet(version: Int(version), old: old, new: text, by: supervisor, at: time), db)
            return try TeamRiskRules(version: Int(version), text: text, setBy: supervisor, setAt: time)
        }
    }

    /// The server keeps its own pages whole (checksums, WAL); what can go wrong here is rows that disagree.
    public func databaseProblems(thorough: Bool) throws -> [String] {
        guard thorough else { return [] }
        return try link.read { db in try db.rows(StoreCheck.consistency).map { try $0.text(0) } }
    }

    public func auditChain(last: Int?) throws -> [AuditChain.Row] {
        try link.read { db in
            let columns = "SELECT id, at, agent, action, case_id, detail, previous_hash, hash FROM audit"
            let rows = if let last {
                try db.rows("SELECT * FROM (\(columns) ORDER BY id DESC LIMIT \(last)) newest ORDER BY id")
            } else {
                try db.rows(columns + " ORDER BY id")
            }
            return try rows.map { row in
                AuditChain.Row(id: try row.int("id"), entry: try row.auditEntry(),
                               previousHash: try row.optionalText("previous_hash") ?? "",
                               hash: try row.optionalText("hash") ?? "")
            }
        }
    }
}
