import RiposteCore

/// Typed reading of one JSON object's members, each error at the byte where the problem is.
struct JSONObjectReader {
    typealias Failure = ByteOffsetError
    let offset: Int
    let members: [(key: String, keyOffset: Int, node: JSONNode)]
    let allowed: [String]

    init(_ node: JSONNode, allowed: [String]) throws {
        guard case let .object(members) = node.value else {
            throw Failure(offset: node.offset, message: "expected an object, found \(node.value.kind)")
        }
        offset = node.offset
        self.members = members
        self.allowed = allowed
    }

    func node(_ key: String) -> JSONNode? {
        members.first { $0.key == key }?.node
    }

    func required(_ key: String) throws -> JSONNode {
        guard let node = node(key) else { throw Failure(offset: offset, message: "missing \"\(key)\"") }
        return node
    }

    func string(_ key: String) throws -> String {
        let node = try required(key)
        guard case let .string(value) = node.value else {
            throw Failure(offset: node.offset, message: "\"\(key)\" must be a string, found \(node.value.kind)")
        }
        return value
    }

    func optionalString(_ key: String) throws -> String? {
        guard let node = node(key), !isNull(node) else { return nil }
        return try string(key)
    }

    /// Post ids come as strings or as (64-bit) numbers; both are kept as the digits written.
    func identifier(_ key: String) throws -> String {
        let node = try required(key)
        switch node.value {
        case let .string(value) where !value.isEmpty: return value
        case let .number(digits) where digits.allSatisfy(\.isNumber): return digits
        default: throw Failure(offset: node.offset, message: "\"\(key)\" must be a non-empty string id")
        }
    }

    func optionalIdentifier(_ key: String) throws -> String? {
        guard let node = node(key), !isNull(node) else { return nil }
        return try identifier(key)
    }

    func optionalCount(_ key: String) throws -> Int? {
        guard let node = node(key), !isNull(node) else { return nil }
        guard case let .number(digits) = node.value, let value = Int(digits), value >= 0 else {
            throw Failure(offset: node.offset, message: "\"\(key)\" must be a whole number, 0 or more")
        }
        return value
    }

    func oneOf<E: RawRepresentable & CaseIterable>(_ key: String) throws -> E where E.RawValue == String {
        let node = try required(key)
        guard case let .string(raw) = node.value, let value = E(rawValue: raw) else {
            let names = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            throw Failure(offset: node.offset, message: "\"\(key)\" must be one of \(names)")
        }
        return value
    }

    func optionalOneOf<E: RawRepresentable & CaseIterable>(_ key: String) throws -> E? where E.RawValue == String {
        guard let node = node(key), !isNull(node) else { return nil }
        return try oneOf(key) as E
    }

    func rejectUnknownKeys() throws {
        if let unknown = members.first(where: { !allowed.contains($0.key) }) {
            let known = allowed.map { "\"\($0)\"" }.joined(separator: ", ")
            throw Failure(offset: unknown.keyOffset, message: "unknown key \"\(unknown.key)\" (known: \(known))")
        }
    }

    private func isNull(_ node: JSONNode) -> Bool {
        if case .null = node.value { return true }
        return false
    }
}
