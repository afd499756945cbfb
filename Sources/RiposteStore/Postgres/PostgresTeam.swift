import Foundation
import RiposteCore

/// People by login, the team's risk rules and the audit chain, on a shared server. What protects people goes through
/// the database's own functions (`PostgresTeamSchema`), which know the caller by their login.
extension PostgresInboxStore {
    public func isTraining() throws -> Bool {
        try link.read { db in try db.isTraining() }
    }


    public func markTraining() throws {
        try link.write { try People.markTraining(address.description, $0) }
    }

    public func agent(login: String) throws -> Agent? {
        try link.read { try People.withLogin(login, $0) }
    }

    public func sentReplies(since time: Date) throws -> [SentReply] {
        try link.read { try People.sentReplies(since: time, $0) }
    }

    @discardableResult
    public func claimFirstSupervisor(login: String, name: String, at time: Date) throws -> Agent? {
        try link.write { try People.claimFirstSupervisor(login: login, name: name, at: time, $0) }
    }

    public func teamRiskRules(version: Int?) throws -> TeamRiskRules? {
        try link.read { try People.riskRules(version: version, cache: rulesCache, $0) }
    }

    @discardableResult
    public func setTeamRiskRules(_ text: String, by supervisor: String, at time: Date) throws -> TeamRiskRules {
        try link.write { try People.setRiskRules(text, by: supervisor, login: login, at: time, $0) }
    }

    /// The server keeps its own pages whole (checksums, WAL); what can go wrong here is rows that disagree.
    public func databaseProblems(thorough: Bool) throws -> [String] {
        guard thorough else { return [] }
        return try link.read { db in try db.rows(StoreCheck.consistency).map { try $0.text(0) } }
    }

    public func auditChain(last: Int?) throws -> [AuditChain.Row] {
        try link.read { try AuditLog.chain(last: last, $0) }
    }
}

/// A team member's role may not write people or rules directly: the database's functions do, checking who is calling.
extension PostgresSQL: TeamRecording {
    func recordAgent(_ agent: Agent, by actor: String, at time: Date) throws -> String? {
        try text("SELECT riposte_set_agent(?, ?, ?::text, ?, ?)",
                 [agent.name, agent.role.rawValue, agent.login, actor, StoreTime.milliseconds(time)])
    }

    func recordFirstSupervisor(name: String, login: String, at time: Date) throws {
        try execute("SELECT riposte_claim_store(?, ?, ?)", [name, login, StoreTime.milliseconds(time)])
    }

    func recordRiskRules(_ text: String, by supervisor: String, at time: Date) throws -> Int {
        guard let version = try int("SELECT riposte_set_risk_rules(?, ?, ?)",
                                    [text, supervisor, StoreTime.milliseconds(time)])
        else { throw StoreError.database("the risk rules were not stored") }
        return Int(version)
    }
}
