import Foundation
import GRDB
import RiposteCore

/// People by login, the team's risk rules and the audit chain, on the embedded store.
extension SQLiteInboxStore {
    public func isTraining() throws -> Bool {
        try guarded { try pool.read { db in try db.isTraining() } }
    }


    public func markTraining() throws {
        try guarded {
            try pool.write { db in
                guard try db.isTraining() || Int.fetchOne(db, sql: "SELECT count(*) FROM posts") == 0 else {
                    throw StoreError.notAllowed("\(path) holds a team's work: only a new store can become a training store")
                }
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT (key) DO UPDATE SET value = '1'",
                               arguments: [TrainingFlag.key])
            }
        }
    }

    public func agent(login: String) throws -> Agent? {
        try guarded {
            try pool.read { db in
                try Row.fetchOne(db, sql: "SELECT name, role, login FROM agents WHERE login = ?", arguments: [login])
                    .map { try $0.agent() }
            }
        }
    }

    public func sentReplies(since time: Date) throws -> [SentReply] {
        try guarded {
            try pool.read { db in
                try Row.fetchAll(db, sql: SentReply.query, arguments: [StoreTime.milliseconds(time)]).map { row in
                    SentReply(id: PostID(row["id"]), caseID: CaseID(row["case_id"]), inReplyTo: PostID(row["parent_id"]),
                              text: row["text"], voice: row["voice"], risk: row["risk"], rulesVersion: row["risk_rules_version"],
                              sentBy: row["agent"], sentAt: try row.date("created_at"), approved: row["approved"])
                }
            }
        }
    }

    @discardableResult
    public func claimFirstSupervisor(login: String, name: String, at time: Date) throws -> Agent? {
        if let problem = Agent.nameProblem(name) { throw StoreError.notAllowed(problem) }
        return try guarded {
            try pool.write { db in
                if try Int.fetchOne(db, sql: "SELECT count(*) FROM agents WHERE login IS NOT NULL") == 0 {
                    let before = try String.fetchOne(db, sql: "SELECT role FROM agents WHERE name = ?", arguments: [name])
                    try db.execute(sql: """
                        INSERT INTO agents (name, role, login, created_at) VALUES (?, 'supervisor', ?, ?)
                        ON CONFLICT (name) DO UPDATE SET role = 'supervisor', login = excluded.login
                        """, arguments: [name, login, StoreTime.milliseconds(time)])
                    let agent = Agent(name: name, role: .supervisor, login: login)
                    try db.appendAudit(.roleSet(agent, before: before, by: name, at: time, claimed: true))
                }
                return try Row.fetchOne(db, sql: "SELECT name, role, login FROM agents WHERE login = ?", arguments: [login])
                    .map { try $0.agent() }
            }
        }
    }

    public func teamRiskRules(version: Int?) throws -> TeamRiskRules? {
        let row = try guarded {
            try pool.read { db in
                try Row.fetchOne(db, sql: """
                    SELECT version, text, set_by, set_at FROM risk_rules WHERE ?1 IS NULL OR version = ?1
                    ORDER BY version DESC LIMIT 1
                    """, arguments: [version])
            }
        }
        guard let row else { return nil }
        return try rulesCache.rules(version: row["version"]) {
            try TeamRiskRules(version: row["version"], text: row["text"], setBy: row["set_by"], setAt: row.date("set_at"))
        }
    }

    @discardableResult
    public func setTeamRiskRules(_ text: String, by supervisor: String, at time: Date) throws -> TeamRiskRules {
        try guarded {
            try pool.write { db in
                try db.requireSupervisor(supervisor, login: login)
                let old = try Row.fetchOne(db, sql: "SELECT version, text FROM risk_rules ORDER BY version DESC LIMIT 1")
                let version = (old?["version"] as Int? ?? 0) + 1
                let rules = try TeamRiskRules(version: version, text: text, setBy: supervisor, setAt: time)
                try db.execute(sql: "INSERT INTO risk_rules (version, text, set_by, set_at) VALUES (?, ?, ?, ?)",
                               arguments: [version, text, supervisor, StoreTime.milliseconds(time)])
                try db.appendAudit(.riskRulesSet(version: version, old: old?["text"], new: text, by: supervisor, at: time))
                return rules
            }
        }
    }

    public func databaseProblems(thorough: Bool) throws -> [String] {
        do {
            return try pool.read { db in
                var found = try String.fetchAll(db, sql: thorough ? "PRAGMA integrity_check" : "PRAGMA quick_check")
                    .filter { $0 != "ok" }
                guard thorough, found.isEmpty else { return found }
                found += try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                    "\(row[0] as String? ?? "?") row \(row[1] as Int64? ?? 0) points at a missing \(row[2] as String? ?? "?") row"
                }
                return found + (try String.fetchAll(db, sql: StoreCheck.consistency))
            }
        } catch let error as DatabaseError where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) {
            // So damaged that the check itself cannot read on: that is its finding.
            return ["the file is damaged: \(Self.message(error))"]
        }
    }

    public func auditChain(last: Int?) throws -> [AuditChain.Row] {
        try guarded {
            try pool.read { db in
                let columns = "SELECT id, at, agent, action, case_id, detail, previous_hash, hash FROM audit"
                let rows = if let last {
                    try Row.fetchAll(db, sql: "SELECT * FROM (\(columns) ORDER BY id DESC LIMIT ?) ORDER BY id",
                                     arguments: [last])
                } else {
                    try Row.fetchAll(db, sql: columns + " ORDER BY id")
                }
                return try rows.map { row in
                    AuditChain.Row(id: row["id"], entry: try row.auditEntry(), previousHash: row["previous_hash"] ?? "",
                                   hash: row["hash"] ?? "")
                }
            }
        }
    }
}

extension Database: AuditWriter {
    func holdAuditChain() throws {}

    func lastAuditHash() throws -> String? {
        try String.fetchOne(self, sql: "SELECT hash FROM audit ORDER BY id DESC LIMIT 1")
    }

    func insertAudit(_ entry: AuditEntry, previousHash: String, hash: String) throws {
        try execute(sql: """
            INSERT INTO audit (at, agent, action, case_id, detail, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [StoreTime.milliseconds(entry.at), entry.agent, entry.action, entry.caseID?.rawValue,
                             entry.detail, previousHash, hash])
    }
}
