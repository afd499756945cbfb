/// A TOML value with the position of its first character, so a reader can point at it.
public struct TOMLNode: Equatable, Sendable {
    public var value: TOMLValue
    public var position: SourcePosition

    public init(_ value: TOMLValue, at position: SourcePosition) {
        self.value = value
        self.position = position
    }
}

/// A value in a TOML document. Dates are not a case: the parser rejects them and asks for a string.
public enum TOMLValue: Equatable, Sendable {
    case string(String)
    case integer(Int64)
    case float(Double)
    case bool(Bool)
    case array([TOMLNode])
    case table(TOMLTable)

    /// The kind of value with its article, for messages: "a string", "an integer".
    public var kindDescription: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .float: "a float"
        case .bool: "a boolean"
        case .array: "an array"
        case .table: "a table"
        }
    }
}
