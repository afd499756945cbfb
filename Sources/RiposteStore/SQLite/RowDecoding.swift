import Foundation
import GRDB
import RiposteCore

/// Reading model values out of rows; a value the model does not know is a damaged store, not a default.
extension Row {
    func enumValue<E: RawRepresentable>(_ column: String) throws -> E where E.RawValue == String {
        let raw: String = self[column]
        guard let value = E(rawValue: raw) else {
            throw StoreError.database("unknown \(E.self) \"\(raw)\" in column \(column)")
        }
        return value
    }

    func date(_ column: String) -> Date {
        StoreTime.date(self[column])
    }

    func optionalDate(_ column: String) -> Date? {
        (self[column] as Int64?).map(StoreTime.date)
    }

    /// The author columns selected by `AccountColumns.select`.
    func account() throws -> Account {
        Account(network: try enumValue("a_network"), handle: self["a_handle"], name: self["a_name"],
                followers: self["a_followers"], role: try enumValue("a_role"))
    }
}

enum AccountColumns {
    /// The author's columns, aliased so that they don't clash with the post's or the case's.
    static func select(_ table: String) -> String {
        "\(table).network AS a_network, \(table).handle AS a_handle, \(table).name AS a_name, "
            + "\(table).followers AS a_followers, \(table).role AS a_role"
    }
}
