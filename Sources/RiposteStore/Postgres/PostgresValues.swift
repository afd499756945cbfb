import Foundation
import PostgresNIO
import RiposteCore

/// A value bound to a `?` placeholder. The store keeps integers, text and reals only, as the SQLite store does,
/// so that a store copies between the two unchanged. Bound as `PostgresData`, the one form both a one-off statement
/// and a prepared one (`PostgresPreparedStatements`) take.
protocol PostgresBindable {
    func postgresData() throws -> PostgresData
}

extension PostgresBindable where Self: PostgresEncodable {
    func postgresData() throws -> PostgresData {
        var bytes = ByteBuffer()
        try encode(into: &bytes, context: .default)
        return PostgresData(type: Self.psqlType, formatCode: Self.psqlFormat, value: bytes)
    }
}

extension Int64: PostgresBindable {}
extension String: PostgresBindable {}
extension Double: PostgresBindable {}

extension Int: PostgresBindable {
    func postgresData() throws -> PostgresData { try Int64(self).postgresData() }
}

extension Optional: PostgresBindable where Wrapped: PostgresBindable {
    func postgresData() throws -> PostgresData {
        switch self {
        case let value?: try value.postgresData()
        case nil: PostgresData(type: .null)
        }
    }
}

/// An array bound as one PostgreSQL array (`= ANY(?)`, `unnest(?)`).
extension Array: PostgresBindable where Element: PostgresArrayEncodable {}

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

    func optionalInt(_ column: String) throws -> Int64? { try integer(cell(column), column) }
    func optionalInt(_ index: Int) throws -> Int64? { try integer(cell(index), "\(index)") }
    func optionalText(_ column: String) throws -> String? { try decoded(cell(column), String.self, column) }
    func optionalText(_ index: Int) throws -> String? { try decoded(cell(index), String.self, "\(index)") }

    func optionalDouble(_ column: String) throws -> Double? {
        let cell = cell(column)
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

    // PostgresNIO asks for every result in binary, but labels a prepared statement's columns with the format the
    // server described before the Bind (text): the bytes are binary whatever the label says.
    private func cell(_ column: String) -> PostgresCell { binary(row[column]) }
    private func cell(_ index: Int) -> PostgresCell { binary(row[index]) }

    private func binary(_ cell: PostgresCell) -> PostgresCell {
        var cell = cell
        cell.format = .binary
        return cell
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
