import Foundation
import GRDB
import RiposteCore

/// The mention queue, read a page at a time from a key (keyset paging): the cost of a page does not grow with the inbox.
extension SQLiteInboxStore {
    static let queueSelect = """
        \(QueueOrder.select(.sqlite))
        FROM cases c
        \(QueueOrder.joins)
        """

    public func queueRows(after key: QueueKey?, limit: Int, in scope: QueueScope) throws -> [QueueRow] {
        try page(from: key, forward: true, limit: limit, scope: scope)
    }

    public func queueRows(before key: QueueKey?, limit: Int, in scope: QueueScope) throws -> [QueueRow] {
        try page(from: key, forward: false, limit: limit, scope: scope).reversed()
    }

    /// Rows from `key` (exclusive) in either direction, the nearest first. The page's cases are chosen from the cases
    /// table alone (and the author, when the filter asks about them); only those few get their columns.
    func page(from key: QueueKey?, forward: Bool, limit: Int, scope: QueueScope) throws -> [QueueRow] {
        try guarded {
            try pool.read { db in
                let filter = try FilterSQL(scope, commonText: try Self.isCommon(FilterSQL.textQuery(scope.filter), db),
                                           isRare: { try Self.isRare($0, db) })
                return try Self.rows(db, sql: Self.pageSQL(filter, from: key, forward: forward),
                                     arguments: Self.pageArguments(filter, from: key, limit: limit))
            }
        }
    }

    /// Whether words match more posts than sorting their cases would be quick for.
    static func isCommon(_ textQuery: String?, _ db: Database) throws -> Bool {
        guard let textQuery else { return false }
        let matches = try Int.fetchOne(db.cachedStatement(sql: """
            SELECT COUNT(*) FROM (SELECT 1 FROM post_text WHERE post_text MATCH ? LIMIT 2000)
            """), arguments: [textQuery]) ?? 0
        return matches >= 2000
    }

    /// Whether people in these roles wrote fewer posts than walking the queue for their cases would be quick for.
    static func isRare(_ roles: [AuthorRole], _ db: Database) throws -> Bool {
        let posts = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM (SELECT 1 FROM accounts a JOIN posts p ON p.account_id = a.id
                                  WHERE a.role IN (\(FilterSQL.placeholders(roles.count))) LIMIT 2000)
            """, arguments: StatementArguments(roles.map(\.rawValue))) ?? 0
        return posts < 2000
    }

    static func pageSQL(_ filter: FilterSQL, from key: QueueKey?, forward: Bool) -> String {
        let order = forward ? "ASC" : "DESC"
        var conditions = [filter.whereClause]
        if key != nil { conditions.insert("(c.age_from, c.id) \(forward ? ">" : "<") (?, ?)", at: 0) }
        return """
            \(queueSelect)
            WHERE c.id IN (SELECT c.id FROM cases c WHERE \(conditions.joined(separator: " AND "))
                           ORDER BY c.age_from \(order), c.id \(order) LIMIT ?)
            ORDER BY c.age_from \(order), c.id \(order)
            """
    }

    static func pageArguments(_ filter: FilterSQL, from key: QueueKey?, limit: Int) -> StatementArguments {
        var arguments = StatementArguments()
        if let key { arguments += [StoreTime.milliseconds(key.ageFrom), key.caseID.rawValue] }
        return arguments + filter.statementArguments + [limit]
    }

    public func queueRow(_ caseID: CaseID, in scope: QueueScope) throws -> QueueRow? {
        let filter = try FilterSQL(scope)
        return try guarded {
            try pool.read { db in
                try Self.rows(db, sql: "\(Self.queueSelect) WHERE c.id = ? AND \(filter.whereClause)",
                              arguments: [caseID.rawValue] + filter.statementArguments).first
            }
        }
    }

    public func caseCount(in scope: QueueScope, upTo limit: Int) throws -> Int {
        try guarded {
            try pool.read { db in
                let filter = try FilterSQL(scope, commonText: try Self.isCommon(FilterSQL.textQuery(scope.filter), db),
                                           isRare: { try Self.isRare($0, db) })
                return try Int.fetchOne(db.cachedStatement(sql: """
                    SELECT COUNT(*) FROM (SELECT 1 FROM cases c WHERE \(filter.whereClause) LIMIT ?)
                    """), arguments: filter.statementArguments + [limit]) ?? 0
            }
        }
    }

    static func rows(_ db: Database, sql: String, arguments: StatementArguments) throws -> [QueueRow] {
        try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map { try $0.queueRow() }
    }
}
