extension TOMLDocumentParser {
    /// Parses the value that starts at the cursor, `depth` levels deep (a value of the root table is 1 deep).
    mutating func parseValue(depth: Int) throws(SourceError) -> TOMLNode {
        let position = cursor.position
        if cursor.isAtEnd || cursor.isAtNewline {
            throw cursor.error("expected a value; found \(cursor.currentDescription)")
        }
        if depth > NestingLimit.maximumDepth { throw cursor.error(NestingLimit.message) }
        if cursor.isAt("\"\"\"") { return TOMLNode(.string(try parseMultilineBasicString()), at: position) }
        if cursor.isAt("'''") { return TOMLNode(.string(try parseMultilineLiteralString()), at: position) }
        switch cursor.current {
        case "\"": return TOMLNode(.string(try parseBasicString()), at: position)
        case "'": return TOMLNode(.string(try parseLiteralString()), at: position)
        case "[": return try parseArray(depth: depth)
        case "{": return try parseInlineTable(depth: depth)
        default: return TOMLNode(try parseWord(), at: position)
        }
    }

    /// Parses `[ value, value, ]`, which may span lines and hold comments.
    private mutating func parseArray(depth: Int) throws(SourceError) -> TOMLNode {
        let open = cursor.position
        cursor.advance()
        var elements: [TOMLNode] = []
        while true {
            try skipSpacesNewlinesAndComments()
            if cursor.current == "]" { break }
            if cursor.isAtEnd { throw cursor.error("unterminated array; add a closing \"]\"", at: open) }
            elements.append(try parseValue(depth: depth + 1))
            try skipSpacesNewlinesAndComments()
            if cursor.current == "," {
                cursor.advance()
            } else if cursor.current == "]" {
                break
            } else if cursor.isAtEnd {
                throw cursor.error("unterminated array; add a closing \"]\"", at: open)
            } else {
                throw cursor.error("expected \",\" or \"]\" after an array element; found \(cursor.currentDescription)")
            }
        }
        cursor.advance()
        return TOMLNode(.array(elements), at: open)
    }

    /// Parses `{ key = value, ... }`, which TOML 1.0 keeps on one line without a trailing comma.
    private mutating func parseInlineTable(depth: Int) throws(SourceError) -> TOMLNode {
        let open = cursor.position
        cursor.advance()
        let table = TOMLTableBuilder(position: open, definition: .header)
        cursor.skipSpaces()
        if cursor.current == "}" {
            cursor.advance()
            return TOMLNode(.table(table.build()), at: open)
        }
        while true {
            try rejectNewlineInInlineTable(open: open)
            if cursor.current == "}" {
                throw cursor.error("a trailing comma is not allowed in an inline table")
            }
            try parseKeyValue(into: table, depth: depth)
            cursor.skipSpaces()
            try rejectNewlineInInlineTable(open: open)
            if cursor.current == "}" { break }
            guard cursor.current == "," else {
                throw cursor.error("expected \",\" or \"}\" in the inline table; found \(cursor.currentDescription)")
            }
            cursor.advance()
            cursor.skipSpaces()
        }
        cursor.advance()
        return TOMLNode(.table(table.build()), at: open)
    }

    private func rejectNewlineInInlineTable(open: SourcePosition) throws(SourceError) {
        if cursor.isAtNewline {
            throw cursor.error("an inline table must be on one line; use a [table] to spread it over several")
        }
        if cursor.isAtEnd {
            throw cursor.error("unterminated inline table; add a closing \"}\"", at: open)
        }
    }

    private mutating func skipSpacesNewlinesAndComments() throws(SourceError) {
        while true {
            cursor.skipSpaces()
            if cursor.isAtNewline {
                cursor.skipNewline()
            } else if cursor.current == "#" {
                try skipComment()
            } else {
                return
            }
        }
    }

    /// Parses an unquoted value: a boolean, a number, or a date, which is rejected.
    private mutating func parseWord() throws(SourceError) -> TOMLValue {
        let position = cursor.position
        var word = String.UnicodeScalarView()
        while let scalar = cursor.current, !scalar.endsWord {
            word.append(scalar)
            cursor.advance()
        }
        let text = String(word)
        if text.isEmpty {
            throw cursor.error("expected a value; found \(cursor.currentDescription)")
        }
        if text == "true" { return .bool(true) }
        if text == "false" { return .bool(false) }
        if text.looksLikeDateOrTime {
            throw cursor.error("dates are not supported here; write a string, such as \"\(text + timeAfterDate(text))\"",
                               at: position)
        }
        guard let first = text.unicodeScalars.first, "0123456789+-.".unicodeScalars.contains(first)
            || ["inf", "nan"].contains(text) else {
            if ["true", "false"].contains(text.lowercased()) {
                throw cursor.error("invalid value \"\(text)\"; booleans are written true or false, in lowercase", at: position)
            }
            throw cursor.error("invalid value \"\(text)\"; put text in quotes to make it a string", at: position)
        }
        do {
            return try TOMLNumber.parse(text)
        } catch {
            throw cursor.error(error.message, at: position)
        }
    }
}

extension TOMLDocumentParser {
    /// ` 07:32:00` when `date` is a date and the cursor is at the space TOML allows between a date and its time: the
    /// hint then quotes the whole value, not its first half.
    private func timeAfterDate(_ date: String) -> String {
        guard date.unicodeScalars.count == 10, cursor.current == " ", let hour = cursor.peek(1),
              ("0"..."9").contains(hour), cursor.peek(3) == ":" else { return "" }
        var time = String.UnicodeScalarView([" "])
        var offset = 1
        while let scalar = cursor.peek(offset), !scalar.endsWord {
            time.append(scalar)
            offset += 1
        }
        return String(time)
    }
}

private extension Unicode.Scalar {
    /// Where an unquoted value such as `42` or `true` stops.
    var endsWord: Bool {
        switch self {
        case " ", "\t", "\n", "\r", ",", "]", "}", "#": true
        default: false
        }
    }
}

private extension String {
    /// `1979-05-27` or `07:32:00`: the start of a TOML date or time.
    var looksLikeDateOrTime: Bool {
        let scalars = Array(unicodeScalars.prefix(5))
        func isDigit(_ index: Int) -> Bool { index < scalars.count && ("0"..."9").contains(scalars[index]) }
        let isDate = (0..<4).allSatisfy(isDigit) && scalars.count > 4 && scalars[4] == "-"
        let isTime = (0..<2).allSatisfy(isDigit) && scalars.count > 2 && scalars[2] == ":"
        return isDate || isTime
    }
}
