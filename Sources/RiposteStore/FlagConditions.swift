import Foundation
import RiposteCore

/// The SQL condition for each `is:` flag, on the case `c`: the same on both databases. Placeholders are `?`; each
/// dialect binds the values its own way.
enum FlagConditions {
    static func condition(_ flag: CaseFilter.Flag, scope: QueueScope, now: Int64) -> (sql: String, values: [StoreValue]) {
        switch flag {
        case .mine:
            return ("""
                c.assignee_id = (SELECT id FROM agents WHERE name = ?)
                OR (c.claimed_by = (SELECT id FROM agents WHERE name = ?) AND c.claim_expires_at > ?)
                """, [.text(scope.agent), .text(scope.agent), .integer(now)])
        case .unassigned:
            return ("c.assignee_id IS NULL", [])
        case .claimed:
            return ("c.claim_expires_at > ?", [.integer(now)])
        case .awaiting:
            return ("c.approval = 'pending'", [])
        case .rejected:
            return ("c.approval = 'rejected'", [])
        case .breached:
            // The target depends on the case's network and priority: one CASE over the table of targets. Cast, so
            // that PostgreSQL knows the type when it prepares the statement (a CASE of bare placeholders is text).
            var cases: [String] = [], values: [StoreValue] = [.integer(now)]
            for network in Network.allCases {
                for priority in Priority.allCases {
                    cases.append("WHEN c.network = ? AND c.priority = ? THEN CAST(? AS BIGINT)")
                    values += [.text(network.rawValue), .integer(Int64(priority.rank)),
                               .integer(Int64(scope.serviceLevels.target(for: network, priority: priority) * 1000))]
                }
            }
            return ("""
                c.status IN \(CaseStatus.servicedSQL) AND c.waiting_since IS NOT NULL
                AND (? - c.waiting_since) >= CASE \(cases.joined(separator: " ")) END
                """, values)
        }
    }
}
