import Foundation
import GRDB
import RiposteCore

/// What each agent did since a moment, read from the posts, approvals and audit log: the training report's figures.
extension SQLiteInboxStore {
    public func training(since time: Date) throws -> [AgentTraining] {
        let since = StoreTime.milliseconds(time)
        return try guarded {
            try pool.read { db in
                var agents: [String: AgentTraining] = [:]
                func update(_ name: String, _ change: (inout AgentTraining) -> Void) {
                    change(&agents[name, default: AgentTraining(agent: name)])
                }
                var answered: Set<Int64> = []
                for row in try Row.fetchAll(db, sql: """
                    SELECT g.name, p.case_id, p.text, p.network, p.risk
                    FROM posts p JOIN agents g ON g.id = p.sent_by_agent_id
                    WHERE p.is_ours = 1 AND p.sent_by_agent_id IS NOT NULL AND p.created_at >= ?
                    """, arguments: [since]) {
                    answered.insert(row["case_id"])
                    let text: String = row["text"]
                    let network: Network = try row.enumValue("network")
                    let risk: Int? = row["risk"]
                    update(row["name"]) { training in
                        training.repliesSent += 1
                        if let risk { training.risks.append(risk) }
                        if !ReplyLength.measure(text, on: network).isValid { training.lengthBreaches += 1 }
                    }
                }
                // The first reply on each case, against the customer's first post on it, for whoever sent it.
                let names = try Self.agentNames(db)
                for response in try Self.firstResponses(on: answered, from: since, db) {
                    guard let name = names[response.agentID] else { continue }
                    update(name) { $0.firstResponses.append(response.waited) }
                }
                for row in try Row.fetchAll(db, sql: """
                    SELECT g.name, ap.state FROM approvals ap JOIN agents g ON g.id = ap.requested_by
                    WHERE ap.requested_at >= ?
                    """, arguments: [since]) {
                    let state: String = row["state"]
                    update(row["name"]) { training in
                        training.approvalsRequested += 1
                        if state == Approval.State.rejected.rawValue { training.approvalsRejected += 1 }
                    }
                }
                for row in try Row.fetchAll(db, sql: """
                    SELECT agent, detail FROM audit WHERE action = 'demo.reaction' AND at >= ?
                    """, arguments: [since]) {
                    let detail: String = row["detail"]
                    update(row["agent"]) { training in
                        if detail.hasSuffix("(won)") { training.reactionsWon += 1 }
                        if detail.hasSuffix("(lost)") { training.reactionsLost += 1 }
                    }
                }
                return agents.values.sorted { $0.agent < $1.agent }
            }
        }
    }
}
