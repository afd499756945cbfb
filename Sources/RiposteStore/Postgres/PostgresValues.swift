import Foundation
import PostgresNIO
import RiposteCore

/// A value bound to a `?` placeholder. The store keeps integers, text and reals only, as the SQLite store does,
/// so that a store copies between the two unchanged.
protocol PostgresBindable {
    func bind(into binds: inout PostgresBindings) throws
}

extension Int64: PostgresBindable {
    func bind(into binds: inout PostgresBindings) { binds.append(self) }
}

extension Int: PostgresBindable {
    func bind(into binds: inout PostgresBindings) { binds.append(Int64(self)) }
}

extension String: PostgresBindable {
    func bind(into binds: inout PostgresBindings) { binds.append(self) }
}

extension Double: PostgresBindable {
    func bind(into binds: inout PostgresBindings) { binds.append(self) }
}

extension Optional: PostgresBindable where Wrapped: PostgresBindable {
    func bind(into binds: inout PostgresBindings) throws {
        switch self {
        case let value?: try value.bind(into: &binds)
        case nil: binds.appendNull()
        }
    }
}

/// An array bound as one PostgreSQL array (`= ANY(?)`, `unnest(?)`).
extension Array: PostgresBindable where Element: PostgresArrayEncodable {
    func bind(into binds: inout PostgresBindings) throws { try binds.append(self) }
}

/// A row read by the PostgreSQL store; columns by name or position. A NULL where a value must be, or a value of a
/// kind the model does not know, is a damaged store, not a default.
struct PostgresStoreRow {
    let row: PostgresRandomAccessRow

    init(_ row: PostgresRandomAccessRow) {
        self.row = row
    }

    func int(_ column: String) throws -> Int64 { try required(optionalInt(column), column) }
    func int(_ index: Int) throws -> Int64 { try required(optionalInt(index), "\(index)") }
    func text(_ column: String) throws -> String { try required(optionalText(column), column) }
    func text(_ index: Int) throws -> String { try required(optionalText(index), "\(index)") }
    func double(_ column: String) throws -> Double { try required(optionalDouble(column), column) }

    func optionalInt(_ column: String) throws -> Int64? { try integer(row[column], column) }
    func optionalInt(_ index: Int) throws -> Int64? { try integer(row[index], "\(index)") }
    func optionalText(_ column: String) throws -> String? { try decoded(row[column], String.self, column) }
    func optionalText(_ index: Int) throws -> String? { try decoded(row[index], String.self, "\(index)") }

    func optionalDouble(_ column: String) throws -> Double? {
        let cell = row[column]
        switch cell.dataType {
        case .int2, .int4, .int8: return try integer(cell, column).map(Double.init)
        case .numeric: return try decoded(cell, Decimal.self, column).map { NSDecimalNumber(decimal: $0).doubleValue }
        default: return try decoded(cell, Double.self, column)
        }
    }

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

    /// SUM() and some arithmetic come back as numeric; the store only ever holds whole numbers there.
    private func integer(_ cell: PostgresCell, _ column: String) throws -> Int64? {
        if cell.dataType == .numeric {
            return try decoded(cell, Decimal.self, column).map { NSDecimalNumber(decimal: $0).int64Value }
        }
        return try decoded(cell, Int64.self, column)
    }

    private func decoded<T: PostgresDecodable>(_ cell: PostgresCell, _ type: T.Type, _ column: String) throws -> T? {
        guard cell.bytes != nil else { return nil }
        do {
            return try cell.decode(T.self)
        } catch {
            throw StoreError.database("column \(column) holds \(cell.dataType), not \(T.self)")
        }
    }

    private func required<T>(_ value: T?, _ column: String) throws -> T {
        guard let value else { throw StoreError.database("column \(column) is NULL") }
        return value
    }
}
