import Foundation
import GRDB
import RiposteCore

/// GRDB's rows, read as the rules written once read rows (`StoreRow`). A value of another kind than asked is a
/// damaged store: an error, where GRDB's own subscript would stop the process.
extension Row: StoreRow {
    func optionalInt(_ column: String) throws -> Int64? { try decoded(self[column], column) }
    func optionalInt(_ index: Int) throws -> Int64? { try decoded(self[index], "\(index)") }
    func optionalText(_ column: String) throws -> String? { try decoded(self[column], column) }
    func optionalText(_ index: Int) throws -> String? { try decoded(self[index], "\(index)") }
    func optionalDouble(_ column: String) throws -> Double? { try decoded(self[column], column) }

    private func decoded<T: DatabaseValueConvertible>(_ value: DatabaseValue, _ column: String) throws -> T? {
        if value.isNull { return nil }
        guard let decoded = T.fromDatabaseValue(value) else {
            throw StoreError.database("column \(column) holds \(value), not \(T.self)")
        }
        return decoded
    }
}

/// `Database` in a write transaction, for the rules written once.
extension Database: StoreTransaction {
    var dialect: SQLDialect { .sqlite }

    func rows(_ sql: String, _ arguments: [any StoreBindable]) throws -> [Row] {
        try Row.fetchAll(self, sql: sql, arguments: Self.arguments(arguments))
    }

    @discardableResult
    func execute(_ sql: String, _ arguments: [any StoreBindable]) throws -> Int {
        try execute(sql: sql, arguments: Self.arguments(arguments))
        return changesCount
    }

    func appendAudit(contentsOf entries: [AuditEntry]) throws {
        for entry in entries { try appendAudit(entry) }
    }

    static func arguments(_ arguments: [any StoreBindable]) -> StatementArguments {
        StatementArguments(arguments.map { databaseValue($0.storeArgument) })
    }

    /// A list is bound as JSON text, read back by `json_each` (`SQLDialect.isAny`).
    static func databaseValue(_ argument: StoreArgument) -> DatabaseValue {
        switch argument {
        case let .integer(number): number.databaseValue
        case let .real(number): number.databaseValue
        case let .text(text): text.databaseValue
        case .null: .null
        case let .integers(numbers): "[\(numbers.map(String.init).joined(separator: ","))]".databaseValue
        case let .flags(flags): "[\(flags.map { $0 ? "1" : "0" }.joined(separator: ","))]".databaseValue
        case let .texts(texts):
            String(decoding: (try? JSONEncoder().encode(texts)) ?? Data("[]".utf8), as: UTF8.self).databaseValue
        }
    }
}
