import Foundation
import RiposteCore

/// The mention queue, read a page at a time from a key (keyset paging on `cases_by_age`): the cost of a page
/// does not grow with the inbox. One statement a page; words to search for may take more (`PostgresWordSearch`).
extension PostgresInboxStore {
    /// The queue's columns for the cases `c` from `cases`, with their latest inbound post `p` and its author `a`.
    static func queueSelect(from cases: String, adding columns: String = "") -> String {
        """
        \(QueueOrder.select(.postgres))\(columns)
        FROM \(cases)
        \(QueueOrder.joins)
        """
    }

    public func queueRows(after key: QueueKey?, limit: Int, in scope: QueueScope) throws -> [QueueRow] {
        try page(PostgresQueuePage(filter: PostgresFilterSQL(scope), key: key, forward: true, limit: limit))
    }

    public func queueRows(before key: QueueKey?, limit: Int, in scope: QueueScope) throws -> [QueueRow] {
        try page(PostgresQueuePage(filter: PostgresFilterSQL(scope), key: key, forward: false, limit: limit)).reversed()
    }

    /// Both pages go to the server together.
    public func queueRows(around key: QueueKey, above: Int, below: Int, in scope: QueueScope) throws
        -> (above: [QueueRow], below: [QueueRow]) {
        let filter = PostgresFilterSQL(scope)
        let before = PostgresQueuePage(filter: filter, key: key, forward: false, limit: above)
        let after = PostgresQueuePage(filter: filter, key: key, forward: true, limit: below)
        guard filter.words.isEmpty else { return (try page(before).reversed(), try page(after)) }
        let pages = try link.read { db in
            try db.preparedRows(together: [Self.pageStatement(before), Self.pageStatement(after)])
        }
        return (try pages[0].map { try $0.queueRow() }.reversed(), try pages[1].map { try $0.queueRow() })
    }

    /// Rows from the page's key (exclusive) in its direction, the nearest first.
    func page(_ page: PostgresQueuePage) throws -> [QueueRow] {
        try link.read { db in
            if !page.filter.words.isEmpty { return try Self.wordPage(page, db) }
            let statement = Self.pageStatement(page)
            return try db.preparedRows(statement.sql, statement.arguments).map { try $0.queueRow() }
        }
    }

    /// A page without words to search for. The page's cases come from the cases table alone (and the author, when
    /// the filter asks about them); only those few get their post, author and work. Prepared: the pages before and
    /// after the case at hand are read on every reload of the window.
    static func pageStatement(_ page: PostgresQueuePage) -> PostgresStatement {
        PostgresStatement("""
            \(queueSelect(from: """
                (SELECT c.* FROM \(page.cases) WHERE \(page.conditions) ORDER BY \(page.order) LIMIT \(page.limit)) c
                """))
            ORDER BY \(page.order)
            """, page.conditionArguments)
    }

    public func queueRow(_ caseID: CaseID, in scope: QueueScope) throws -> QueueRow? {
        let filter = PostgresFilterSQL(scope)
        return try link.read { db in
            try db.preparedRow("\(Self.queueSelect(from: "cases c")) WHERE c.id = ? AND \(filter.wholeClause)",
                       [caseID.rawValue] + filter.arguments + filter.wordArguments).map { try $0.queueRow() }
        }
    }

    public func caseCount(in scope: QueueScope, upTo limit: Int) throws -> Int {
        let filter = PostgresFilterSQL(scope)
        return try link.read { db in
            Int(try db.int("SELECT COUNT(*) FROM (SELECT 1 FROM cases c WHERE \(filter.wholeClause) LIMIT \(limit)) counted",
                           filter.arguments + filter.wordArguments) ?? 0)
        }
    }
}

/// A page of the queue to read: which cases, from which key (exclusive), which way, how many.
struct PostgresQueuePage {
    var filter: PostgresFilterSQL
    var key: QueueKey?
    var forward: Bool
    var limit: Int

    /// The queue's order read this way; `cases_by_age` yields it in either direction.
    var order: String {
        forward ? "c.age_from ASC, c.id ASC" : "c.age_from DESC, c.id DESC"
    }

    /// The cases table as `c`.
    var cases: String { "cases c" }

    /// Past the key and through the filter, the words aside; placeholders: `conditionArguments`.
    var conditions: String {
        guard key != nil else { return filter.whereClause }
        return "(c.age_from, c.id) \(forward ? ">" : "<") (?, ?) AND \(filter.whereClause)"
    }

    var conditionArguments: [any StoreBindable] {
        guard let key else { return filter.arguments }
        return [StoreTime.milliseconds(key.ageFrom), key.caseID.rawValue] + filter.arguments
    }
}
