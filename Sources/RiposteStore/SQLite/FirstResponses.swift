import Foundation
import GRDB

/// How long customers waited for us: what the dashboard and the training report both measure.
extension SQLiteInboxStore {
    /// Every agent's name by id.
    static func agentNames(_ db: Database) throws -> [Int64: String] {
        try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, name FROM agents")
            .map { (row: Row) -> (Int64, String) in (row["id"], row["name"]) })
    }

    /// For each of `cases` whose first reply by an agent came at `from` or later: the agent who sent it, and the
    /// seconds from the case's first inbound post to it; in the order those replies were sent.
    static func firstResponses(on cases: Set<Int64>, from: Int64, _ db: Database) throws
        -> [(agentID: Int64, waited: TimeInterval)] {
        let statement = try db.cachedStatement(sql: """
            SELECT r.created_at AS first_reply, r.sent_by_agent_id AS agent,
                   (SELECT MIN(created_at) FROM posts WHERE case_id = ?1 AND is_ours = 0) AS first_post
            FROM posts r WHERE r.case_id = ?1 AND r.is_ours = 1 AND r.sent_by_agent_id IS NOT NULL
            ORDER BY r.created_at, r.id LIMIT 1
            """)
        var responses: [(sent: Int64, caseID: Int64, agentID: Int64, waited: Int64)] = []
        for caseID in cases {
            guard let row = try Row.fetchOne(statement, arguments: [caseID]),
                  let reply: Int64 = row["first_reply"], reply >= from,
                  let post: Int64 = row["first_post"], reply >= post else { continue }
            responses.append((reply, caseID, row["agent"], reply - post))
        }
        return responses.sorted { ($0.sent, $0.caseID) < ($1.sent, $1.caseID) }
            .map { ($0.agentID, Double($0.waited) / 1000) }
    }
}
