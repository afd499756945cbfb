import Foundation
import GRDB
import RiposteCore

/// People by login, the team's risk rules and the audit chain, on the embedded store.
extension SQLiteInboxStore {
    public func isTraining() throws -> Bool {
        try guarded { try pool.read { db in try db.isTraining() } }
    }


    public func markTraining() throws {
        try guarded { try pool.write { try People.markTraining(path, $0) } }
    }

    public func agent(login: String) throws -> Agent? {
        try guarded { try pool.read { try People.withLogin(login, $0) } }
    }

    public func sentReplies(since time: Date) throws -> [SentReply] {
        try guarded { try pool.read { try People.sentReplies(since: time, $0) } }
    }

    @discardableResult
    public func claimFirstSupervisor(login: String, name: String, at time: Date) throws -> Agent? {
        try guarded { try pool.write { try People.claimFirstSupervisor(login: login, name: name, at: time, $0) } }
    }

    public func teamRiskRules(version: Int?) throws -> TeamRiskRules? {
        try guarded { try pool.read { try People.riskRules(version: version, cache: rulesCache, $0) } }
    }

    @discardableResult
    public func setTeamRiskRules(_ text: String, by supervisor: String, at time: Date) throws -> TeamRiskRules {
        try guarded { try pool.write { try People.setRiskRules(text, by: supervisor, login: login, at: time, $0) } }
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
        try guarded { try pool.read { try AuditLog.chain(last: last, $0) } }
    }
}

/// One OS user's file: the people and the rules are written as they are.
extension Database: TeamRecording {
    func recordAgent(_ agent: Agent, by actor: String, at time: Date) throws -> String? {
        let before = try text("SELECT role FROM agents WHERE name = ?", [agent.name])
        try execute("""
            INSERT INTO agents (name, role, login, created_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (name) DO UPDATE SET role = excluded.role, login = coalesce(excluded.login, agents.login)
            """, [agent.name, agent.role.rawValue, agent.login, StoreTime.milliseconds(time)])
        return before
    }

    func recordFirstSupervisor(name: String, login: String, at time: Date) throws {
        try execute("""
            INSERT INTO agents (name, role, login, created_at) VALUES (?, 'supervisor', ?, ?)
            ON CONFLICT (name) DO UPDATE SET role = 'supervisor', login = excluded.login
            """, [name, login, StoreTime.milliseconds(time)])
    }

    func recordRiskRules(_ text: String, by supervisor: String, at time: Date) throws -> Int {
        let version = Int(try int("SELECT coalesce(max(version), 0) + 1 FROM risk_rules") ?? 1)
        try execute("INSERT INTO risk_rules (version, text, set_by, set_at) VALUES (?, ?, ?, ?)",
                    [version, text, supervisor, StoreTime.milliseconds(time)])
        return version
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
