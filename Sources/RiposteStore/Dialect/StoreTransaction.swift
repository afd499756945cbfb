import Foundation
import RiposteCore

/// What a rule written once needs of either database inside a transaction: SQL both run as written, with `?`
/// placeholders, rows read by column name, and the few spellings that differ (`dialect`). The SQLite store's
/// `Database` and the PostgreSQL store's `PostgresSQL` are both one.
protocol StoreTransaction {
    associatedtype Row: StoreRow
    var dialect: SQLDialect { get }
    func rows(_ sql: String, _ arguments: [any StoreBindable]) throws -> [Row]
    /// Runs a statement; returns how many rows it changed.
    @discardableResult
    func execute(_ sql: String, _ arguments: [any StoreBindable]) throws -> Int
    /// Adds a row to the audit log (SQLite chains it here, `AuditWriter`; PostgreSQL's trigger chains it there).
    func appendAudit(_ entry: AuditEntry) throws
    /// Adds rows to the audit log in their order (on PostgreSQL in one statement).
    func appendAudit(contentsOf entries: [AuditEntry]) throws
}

extension StoreTransaction {
    func row(_ sql: String, _ arguments: [any StoreBindable] = []) throws -> Row? {
        try rows(sql, arguments).first
    }

    /// The first column of the first row, if there is one and it is not NULL.
    func int(_ sql: String, _ arguments: [any StoreBindable] = []) throws -> Int64? {
        try row(sql, arguments).flatMap { try $0.optionalInt(0) }
    }

    func text(_ sql: String, _ arguments: [any StoreBindable] = []) throws -> String? {
        try row(sql, arguments).flatMap { try $0.optionalText(0) }
    }
}
