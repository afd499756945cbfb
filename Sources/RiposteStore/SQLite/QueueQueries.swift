import Foundation
import GRDB
import RiposteCore

/// The mention queue, read a page at a time from a key (keyset paging): the cost of a page does not grow with the inbox.
extension SQLiteInboxStore {
    static let queueSelect = """
        SELECT c.id, c.network, c.status, c.last_activity_at, c.waiting_since, c.post_count, c.approval, p.text,
               \(AccountColumns.select("a"))
        FROM cases c
        JOIN posts p ON p.id = c.latest_inbound_post_id
        JOIN accounts a ON a.id = p.account_id
        """

    public func queueRows(after key: QueueKey?, limit: Int) throws -> [QueueRow] {
        try guarded {
            try pool.read { db in
                if let key {
                    return try Self.rows(db, sql: """
                        \(Self.queueSelect)
                        WHERE (c.last_activity_at, c.id) > (?, ?)
                        ORDER BY c.last_activity_at ASC, c.id ASC LIMIT ?
                        """, arguments: [StoreTime.milliseconds(key.lastActivity), key.caseID.rawValue, limit])
                }
                return try Self.rows(db, sql: """
                    \(Self.queueSelect) ORDER BY c.last_activity_at ASC, c.id ASC LIMIT ?
                    """, arguments: [limit])
            }
        }
    }

    public func queueRows(before key: QueueKey?, limit: Int) throws -> [QueueRow] {
        try guarded {
            try pool.read { db in
                if let key {
                    return try Self.rows(db, sql: """
                        \(Self.queueSelect)
                        WHERE (c.last_activity_at, c.id) < (?, ?)
                        ORDER BY c.last_activity_at DESC, c.id DESC LIMIT ?
                        """, arguments: [StoreTime.milliseconds(key.lastActivity), key.caseID.rawValue, limit])
                        .reversed()
                }
                return try Self.rows(db, sql: """
                    \(Self.queueSelect) ORDER BY c.last_activity_at DESC, c.id DESC LIMIT ?
                    """, arguments: [limit]).reversed()
            }
        }
    }

    public func queueRow(_ caseID: CaseID) throws -> QueueRow? {
        try guarded {
            try pool.read { db in
                try Self.rows(db, sql: "\(Self.queueSelect) WHERE c.id = ?", arguments: [caseID.rawValue]).first
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
                approval: (row["approval"] as String?).flatMap(Approval.State.init(rawValue:)))
        }
    }
}
