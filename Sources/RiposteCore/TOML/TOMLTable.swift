/// A TOML table: its entries in the order they were written, each with the position of its key.
public struct TOMLTable: Equatable, Sendable {
    /// One `key = value` of a table, or a sub-table under its name.
    public struct Entry: Equatable, Sendable {
        public var key: String
        public var keyPosition: SourcePosition
        public var node: TOMLNode
    }

    /// Where the table starts: its `[header]`, the `{` of an inline table, or 1:1 for the document.
    public var position: SourcePosition
    public private(set) var entries: [Entry] = []
    private var indexByKey: [String: Int] = [:]

    init(position: SourcePosition) {
        self.position = position
    }

    /// The node under `key`, if the table has one.
    public subscript(key: String) -> TOMLNode? {
        entry(key)?.node
    }

    /// The entry under `key`, with its key's position.
    public func entry(_ key: String) -> Entry? {
        indexByKey[key].map { entries[$0] }
    }

    /// The keys in the order they were written.
    public var keys: [String] { entries.map(\.key) }

    public var isEmpty: Bool { entries.isEmpty }

    /// Adds an entry; the parser has already rejected duplicate keys.
    mutating func append(_ key: String, at keyPosition: SourcePosition, _ node: TOMLNode) {
        precondition(indexByKey[key] == nil, "duplicate TOML key \(key)")
        indexByKey[key] = entries.count
        entries.append(Entry(key: key, keyPosition: keyPosition, node: node))
    }
}
