import Foundation

/// A value bound to a `?` placeholder, as either database takes it. The store keeps integers, text and reals only, so
/// that a store copies between the two unchanged; a list is bound as one value (`SQLDialect.isAny`).
enum StoreArgument: Sendable {
    case integer(Int64)
    case real(Double)
    case text(String)
    case null
    case integers([Int64])
    case texts([String])
    case flags([Bool])
}

/// What can be bound to a placeholder on either database.
protocol StoreBindable {
    var storeArgument: StoreArgument { get }
}

extension Int64: StoreBindable {
    var storeArgument: StoreArgument { .integer(self) }
}

extension Int: StoreBindable {
    var storeArgument: StoreArgument { .integer(Int64(self)) }
}

extension String: StoreBindable {
    var storeArgument: StoreArgument { .text(self) }
}

extension Double: StoreBindable {
    var storeArgument: StoreArgument { .real(self) }
}

extension StoreValue: StoreBindable {
    var storeArgument: StoreArgument {
        switch self {
        case let .integer(number): .integer(number)
        case let .text(text): .text(text)
        case .null: .null
        }
    }
}

extension Optional: StoreBindable where Wrapped: StoreBindable {
    var storeArgument: StoreArgument { self?.storeArgument ?? .null }
}

/// What a list bound as one value may hold.
protocol StoreListElement {
    static func list(_ values: [Self]) -> StoreArgument
}

extension Int64: StoreListElement {
    static func list(_ values: [Int64]) -> StoreArgument { .integers(values) }
}

extension String: StoreListElement {
    static func list(_ values: [String]) -> StoreArgument { .texts(values) }
}

extension Array: StoreBindable where Element: StoreListElement {
    var storeArgument: StoreArgument { Element.list(self) }
}

extension Bool: StoreListElement {
    static func list(_ values: [Bool]) -> StoreArgument { .flags(values) }
}
