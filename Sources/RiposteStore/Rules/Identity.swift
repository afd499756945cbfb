import Foundation
import RiposteCore

/// Who acts, the same on both databases: on a team store only the login's own agent, and a supervisor where the rule
/// asks for one; on a training store, a trainer's sandbox, a name first seen becomes an agent. (PostgreSQL's own
/// functions check the same again for whatever they change: `PostgresTeamSchema`.)
extension StoreTransaction {
    func isTraining() throws -> Bool {
        try text("SELECT value FROM meta WHERE key = ?", [TrainingFlag.key]) == "1"
    }

    /// The agent's row id. On a training store a name first seen here becomes an agent; on a team store only the
    /// store's people work.
    func agentID(_ name: String) throws -> Int64 {
        if let id = try int("SELECT id FROM agents WHERE name = ?", [name]) { return id }
        guard try isTraining() else { throw StoreError.noSuchAgent(name) }
        if let problem = Agent.nameProblem(name) { throw StoreError.notAllowed(problem) }
        guard let id = try int("""
            INSERT INTO agents (name, role, created_at) VALUES (?, 'agent', ?)
            ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id
            """, [name, StoreTime.milliseconds(Date())]) else { throw StoreError.noSuchAgent(name) }
        return id
    }

    /// The agent `name`, who must be the one whose login runs this process (or whose role this connection is).
    @discardableResult
    func requireActor(_ name: String, login: String) throws -> Agent {
        let training = try isTraining()
        if training { _ = try agentID(name) }
        guard let agent = try row("SELECT name, role, login FROM agents WHERE name = ?", [name])?.agent() else {
            throw StoreError.noSuchAgent(name)
        }
        if !training, agent.login != login {
            throw StoreError.notAllowed(IdentityRule.notYou(name, login: login))
        }
        return agent
    }

    /// Refuses anyone but a supervisor to do `what` ("sets the team's risk rules"), except on a training store, which
    /// whoever runs it sets up.
    func requireSupervisor(_ name: String, login: String, to what: String) throws {
        let agent = try requireActor(name, login: login)
        guard try agent.role == .supervisor || isTraining() else {
            throw StoreError.notAllowed("\(name) is an agent: only a supervisor \(what)")
        }
    }
}
