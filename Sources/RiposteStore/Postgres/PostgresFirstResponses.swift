import Foundation

/// How long customers waited for us: what the dashboard and the training report both measure.
extension PostgresInboxStore {
    /// One first response: who sent the first reply on a case, when, and how long after the case's first inbound
    /// post.
    struct FirstResponse {
        var agent: String
        var caseID: Int64
        var sent: Int64
        var waited: TimeInterval
    }

    /// For each case of a CTE `answered (case_id)` whose first reply by an agent came at the window's start or
    /// later: `agent`, `case_id`, `sent_at` and `waited` (milliseconds). Its one `?` is the window's start.
    static let firstResponsesSQL = """
        SELECT g.name AS agent, a.case_id, r.created_at AS sent_at, r.created_at - f.first_post AS waited
        FROM (SELECT DISTINCT case_id FROM answered) a
        CROSS JOIN LATERAL (
            SELECT created_at, sent_by_agent_id FROM posts
            WHERE case_id = a.case_id AND is_ours = 1 AND sent_by_agent_id IS NOT NULL
            ORDER BY created_at, id LIMIT 1
        ) r
        CROSS JOIN LATERAL (
            SELECT MIN(created_at) AS first_post FROM posts WHERE case_id = a.case_id AND is_ours = 0
        ) f
        JOIN agents g ON g.id = r.sent_by_agent_id
        WHERE r.created_at >= ? AND r.created_at >= f.first_post
        """

    static func firstResponse(_ row: PostgresStoreRow) throws -> FirstResponse {
        FirstResponse(agent: try row.text("agent"), caseID: try row.int("case_id"), sent: try row.int("sent_at"),
                      waited: Double(try row.int("waited")) / 1000)
    }

    /// In the order the replies were sent, as the SQLite store gives them.
    static func inSendingOrder(_ responses: [FirstResponse]) -> [FirstResponse] {
        responses.sorted { ($0.sent, $0.caseID) < ($1.sent, $1.caseID) }
    }
}
