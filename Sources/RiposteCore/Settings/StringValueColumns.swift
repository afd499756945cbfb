/// Finds where a Character of a TOML string value sits in the file, so a mistake inside the string
/// (a filter's unknown field, a duration's unknown unit) is reported at its own column.
///
/// Escapes make the string shorter than what was written ("\u00E9" is one Character), so the
/// written line is walked rather than the column added up. Multi-line strings are not walked: a
/// mistake in one is reported at the string's opening quotes.
struct StringValueColumns {
    private let text: String

    init(_ text: String) {
        self.text = text
    }

    /// The position of the string's Character at `offset` (from 0), the string's value starting at
    /// `value` (its opening quote).
    func position(ofCharacter offset: Int, inStringAt value: SourcePosition) -> SourcePosition {
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        guard value.line - 1 < lines.count else { return value }
        let line = Array(lines[value.line - 1])
        var index = value.column - 1
        guard index < line.count, line[index] == "\"" || line[index] == "'" else { return value }
        let quote = line[index]
        if line.dropFirst(index).starts(with: [quote, quote, quote]) { return value }
        index += 1
        for _ in 0..<max(0, offset) where index < line.count {
            index += quote == "\"" && line[index] == "\\" ? escapeLength(line, at: index) : 1
        }
        return SourcePosition(line: value.line, column: index + 1)
    }

    /// How many Characters a `\` escape takes: `\u00E9` six, `\U0001F600` ten, `\n` two.
    private func escapeLength(_ line: [Character], at index: Int) -> Int {
        guard index + 1 < line.count else { return 1 }
        switch line[index + 1] {
        case "u": return 6
        case "U": return 10
        default: return 2
        }
    }
}
