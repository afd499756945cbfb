import Foundation
import PostgresNIO
import RiposteCore

/// A value bound to a placeholder, as PostgreSQL takes it: one form for a one-off statement and a prepared one
/// (`PostgresPreparedStatements`) alike.
extension StoreArgument {
    func postgresData() throws -> PostgresData {
        switch self {
        case let .integer(number): try Self.encoded(number)
        case let .real(number): try Self.encoded(number)
        case let .text(text): try Self.encoded(text)
        case .null: PostgresData(type: .null)
        case let .integers(numbers): try Self.encoded(numbers)
        case let .texts(texts): try Self.encoded(texts)
        case let .flags(flags): try Self.encoded(flags)
        }
    }

    private static func encoded<T: PostgresEncodable>(_ value: T) throws -> PostgresData {
        var bytes = ByteBuffer()
        try value.encode(into: &bytes, context: .default)
        return PostgresData(type: T.psqlType, formatCode: T.psqlFormat, value: bytes)
    }
}

/// A row read by the PostgreSQL store; columns by name or position. A NULL where a value must be, or a value of a
/// kind the model does not know, is a damaged store, not a default.
struct PostgresStoreRow: StoreRow {
    let row: PostgresRandomAccessRow

    init(_ row: PostgresRandomAccessRow) {
        self.row = row
    }

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
}
