import RiposteCore

/// Parses `text` as the file `t.toml`.
func parseTOML(_ text: String) throws -> TOMLTable {
    try TOMLParser.parse(text, file: "t.toml")
}

/// The full `file:line:column: message` the parser reports for `text`, or nil if it parses.
func tomlParseError(_ text: String) -> String? {
    do {
        _ = try TOMLParser.parse(text, file: "t.toml")
        return nil
    } catch {
        return error.description
    }
}

/// Every error a reader body records for `text`, one `file:line:column: message` per line.
func tomlReadErrors(_ text: String, _ body: (TOMLTableReader) -> Void) -> String {
    do {
        try TOMLTableReader.read(text, file: "t.toml", body)
        return ""
    } catch {
        return error.description
    }
}

extension TOMLValue {
    /// A compact TOML-like rendering, so tests can compare nested values as text.
    var rendered: String {
        switch self {
        case .string(let string): string.debugDescription
        case .integer(let integer): String(integer)
        case .float(let float): String(float)
        case .bool(let bool): String(bool)
        case .array(let items): "[" + items.map(\.value.rendered).joined(separator: ", ") + "]"
        case .table(let table): table.rendered
        }
    }
}

extension TOMLTable {
    var rendered: String {
        "{" + entries.map { "\($0.key) = \($0.node.value.rendered)" }.joined(separator: ", ") + "}"
    }

    /// The node at a dotted path such as `a.b.c`; indexes like `posts.1` pick an array item.
    func node(at path: String) -> TOMLNode? {
        var node: TOMLNode? = TOMLNode(.table(self), at: position)
        for part in path.split(separator: ".") {
            switch node?.value {
            case .table(let table): node = table[String(part)]
            case .array(let items): node = Int(part).flatMap { items.indices.contains($0) ? items[$0] : nil }
            default: return nil
            }
        }
        return node
    }
}
