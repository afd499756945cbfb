/// A JSON value with where it starts in its line, for errors a person can find.
public struct JSONNode: Sendable {
    public var value: JSONValue
    /// Byte offset of the value's first byte in its line.
    public var offset: Int
}

public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    /// The number as written, so that 64-bit post ids lose no digits.
    case number(String)
    case string(String)
    case array([JSONNode])
    /// Members in the order written, each with the byte offset of its key.
    case object([(key: String, keyOffset: Int, node: JSONNode)])

    /// What the value is, for "expected a string, found …" messages.
    public var kind: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
