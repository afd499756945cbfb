import Foundation
import GRDB
import RiposteCore

/// The mention queue, read a page at a time from a key (keyset paging): the cost of a page does not grow with the inbox.
extension SQLiteInboxStore {
    static let queueSelect = """
        SELECT c.id, c.network, c.status, c.last_activity_at, c.waiting_since, c.post_count, c.approval, p.text,
               \(AccountColumns.select("a")), \(CaseWorkColumns.select)
        FROM cases c
        JOIN posts p ON p.id = c.latest_inbound_post_id
        JOIN accounts a ON a.id = p.account_id
        \(CaseWorkColumns.joins)
        """

    public func queueRows(after key: QueueKey?, limit: Int, in scope: QueueScope) throws -> [QueueRow] {
        try page(from: key, forward: true, limit: limit, scope: scope)
    }

    public func queueRows(before key: QueueKey?, limit: Int, in scope: QueueScope) throws -> [QueueRow] {
        try page(from: key, forward: false, limit: limit, scope: scope).reversed()
    }

    /// Rows from `key` (exclusive) in either direction, the nearest first.
    func page(from key: QueueKey?, forward: Bool, limit: Int, scope: QueueScope) throws -> [QueueRow] {
        let filter = FilterSQL(scope)
        var conditions = [filter.whereClause]
        var arguments = StatementArguments()
        if let key {
            conditions.insert("(c.last_activity_at, c.id) \(forward ? ">" : "<") (?, ?)", at: 0)
            arguments += [StoreTime.milliseconds(key.lastActivity), key.caseID.rawValue]
        }
        arguments += filter.statementArguments
        arguments += [limit]
        let order = forward ? "ASC" : "DESC"
        return try guarded {
            try pool.read { db in
                try Self.rows(db, sql: """
                    \(Self.queueSelect)
                    WHERE \(conditions.joined(separator: " AND "))
                    ORDER BY c.last_activity_at \(order), c.id \(order) LIMIT ?
                    """, arguments: arguments)
            }
        }
    }

    public func queueRow(_ caseID: CaseID, in scope: QueueScope) throws -> QueueRow? {
        let filter = FilterSQL(scope)
        return try guarded {
            try pool.read { db in
                try Self.rows(db, sql: "\(Self.queueSelect) WHERE c.id = ? AND \(filter.whereClause)",
                              arguments: [caseID.rawValue] + filter.statementArguments).first
            }
        }
    }


    static func rows(_ db: Database, sql: String, arguments: StatementArguments) throws -> [QueueRow] {
        try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map { row in
            let caseID = CaseID(row["id"])
            return QueueRow(
                caseID: caseID,
                key: QueueKey(lastActivity: row.date("last_activity_at"), caseID: caseID),
                network: try row.enumValue("network"),
                status: try row.enumValue("status"),
                author: try row.account(),
                snippet: row["text"],
                waitingSince: row.optionalDate("waiting_since"),
                postCount: row["post_count"],
                approval: (row["approval"] as String?).flatMap(Approval.State.init(rawValue:)),
                work: row.caseWork())
        }
    }
}
