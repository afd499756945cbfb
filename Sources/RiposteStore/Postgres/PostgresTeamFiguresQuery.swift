import Foundation
import RiposteCore

/// The supervisor's figures, read by one statement: every number describes the same moment, and the dashboard, which
/// asks every few seconds, pays one round trip.
extension PostgresInboxStore {
    public func teamFigures(since: Date, at now: Date, serviceLevels: ServiceLevels) throws -> TeamFigures {
        let from = StoreTime.milliseconds(since), until = StoreTime.milliseconds(now)
        let hourAgo = until - 60 * 60_000
        let lines = CaseTally.ServiceLine.all(at: until, serviceLevels)
        let rows = try link.read { db in
            // The tally's rows of differences, folded first so that they stay few.
            try db.execute("SELECT riposte_fold_case_tally()")
            return try db.rows(Self.teamFiguresSQL, [
                from, until,
                hourAgo, hourAgo, hourAgo, until,
                from,
                lines.map(\.network.rawValue), lines.map { Int64($0.priority.rank) }, lines.map(\.breachedIfWaitingSince),
                Approval.State.pending.rawValue,
                until,
                from, until,
            ])
        }

        var volume = Array(repeating: 0, count: 60)
        var responses: [FirstResponse] = []
        var counts = CaseTally.Counts()
        var waitedLess: [CaseTally.Bucket: Int] = [:]
        var approvalsWaiting = 0
        var loads: [String: TeamFigures.AgentLoad] = [:]
        func update(_ row: PostgresStoreRow, _ change: (inout TeamFigures.AgentLoad) -> Void) throws {
            let name = try row.text("agent")
            change(&loads[name, default: TeamFigures.AgentLoad(agent: name, assigned: 0, claimed: 0, replies: 0)])
        }
        for row in rows {
            let amount = Int(try row.int("amount"))
            switch try row.enumValue("figure") as Figure {
            case .volume:
                let minute = Int(try row.int("minute"))
                if volume.indices.contains(minute) { volume[minute] = amount }
            case .firstResponse:
                responses.append(FirstResponse(agent: try row.text("agent"), caseID: try row.int("case_id"),
                                               sent: try row.int("sent_at"), waited: Double(amount) / 1000))
            case .tally: try counts.add(row, count: "amount")
            case .waitedLess:
                waitedLess[CaseTally.Bucket(network: try row.text("network"), priority: try row.int("priority"))] = amount
            case .approvalsWaiting: approvalsWaiting = amount
            case .replies: try update(row) { $0.replies = amount }
            case .assigned: try update(row) { $0.assigned = amount }
            case .claimed: try update(row) { $0.claimed = amount }
            case .decided: try update(row) { $0.decided = amount }
            }
        }
        let breached = counts.breached(lines) { waitedLess[CaseTally.Bucket($0)] ?? 0 }
        return TeamFigures(at: now, since: since, volumePerMinute: volume,
                           firstResponses: Self.inSendingOrder(responses).map(\.waited), backlog: counts.backlog,
                           breached: breached, approvalsWaiting: approvalsWaiting,
                           agents: loads.values.sorted { $0.agent < $1.agent })
    }

    /// What a row of `teamFiguresSQL` counts.
    private enum Figure: String {
        case volume, tally, replies, assigned, claimed, decided
        case waitedLess = "waited_less"
        case firstResponse = "first_response"
        case approvalsWaiting = "approvals_waiting"
    }

    /// Each figure as rows of one UNION; `amount` is the count, or a first response's wait in milliseconds. Each part
    /// reads through its own index, as the SQLite store's statements do:
    /// - volume: inbound posts in each minute of the hour before now. A case's `last_activity_at` is never earlier
    ///   than any of its inbound posts, so the cases active in the hour hold every post of the hour.
    /// - replies and first responses: our replies in the window (`posts_replies_by_time`).
    /// - tally: `CaseTally`'s rows, the backlog and the cases waiting on us.
    /// - waited less: per network and priority, the cases waiting on us for less than the target, a range of
    ///   `cases_waiting`; the rest of those waiting have breached.
    /// - assigned and claimed: `cases_assigned` and `cases_claimed`, counted by agent id before names are joined.
    /// - decided: approvals each supervisor approved or rejected in the window, by agent id before names are joined.
    private static let teamFiguresSQL = """
        WITH answered AS (
            SELECT case_id, sent_by_agent_id FROM posts
            WHERE is_ours = 1 AND sent_by_agent_id IS NOT NULL AND created_at >= ? AND created_at <= ?
        )
        SELECT 'volume' AS figure, NULL::text AS agent, NULL::text AS status, minute, NULL::bigint AS case_id,
               NULL::bigint AS sent_at, NULL::text AS network, NULL::bigint AS priority, NULL::int AS waiting,
               COUNT(*) AS amount
        FROM (
            SELECT (p.created_at - ?) / 60000 AS minute
            FROM cases c JOIN posts p ON p.case_id = c.id
            WHERE c.last_activity_at >= ? AND p.is_ours = 0 AND p.created_at >= ? AND p.created_at < ?
        ) arrived
        GROUP BY minute
        UNION ALL
        SELECT 'first_response', agent, NULL, NULL, case_id, sent_at, NULL, NULL, NULL, waited
        FROM (\(firstResponsesSQL)) first_responses
        UNION ALL
        SELECT 'replies', g.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, replies.amount
        FROM (SELECT sent_by_agent_id, COUNT(*) AS amount FROM answered GROUP BY sent_by_agent_id) replies
        JOIN agents g ON g.id = replies.sent_by_agent_id
        UNION ALL
        SELECT 'tally', NULL, status, NULL, NULL, NULL, network, priority, waiting, cases
        FROM (\(CaseTally.readSQL)) tally
        UNION ALL
        SELECT 'waited_less', NULL, NULL, NULL, NULL, NULL, target.network, target.priority, NULL, waiting.cases
        FROM unnest(?::text[], ?::bigint[], ?::bigint[]) AS target (network, priority, breached_if_waiting_since)
        CROSS JOIN LATERAL (
            \(CaseTally.waitedLessSQL(network: "target.network", priority: "target.priority",
                                      since: "target.breached_if_waiting_since"))
        ) waiting
        UNION ALL
        SELECT 'approvals_waiting', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, COUNT(*) FROM approvals WHERE state = ?
        UNION ALL
        SELECT 'assigned', g.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, assigned.amount
        FROM (SELECT assignee_id, COUNT(*) AS amount FROM cases WHERE \(SQLiteInboxStore.carried) GROUP BY assignee_id) assigned
        JOIN agents g ON g.id = assigned.assignee_id
        UNION ALL
        SELECT 'claimed', g.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, claimed.amount
        FROM (
            SELECT claimed_by, COUNT(*) AS amount FROM cases
            WHERE claimed_by IS NOT NULL AND claim_expires_at > ? GROUP BY claimed_by
        ) claimed
        JOIN agents g ON g.id = claimed.claimed_by
        UNION ALL
        SELECT 'decided', g.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, decided.amount
        FROM (
            SELECT decided_by, COUNT(*) AS amount FROM approvals
            WHERE \(SQLiteInboxStore.decidedInWindow) GROUP BY decided_by
        ) decided
        JOIN agents g ON g.id = decided.decided_by
        """
}
