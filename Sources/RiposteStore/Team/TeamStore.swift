import Foundation
import RiposteCore

/// Who works on a store and what protects its customers: people known by their login, the team's risk rules, and the
/// audit log's chain.
public protocol TeamStore: Sendable {
    /// The login this process works as: the operating-system user on a SQLite store, the database role on
    /// PostgreSQL. Nothing a user types changes it.
    var login: String { get }
    /// Whether the store is for training, where anyone may work under any name (`--as`); a team store knows its
    /// people by login and nothing else.
    func isTraining() throws -> Bool
    /// Makes the store a training store: only a new or a training store may become one.
    func markTraining() throws
    /// The agent whose login is `login`.
    func agent(login: String) throws -> Agent?
    /// On a store nobody has claimed yet (no agent has a login), makes `login` its first supervisor, under `name`;
    /// returns the agent who is `login` afterwards, if any.
    @discardableResult
    func claimFirstSupervisor(login: String, name: String, at time: Date) throws -> Agent?
    /// The team's risk rules of `version`, or as a supervisor last stored them; nil while the team uses the built-in
    /// rules.
    func teamRiskRules(version: Int?) throws -> TeamRiskRules?
    /// The replies sent since `time`, oldest first.
    func sentReplies(since time: Date) throws -> [SentReply]
    /// Stores `text` as the team's risk rules, the next version: refused unless it reads as rules and `supervisor` is
    /// one. The audit log keeps the old text and the new.
    @discardableResult
    func setTeamRiskRules(_ text: String, by supervisor: String, at time: Date) throws -> TeamRiskRules
    /// The audit log's rows with their chain, oldest first; only the newest `last` when it is given.
    func auditChain(last: Int?) throws -> [AuditChain.Row]
    /// What the database's own checks find (SQLite's integrity check, or its quick check when not `thorough`) and,
    /// when `thorough`, rows that contradict each other (`StoreCheck`).
    func databaseProblems(thorough: Bool) throws -> [String]
    /// Withdraws a request its agent no longer wants decided; the text goes back to them as a draft.
    func withdraw(_ id: ApprovalID, by agent: String, at time: Date) throws
    /// What happened on a case after `time`, for a supervisor reading an old request.
    func auditLog(for caseID: CaseID, since time: Date) throws -> [AuditEntry]
}

/// The team's risk rules as stored: the text a supervisor set, its version, and who set it when.
public struct TeamRiskRules: Hashable, Sendable {
    public var version: Int
    public var text: String
    public var setBy: String
    public var setAt: Date
    /// The rules the text holds (over the built-in ones).
    public var rules: RiskRules

    public init(version: Int, text: String, setBy: String, setAt: Date) throws {
        self.version = version
        self.text = text
        self.setBy = setBy
        self.setAt = setAt
        do {
            rules = try RiskRules.parse(text, file: "team risk rules v\(version)")
        } catch {
            throw StoreError.database("the team's risk rules (version \(version)) do not read: \(error)")
        }
    }
}

extension TeamStore {
    /// The team's risk rules as a supervisor last stored them; nil while the team uses the built-in rules.
    public func teamRiskRules() throws -> TeamRiskRules? {
        try teamRiskRules(version: nil)
    }

    /// The rules every reply on the store is judged by, and their version (0 for the built-in rules).
    public func judgingRules() throws -> (rules: RiskRules, version: Int) {
        guard let team = try teamRiskRules() else { return (.builtin, 0) }
        return (team.rules, team.version)
    }
}
