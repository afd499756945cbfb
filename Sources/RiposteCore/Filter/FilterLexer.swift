/// Cuts a filter line into its terms, before any field or value is checked.
///
/// Terms are separated by spaces; a phrase in quotes may hold spaces, as may a field's value in
/// quotes (`tag:"late delivery"`). Columns are 1-based and counted in Characters.
struct FilterLexer {
    struct RawTerm {
        var negated: Bool
        /// The term's first column, its "-" included.
        var column: Int
        var body: Body
    }

    enum Body {
        /// A bare word or a quoted phrase.
        case text(String)
        /// `name:values`; `valuesColumn` is just after the ":".
        case field(name: String, nameColumn: Int, values: [RawValue], valuesColumn: Int)
    }

    struct RawValue {
        var text: String
        var column: Int
        /// Written in quotes: taken as it is, never as a keyword such as `none`.
        var quoted: Bool
    }

    private let characters: [Character]
    private var index = 0
    private(set) var terms: [RawTerm] = []
    private(set) var errors: [(column: Int, message: String)] = []

    init(_ line: String) {
        characters = Array(line)
        while let term = nextTerm() { terms.append(term) }
    }

    private var column: Int { index + 1 }

    private func isSpace(at index: Int) -> Bool {
        index >= characters.count || characters[index].isWhitespace
    }

    private mutating func error(_ message: String, at column: Int) {
        errors.append((column, message))
    }

    private mutating func nextTerm() -> RawTerm? {
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        guard index < characters.count else { return nil }
        let start = column
        var negated = false
        if characters[index] == "-" {
            negated = true
            index += 1
            if isSpace(at: index) {
                error("a lone \"-\" negates nothing; write it before a term, such as -tag:spam", at: start)
                return nextTerm()
            }
        }
        if characters[index] == "\"" {
            let quote = column
            guard let phrase = quoted() else { return nil }
            if phrase.isEmpty {
                error("empty quotes search for nothing; put words between them or remove them", at: quote)
                return nextTerm()
            }
            return RawTerm(negated: negated, column: start, body: .text(phrase))
        }
        return bare(negated: negated, start: start)
    }

    /// A bare word, or a field term if a ":" comes before the next space.
    private mutating func bare(negated: Bool, start: Int) -> RawTerm? {
        let wordStart = index
        while !isSpace(at: index), characters[index] != ":" { index += 1 }
        guard index < characters.count, characters[index] == ":" else {
            return RawTerm(negated: negated, column: start, body: .text(String(characters[wordStart..<index])))
        }
        let name = String(characters[wordStart..<index])
        index += 1
        let valuesColumn = column
        var values: [RawValue] = []
        while true {
            let valueColumn = column
            if index < characters.count, characters[index] == "\"" {
                guard let text = quoted() else { return nil }
                values.append(RawValue(text: text, column: valueColumn, quoted: true))
                if !isSpace(at: index), characters[index] != "," {
                    error("unexpected \"\(characters[index])\" after the closing quote; separate values with \",\"", at: column)
                    while !isSpace(at: index) { index += 1 }
                    return nextTerm()
                }
            } else {
                let valueStart = index
                while !isSpace(at: index), characters[index] != "," { index += 1 }
                values.append(RawValue(text: String(characters[valueStart..<index]), column: valueColumn, quoted: false))
            }
            guard index < characters.count, characters[index] == "," else { break }
            index += 1
        }
        return RawTerm(negated: negated, column: start,
                       body: .field(name: name, nameColumn: wordStart + 1, values: values, valuesColumn: valuesColumn))
    }

    /// The text between the quote at the cursor and the next one; nil, with an error, if the line ends first.
    private mutating func quoted() -> String? {
        let open = column
        index += 1
        let textStart = index
        while index < characters.count, characters[index] != "\"" { index += 1 }
        guard index < characters.count else {
            error("unterminated quote; add a closing \"", at: open)
            return nil
        }
        let text = String(characters[textStart..<index])
        index += 1
        return text
    }
}
