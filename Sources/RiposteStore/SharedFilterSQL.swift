import Foundation
import RiposteCore

/// The filter conditions whose SQL is the same on both databases, on the case `c`. Placeholders are `?`; each
/// dialect binds the values its own way. (Lists of values differ: `IN (?, ?)` in SQLite, `= ANY(?)` in PostgreSQL.)
enum SharedFilterSQL {
    typealias Condition = (sql: String, values: [StoreValue])

    static func assignee(_ matches: [CaseFilter.AssigneeMatch], scope: QueueScope) -> Condition {
        var parts: [String] = [], values: [StoreValue] = []
        for match in matches {
            switch match {
            case .nobody: parts.append("c.assignee_id IS NULL")
            case .me:
                parts.append("c.assignee_id = (SELECT id FROM agents WHERE name = ?)")
                values.append(.text(scope.agent))
            case let .agent(name):
                parts.append("c.assignee_id = (SELECT id FROM agents WHERE name = ?)")
                values.append(.text(name))
            }
        }
        return (parts.joined(separator: " OR "), values)
    }

    /// The case has a post by someone in one of these roles: a rival anywhere in the thread, not only as the latest
    /// word, and a customer's case stays a customer's case when a bystander replies.
    ///
    /// The roles are written into the statement, not bound. Their shares of the posts differ a thousandfold (most
    /// are a customer's, often none a rival's), and PostgreSQL plans a prepared statement once for every value: a
    /// bound role was planned as a common one, so `role:rival` walked every case of ten million looking for one (36 s),
    /// where the role written out is gathered through its accounts (0.3 ms). They are the enum's names, never typed
    /// text.
    static func role(_ roles: [AuthorRole]) -> Condition {
        let any = roles.map { "a2.role = '\($0.rawValue)'" }.joined(separator: " OR ")
        return ("""
            EXISTS (SELECT 1 FROM posts p2 JOIN accounts a2 ON a2.id = p2.account_id
                    WHERE p2.case_id = c.id AND (\(any)))
            """, [])
    }

    /// The AGE column's figure: time since the customer started waiting, or since the last activity when the case
    /// does not wait on us.
    /// Written on `age_from` alone (an age over 7 days is an `age_from` before a week ago), so that both databases
    /// read the range from the queue's own index: as `now - age_from > ?` it was checked case by case, and a filter
    /// that matched nothing walked every case (275 ms at ten million).
    static func age(_ comparison: CaseFilter.Comparison, _ seconds: Double, now: Int64) -> Condition {
        let bound: String = switch comparison {
        case .lessThan: ">"
        case .atMost: ">="
        case .moreThan: "<"
        case .atLeast: "<="
        }
        return ("c.age_from \(bound) ?", [.integer(now - Int64(seconds * 1000))])
    }

    /// An `is:` flag.
    static func flag(_ flag: CaseFilter.Flag, scope: QueueScope, now: Int64) -> Condition {
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
        case .unsent:
            // Few replies wait at once: driven from the outbox, not by a look from every case.
            return ("c.id IN (SELECT case_id FROM outbox WHERE state IN \(CaseWorkColumns.unsent))", [])
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
