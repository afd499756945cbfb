/// Reads typed values out of a parsed TOML table, recording every problem with its position
/// instead of stopping at the first one.
///
/// The reader remembers each key it was asked about, so `rejectUnknownKeys()` needs no list of
/// known keys. A class because readers of nested tables report back to the one that made them.
public final class TOMLTableReader {
    /// The table being read.
    public let table: TOMLTable
    /// Where every reader of this file records its errors.
    public let collector: SourceErrorCollector
    /// In the order asked, for suggestions; `isAsked` answers "was it asked" for tables of thousands of keys.
    private var askedKeys: [String] = []
    private var isAsked: Set<String> = []
    private var childrenByKey: [String: [TOMLTableReader]] = [:]
    private var hasRejectedUnknownKeys = false

    public init(_ table: TOMLTable, collector: SourceErrorCollector) {
        self.table = table
        self.collector = collector
    }

    /// Parses `text` and hands its root to `read`, then rejects unknown keys in every table read;
    /// throws every error found, in file order, if there is any.
    public static func read<Value>(
        _ text: String,
        file: String,
        _ read: (TOMLTableReader) -> Value
    ) throws(SourceErrors) -> Value {
        let (value, errors) = readKeepingGood(text, file: file, read)
        guard let value, errors.isEmpty else { throw SourceErrors(errors) }
        return value
    }

    /// What `read` made of every good entry, and an error for each bad one; no value when the text is not TOML at
    /// all. For files whose good settings should apply even when one line is wrong.
    public static func readKeepingGood<Value>(
        _ text: String,
        file: String,
        _ read: (TOMLTableReader) -> Value
    ) -> (value: Value?, errors: [SourceError]) {
        let collector = SourceErrorCollector(file: file)
        let table: TOMLTable
        do {
            table = try TOMLParser.parse(text, file: file)
        } catch {
            return (nil, [error])
        }
        let root = TOMLTableReader(table, collector: collector)
        let value = read(root)
        root.rejectUnknownKeys()
        return (value, collector.errors)
    }

    /// Where the table starts: its `[header]`, its `{`, or 1:1 for the whole file.
    public var position: SourcePosition { table.position }

    /// The node under `key`, if any; asking makes `key` a known key.
    public func node(_ key: String) -> TOMLNode? {
        if isAsked.insert(key).inserted { askedKeys.append(key) }
        return table[key]
    }

    /// Whether the table has `key`; asking makes `key` a known key.
    public func contains(_ key: String) -> Bool {
        node(key) != nil
    }

    /// Every entry, for tables whose keys are data (such as a keymap); all become known keys.
    public func entries() -> [TOMLTable.Entry] {
        for key in table.keys { _ = node(key) }
        return table.entries
    }

    /// Readers for the tables under `key`, made once so that every getter asking for them
    /// adds to the same known keys; their unknown keys are rejected along with this table's.
    func children(_ key: String, _ tables: [TOMLTable]) -> [TOMLTableReader] {
        if let readers = childrenByKey[key] { return readers }
        let readers = tables.map { TOMLTableReader($0, collector: collector) }
        childrenByKey[key] = readers
        return readers
    }

    /// Records `message` at the table's position.
    public func error(_ message: String) {
        collector.add(message, at: position)
    }

    /// Records `message` at the position of `key`'s value, or of the table if `key` is absent.
    public func error(at key: String, _ message: String) {
        collector.add(message, at: table[key]?.position ?? position)
    }

    /// Records `unknown key "x"` at each key nobody asked about, here and in every table read
    /// through this reader, with a suggestion when a known key is spelled almost the same.
    public func rejectUnknownKeys() {
        if !hasRejectedUnknownKeys {
            hasRejectedUnknownKeys = true
            for entry in table.entries where !isAsked.contains(entry.key) {
                var message = "unknown key \"\(entry.key)\""
                if let suggestion = NameSuggestion.closest(to: entry.key, among: askedKeys) {
                    message += "; did you mean \"\(suggestion)\"?"
                }
                collector.add(message, at: entry.keyPosition)
            }
        }
        for key in table.keys {
            for child in childrenByKey[key] ?? [] { child.rejectUnknownKeys() }
        }
    }
}
