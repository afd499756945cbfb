import Foundation
import RiposteCore

/// A row either database returns, read by column name or position. A NULL where a value must be, or a value of a kind
/// the model does not know, is a damaged store, not a default. The model's values are decoded from it once, here and
/// beside the SQL that selects them, for both databases.
protocol StoreRow {
    func optionalInt(_ column: String) throws -> Int64?
    func optionalInt(_ index: Int) throws -> Int64?
    func optionalText(_ column: String) throws -> String?
    func optionalText(_ index: Int) throws -> String?
    func optionalDouble(_ column: String) throws -> Double?
}

extension StoreRow {
    func int(_ column: String) throws -> Int64 { try required(optionalInt(column), column) }
    func int(_ index: Int) throws -> Int64 { try required(optionalInt(index), "\(index)") }
    func text(_ column: String) throws -> String { try required(optionalText(column), column) }
    func text(_ index: Int) throws -> String { try required(optionalText(index), "\(index)") }
    func double(_ column: String) throws -> Double { try required(optionalDouble(column), column) }

    /// A 0/1 column (SQLite has no booleans; the store keeps integers on both).
    func flag(_ column: String) throws -> Bool { try int(column) != 0 }

    func date(_ column: String) throws -> Date { StoreTime.date(try int(column)) }
    func optionalDate(_ column: String) throws -> Date? { try optionalInt(column).map(StoreTime.date) }

    func enumValue<E: RawRepresentable>(_ column: String) throws -> E where E.RawValue == String {
        let raw = try text(column)
        guard let value = E(rawValue: raw) else {
            throw StoreError.database("unknown \(E.self) \"\(raw)\" in column \(column)")
        }
        return value
    }

    /// The author columns selected by `AccountColumns.select`.
    func account() throws -> Account {
        Account(network: try enumValue("a_network"), handle: try text("a_handle"), name: try text("a_name"),
                followers: Int(try int("a_followers")), role: try enumValue("a_role"))
    }

    private func required<T>(_ value: T?, _ column: String) throws -> T {
        guard let value else { throw StoreError.database("column \(column) is NULL") }
        return value
    }
}

enum AccountColumns {
    /// The author's columns, aliased so that they don't clash with the post's or the case's.
    static func select(_ table: String) -> String {
        "\(table).network AS a_network, \(table).handle AS a_handle, \(table).name AS a_name, "
            + "\(table).followers AS a_followers, \(table).role AS a_role"
    }
}
