/// Parses TOML 1.0 documents, keeping the position of every key and value.
///
/// Dates and times are rejected with a message asking for a string: no file Riposte reads needs them.
public enum TOMLParser {
    /// Parses `text`, read from `file`, into its root table; throws the first syntax error.
    public static func parse(_ text: String, file: String) throws(SourceError) -> TOMLTable {
        try parse(TOMLCursor(text, file: file))
    }

    /// Parses some lines of `file` as if they were the whole document, each at its own line number: for readers
    /// that read a file a line at a time (keymaps, themes), so that positions are the file's without parsing the
    /// lines between again, which cost the square of the file's length. The reader takes the file's byte-order
    /// mark off its first line (`TOMLParser.withoutByteOrderMark`); any left is an error.
    public static func parse(lines: [(number: Int, text: Substring)], file: String) throws(SourceError) -> TOMLTable {
        try parse(TOMLCursor(lines.map(\.text).joined(separator: "\n"), file: file, lineNumbers: lines.map(\.number)))
    }

    /// `text` without the one byte-order mark it may start with.
    public static func withoutByteOrderMark(_ text: String) -> Substring {
        text.unicodeScalars.first == "\u{FEFF}" ? Substring(text.unicodeScalars.dropFirst()) : text[...]
    }

    private static func parse(_ cursor: TOMLCursor) throws(SourceError) -> TOMLTable {
        var parser = TOMLDocumentParser(cursor: cursor)
        let stray = cursor.strayByteOrderMark
        do throws(SourceError) {
            let table = try parser.parseDocument()
            if let stray { throw stray }
            return table
        } catch {
            // A stray mark is often why the parse failed after it, on its line; errors on lines before are the
            // file's own.
            if let stray, stray.position.line <= error.position.line { throw stray }
            throw error
        }
    }
}

/// The state of one parse: where the cursor is and which table the lines go into.
struct TOMLDocumentParser {
    var cursor: TOMLCursor
    let builder: TOMLDocumentBuilder
    private var currentTable: TOMLTableBuilder
    /// How deep the current table is: 0 for the root, the number of parts of its header's key otherwise.
    private var currentDepth = 0

    init(cursor: TOMLCursor) {
        self.cursor = cursor
        builder = TOMLDocumentBuilder(file: cursor.file)
        currentTable = builder.root
    }

    mutating func parseDocument() throws(SourceError) -> TOMLTable {
        while true {
            cursor.skipSpaces()
            guard let scalar = cursor.current else { break }
            if cursor.isAtNewline {
                cursor.skipNewline()
            } else if scalar == "#" {
                try skipComment()
            } else if scalar == "[" {
                try parseHeader()
                try expectLineEnd(after: "the table header")
            } else {
                try parseKeyValue(into: currentTable, depth: currentDepth)
                try expectLineEnd(after: "the value")
            }
        }
        return builder.root.build()
    }

    /// Parses `key = value` and stores it in `table`, which is `depth` levels deep.
    mutating func parseKeyValue(into table: TOMLTableBuilder, depth: Int) throws(SourceError) {
        let key = try parseKey()
        cursor.skipSpaces()
        guard cursor.current == "=" else {
            let name = key.map(\.name).joined(separator: ".")
            throw cursor.error("expected \"=\" after key \"\(name)\"; found \(cursor.currentDescription)")
        }
        cursor.advance()
        cursor.skipSpaces()
        let value = try parseValue(depth: depth + key.count)
        try builder.insert(value, at: key, in: table)
    }

    /// Parses a bare, quoted or dotted key, and the spaces after it.
    mutating func parseKey() throws(SourceError) -> [TOMLKeySegment] {
        var segments = [try parseKeySegment()]
        cursor.skipSpaces()
        while cursor.current == "." {
            cursor.advance()
            cursor.skipSpaces()
            // Each part is a table the builder nests, and builds by recursion.
            if segments.count == NestingLimit.maximumDepth { throw cursor.error(NestingLimit.message) }
            segments.append(try parseKeySegment())
            cursor.skipSpaces()
        }
        return segments
    }

    private mutating func parseKeySegment() throws(SourceError) -> TOMLKeySegment {
        let position = cursor.position
        if cursor.isAt("\"\"\"") || cursor.isAt("'''") {
            throw cursor.error("a key cannot be a multi-line string")
        }
        if cursor.current == "\"" { return TOMLKeySegment(name: try parseBasicString(), position: position) }
        if cursor.current == "'" { return TOMLKeySegment(name: try parseLiteralString(), position: position) }
        var name = String.UnicodeScalarView()
        while let scalar = cursor.current, scalar.isBareKeyScalar {
            name.append(scalar)
            cursor.advance()
        }
        if let scalar = cursor.current, !scalar.isASCII, !scalar.properties.isWhitespace {
            throw cursor.error("\"\(scalar)\" cannot appear in a bare key; put the key in quotes")
        }
        guard name.isEmpty else { return TOMLKeySegment(name: String(name), position: position) }
        throw cursor.error("expected a key; found \(cursor.currentDescription)")
    }

    /// Parses `[a.b]` or `[[a.b]]` and makes its table the current one.
    private mutating func parseHeader() throws(SourceError) {
        let header = cursor.position
        let isArray = cursor.isAt("[[")
        cursor.advance(by: isArray ? 2 : 1)
        cursor.skipSpaces()
        let key = try parseKey()
        let closing = isArray ? "]]" : "]"
        guard cursor.isAt(closing) else {
            throw cursor.error("expected \"\(closing)\" to close the table header; found \(cursor.currentDescription)")
        }
        cursor.advance(by: closing.unicodeScalars.count)
        currentDepth = key.count
        currentTable = isArray
            ? try builder.appendArrayElement(key, header: header)
            : try builder.openTable(key, header: header)
    }

    /// After a value or header only a comment may follow on the same line.
    private mutating func expectLineEnd(after what: String) throws(SourceError) {
        cursor.skipSpaces()
        if cursor.current == "#" { try skipComment() }
        guard cursor.isAtEnd || cursor.isAtNewline else {
            throw cursor.error("unexpected \(cursor.currentDescription) after \(what); expected the end of the line")
        }
    }

    /// Skips a `#` comment up to, not including, the line break.
    mutating func skipComment() throws(SourceError) {
        while let scalar = cursor.current, !cursor.isAtNewline {
            if scalar.isForbiddenControl {
                throw cursor.error("control character \(scalar.codePointDescription) is not allowed in a comment")
            }
            cursor.advance()
        }
    }
}

extension Unicode.Scalar {
    /// A-Z, a-z, 0-9, `_` and `-`: what TOML 1.0 allows in a key without quotes.
    var isBareKeyScalar: Bool {
        switch self {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": true
        default: false
        }
    }
}
