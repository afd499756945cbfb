import Foundation
import GRDB
import RiposteCore

/// The supervisor's figures, read in one transaction so that every number describes the same moment.
extension SQLiteInboxStore {
    public func teamFigures(since: Date, at now: Date, serviceLevels: ServiceLevels) throws -> TeamFigures {
        let from = StoreTime.milliseconds(since), until = StoreTime.milliseconds(now)
        return try guarded {
            try pool.read { db in
                let names = try Self.agentNames(db)
                var loads: [Int64: TeamFigures.AgentLoad] = [:]
                func update(_ agentID: Int64, _ change: (inout TeamFigures.AgentLoad) -> Void) {
                    guard let name = names[agentID] else { return }
                    change(&loads[agentID, default: TeamFigures.AgentLoad(agent: name, assigned: 0, claimed: 0,
                                                                          replies: 0)])
                }

                let volume = try Self.volumePerMinute(until: until, db)

                // Through the index of replies by time: each agent's count and the cases they answered.
                var answered: Set<Int64> = []
                for row in try Row.fetchAll(db, sql: """
                    SELECT case_id, sent_by_agent_id FROM posts
                    WHERE is_ours = 1 AND sent_by_agent_id IS NOT NULL AND created_at >= ? AND created_at <= ?
                    """, arguments: [from, until]) {
                    answered.insert(row["case_id"])
                    update(row["sent_by_agent_id"]) { $0.replies += 1 }
                }
                let firstResponses = try Self.firstResponses(on: answered, from: from, db).map(\.waited)

                var counts = CaseTally.Counts()
                for row in try Row.fetchAll(db, sql: CaseTally.readSQL) { try counts.add(row) }
                let waitedLess = try db.cachedStatement(sql: CaseTally.waitedLessSQL())
                let breached = try counts.breached(CaseTally.ServiceLine.all(at: until, serviceLevels)) { line in
                    try Int.fetchOne(waitedLess, arguments: [line.network.rawValue, line.priority.rank,
                                                             line.breachedIfWaitingSince]) ?? 0
                }

                let approvalsWaiting = try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM approvals WHERE state = ?
                    """, arguments: [Approval.State.pending.rawValue]) ?? 0

                // Who carries the open cases, and who holds a live claim: each from its own index.
                for row in try Row.fetchAll(db, sql: """
                    SELECT assignee_id, COUNT(*) AS cases FROM cases
                    WHERE \(Self.carried) GROUP BY assignee_id
                    """) {
                    update(row["assignee_id"]) { $0.assigned += row["cases"] }
                }
                for row in try Row.fetchAll(db, sql: """
                    SELECT claimed_by, COUNT(*) AS cases FROM cases
                    WHERE claimed_by IS NOT NULL AND claim_expires_at > ? GROUP BY claimed_by
                    """, arguments: [until]) {
                    update(row["claimed_by"]) { $0.claimed += row["cases"] }
                }

                for row in try Row.fetchAll(db, sql: """
                    SELECT decided_by, COUNT(*) AS decided FROM approvals
                    WHERE \(Self.decidedInWindow) GROUP BY decided_by
                    """, arguments: [from, until]) {
                    update(row["decided_by"]) { $0.decided += row["decided"] }
                }

                return TeamFigures(at: now, since: since, volumePerMinute: volume, firstResponses: firstResponses,
                                   backlog: counts.backlog, breached: breached, approvalsWaiting: approvalsWaiting,
                                   agents: loads.values.sorted { $0.agent < $1.agent })
            }
        }
    }

    /// A request a supervisor approved or rejected between two times: a superseded one was decided by nobody.
    static let decidedInWindow = """
        decided_by IS NOT NULL AND state IN ('\(Approval.State.approved.rawValue)', '\(Approval.State.rejected.rawValue)')
            AND decided_at >= ? AND decided_at <= ?
        """

    /// A case its assignee still has to deal with: assigned, and neither answered nor closed.
    static let carried = "assignee_id IS NOT NULL AND status NOT IN ('closed', 'replied')"

    /// Inbound posts in each of the 60 minutes before `until`, oldest first; a minute holds its first millisecond.
    ///
    /// A case's `last_activity_at` is never earlier than any of its inbound posts, so the cases active in the last
    /// hour, found through their index, hold every inbound post of the hour: no need to read all the posts. The
    /// CROSS JOIN keeps SQLite to that order; left to itself it reads every post and looks up each one's case.
    static func volumePerMinute(until: Int64, _ db: Database) throws -> [Int] {
        let start = until - 60 * 60_000
        var volume = Array(repeating: 0, count: 60)
        for row in try Row.fetchAll(db, sql: """
            SELECT (p.created_at - ?1) / 60000 AS minute, COUNT(*) AS posts
            FROM cases c CROSS JOIN posts p ON p.case_id = c.id
            WHERE c.last_activity_at >= ?1 AND p.is_ours = 0 AND p.created_at >= ?1 AND p.created_at < ?2
            GROUP BY minute
            """, arguments: [start, until]) {
            let minute: Int = row["minute"]
            if volume.indices.contains(minute) { volume[minute] = row["posts"] }
        }
        return volume
    }
}
