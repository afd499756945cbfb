import Foundation
import RiposteCore

/// What each agent did since a moment, read from the posts, approvals and audit log: the training report's figures.
extension PostgresInboxStore {
    public func training(since time: Date) throws -> [AgentTraining] {
        let since = StoreTime.milliseconds(time)
        return try link.write { db in
            // One snapshot for the three reads, as the SQLite store's read transaction gives: a reply sent meanwhile
            // counts everywhere or nowhere.
            try db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            var agents: [String: AgentTraining] = [:]
            func update(_ name: String, _ change: (inout AgentTraining) -> Void) {
                change(&agents[name, default: AgentTraining(agent: name)])
            }
            // Each reply's text is measured here, by the same rule the editor applies.
            for row in try db.rows("""
                SELECT g.name, p.text, p.network, p.risk
                FROM posts p JOIN agents g ON g.id = p.sent_by_agent_id
                WHERE p.is_ours = 1 AND p.sent_by_agent_id IS NOT NULL AND p.created_at >= ?
                """, [since]) {
                let network: Network = try row.enumValue("network")
                let isValid = ReplyLength.measure(try row.text("text"), on: network).isValid
                let risk = try row.optionalInt("risk").map(Int.init)
                update(try row.text("name")) { training in
                    training.repliesSent += 1
                    if let risk { training.risks.append(risk) }
                    if !isValid { training.lengthBreaches += 1 }
                }
            }
            // The first reply on each case answered since, against the customer's first post on it.
            let responses = try db.rows("""
                WITH answered AS (
                    SELECT case_id FROM posts
                    WHERE is_ours = 1 AND sent_by_agent_id IS NOT NULL AND created_at >= ?
                )
                \(Self.firstResponsesSQL)
                """, [since, since]).map(Self.firstResponse)
            for response in Self.inSendingOrder(responses) {
                update(response.agent) { $0.firstResponses.append(response.waited) }
            }
            // Approvals asked for, and the demo audience's reactions to replies: counted per agent.
            for row in try db.rows("""
                SELECT g.name AS agent, COUNT(*) AS requested, COUNT(*) FILTER (WHERE ap.state = ?) AS rejected,
                       0 AS won, 0 AS lost
                FROM approvals ap JOIN agents g ON g.id = ap.requested_by
                WHERE ap.requested_at >= ? GROUP BY g.name
                UNION ALL
                SELECT agent, 0, 0, COUNT(*) FILTER (WHERE detail LIKE '%(won)'),
                       COUNT(*) FILTER (WHERE detail LIKE '%(lost)')
                FROM audit WHERE action = 'demo.reaction' AND at >= ? GROUP BY agent
                """, [Approval.State.rejected.rawValue, since, since]) {
                let requested = try row.int("requested"), rejected = try row.int("rejected")
                let won = try row.int("won"), lost = try row.int("lost")
                update(try row.text("agent")) { training in
                    training.approvalsRequested += Int(requested)
                    training.approvalsRejected += Int(rejected)
                    training.reactionsWon += Int(won)
                    training.reactionsLost += Int(lost)
                }
            }
            return agents.values.sorted { $0.agent < $1.agent }
        }
    }
}
