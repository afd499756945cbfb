extension TOMLDocumentParser {
    /// Parses `"..."`: one line, with escapes.
    mutating func parseBasicString() throws(SourceError) -> String {
        let open = cursor.position
        cursor.advance()
        var text = String.UnicodeScalarView()
        while cursor.current != "\"" {
            if cursor.isAtEnd || cursor.isAtNewline {
                throw cursor.error("unterminated string; add a closing \"", at: open)
            }
            if cursor.current == "\\" {
                text.append(try parseEscape())
            } else {
                try takeScalar(into: &text)
            }
        }
        cursor.advance()
        return String(text)
    }

    /// Parses `'...'`: one line, taken as written.
    mutating func parseLiteralString() throws(SourceError) -> String {
        let open = cursor.position
        cursor.advance()
        var text = String.UnicodeScalarView()
        while cursor.current != "'" {
            if cursor.isAtEnd || cursor.isAtNewline {
                throw cursor.error("unterminated string; add a closing '", at: open)
            }
            try takeScalar(into: &text)
        }
        cursor.advance()
        return String(text)
    }

    /// Parses `"""..."""`: several lines, with escapes and line-ending backslashes.
    mutating func parseMultilineBasicString() throws(SourceError) -> String {
        try parseMultiline(quote: "\"", escapes: true)
    }

    /// Parses `'''...'''`: several lines, taken as written.
    mutating func parseMultilineLiteralString() throws(SourceError) -> String {
        try parseMultiline(quote: "'", escapes: false)
    }

    private mutating func parseMultiline(quote: Unicode.Scalar, escapes: Bool) throws(SourceError) -> String {
        let open = cursor.position
        let delimiter = String(repeating: String(quote), count: 3)
        cursor.advance(by: 3)
        // TOML drops a line break that directly follows the opening quotes.
        if cursor.isAtNewline { cursor.skipNewline() }
        var text = String.UnicodeScalarView()
        while !cursor.isAt(delimiter) {
            if cursor.isAtEnd {
                throw cursor.error("unterminated multi-line string; add a closing \(delimiter)", at: open)
            } else if cursor.isAtNewline {
                // Files written on Windows read the same as files written elsewhere.
                text.append("\n")
                cursor.skipNewline()
            } else if escapes && cursor.current == "\\" && isAtLineEndingBackslash {
                cursor.advance()
                while cursor.isAtSpace || cursor.isAtNewline {
                    if cursor.isAtSpace { cursor.advance() } else { cursor.skipNewline() }
                }
            } else if escapes && cursor.current == "\\" {
                text.append(try parseEscape())
            } else {
                try takeScalar(into: &text)
            }
        }
        // Up to two quotes may end the text just before the closing three.
        var quotes = 3
        while quotes < 5 && cursor.peek(quotes) == quote { quotes += 1 }
        text.append(contentsOf: repeatElement(quote, count: quotes - 3))
        cursor.advance(by: quotes)
        return String(text)
    }

    /// A backslash followed only by spaces up to the line break: it joins the lines.
    private var isAtLineEndingBackslash: Bool {
        var offset = 1
        while cursor.peek(offset) == " " || cursor.peek(offset) == "\t" { offset += 1 }
        return cursor.peek(offset) == "\n" || (cursor.peek(offset) == "\r" && cursor.peek(offset + 1) == "\n")
    }

    private mutating func takeScalar(into text: inout String.UnicodeScalarView) throws(SourceError) {
        guard let scalar = cursor.current else { return }
        if scalar.isForbiddenControl {
            let code = scalar.codePointDescription
            throw cursor.error("control character \(code) is not allowed in a string; write it as \\u\(code.dropFirst(2)) in a \"...\" string")
        }
        text.append(scalar)
        cursor.advance()
    }

    /// Parses an escape such as `\n` or `\u00E9`, starting at the backslash.
    private mutating func parseEscape() throws(SourceError) -> Unicode.Scalar {
        let backslash = cursor.position
        cursor.advance()
        guard let letter = cursor.current, !cursor.isAtNewline, !letter.isForbiddenControl else {
            throw cursor.error("a backslash must start an escape such as \\n or \\\\; found \(cursor.currentDescription)", at: backslash)
        }
        cursor.advance()
        switch letter {
        case "b": return "\u{08}"
        case "t": return "\t"
        case "n": return "\n"
        case "f": return "\u{0C}"
        case "r": return "\r"
        case "\"": return "\""
        case "\\": return "\\"
        case "u", "U":
            let count = letter == "u" ? 4 : 8
            var digits = ""
            for offset in 0..<count {
                guard let digit = cursor.peek(offset), digit.isASCII, Character(digit).isHexDigit else {
                    throw cursor.error("invalid escape; \\\(letter) must be followed by \(count) hex digits", at: backslash)
                }
                digits.unicodeScalars.append(digit)
            }
            cursor.advance(by: count)
            guard let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value) else {
                throw cursor.error("\"\\\(letter)\(digits)\" is not a Unicode scalar value", at: backslash)
            }
            return scalar
        default:
            throw cursor.error("invalid escape \"\\\(letter)\"; write \\\\ for a backslash", at: backslash)
        }
    }
}
