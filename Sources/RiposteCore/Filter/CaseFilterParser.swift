import Foundation

/// Reads a filter line into a `CaseFilter`, checking every field and value and keeping every mistake
/// with its column, so an agent fixes the whole line at once.
enum CaseFilterParser {
    /// The name errors give the line: `filter:1:12: unknown field "auther"; did you mean "author"?`.
    static let file = "filter"

    static func parse(_ line: String) throws(SourceErrors) -> CaseFilter {
        let lexer = FilterLexer(line)
        var parser = CaseFilterParser.State(errors: lexer.errors)
        var terms: [CaseFilter.Term] = []
        for raw in lexer.terms {
            let position = SourcePosition(line: 1, column: raw.column)
            switch raw.body {
            case .text(let text):
                terms.append(CaseFilter.Term(negated: raw.negated, .text(text), position: position))
            case .field(let name, let nameColumn, let values, let valuesColumn):
                if let condition = parser.condition(name, nameColumn, values, valuesColumn) {
                    terms.append(CaseFilter.Term(negated: raw.negated, condition, position: position))
                }
            }
        }
        guard parser.errors.isEmpty else {
            throw SourceErrors(parser.errors.map {
                SourceError(file: file, position: SourcePosition(line: 1, column: $0.column), message: $0.message)
            })
        }
        return CaseFilter(terms: terms)
    }

    private struct State {
        var errors: [(column: Int, message: String)]

        mutating func error(_ message: String, at column: Int) {
            errors.append((column, message))
        }

        mutating func condition(_ name: String, _ nameColumn: Int, _ values: [FilterLexer.RawValue],
                                _ valuesColumn: Int) -> CaseFilter.Condition? {
            guard let field = FilterField(rawValue: name.lowercased()) else {
                error(unknownField(name), at: nameColumn)
                return nil
            }
            if values.count == 1, values[0].text.isEmpty {
                error("\"\(field.rawValue)\" needs a value after \":\", such as \(field.example)", at: valuesColumn)
                return nil
            }
            let errorCount = errors.count
            for value in values where value.text.isEmpty {
                error("empty value in \"\(field.rawValue)\"; remove the extra \",\"", at: value.column)
            }
            if field.takesOneValue, values.count > 1 {
                let message = field == .is
                    ? "\"is\" takes one flag; write is:\(values[0].text) is:\(values[1].text) for cases that are both"
                    : "\"\(field.rawValue)\" takes one value, such as \(field.example)"
                error(message, at: values[1].column)
            }
            guard errors.count == errorCount else { return nil }
            return condition(field, values)
        }

        private mutating func condition(_ field: FilterField, _ values: [FilterLexer.RawValue]) -> CaseFilter.Condition? {
            switch field {
            case .author:
                var handles: [String] = []
                for value in values { if let handle = handle(value) { handles.append(handle) } }
                return .author(distinct(handles))
            case .tag:
                return .tag(distinct(values.map(\.text)))
            case .assignee:
                return .assignee(distinct(values.map(assignee)))
            case .network:
                return enumerated(field, values, Network.init).map { .network($0) }
            case .status:
                return enumerated(field, values, CaseStatus.init).map { .status($0) }
            case .role:
                return enumerated(field, values, AuthorRole.init).map { .role($0) }
            case .priority:
                return enumerated(field, values, Priority.init).map { .priority($0) }
            case .is:
                return enumerated(field, values, CaseFilter.Flag.init).flatMap { $0.first.map { .flag($0) } }
            case .age:
                return age(values[0])
            }
        }

        /// `@Ann`, `ann` and `ANN` are the same handle: `@ann`.
        private mutating func handle(_ value: FilterLexer.RawValue) -> String? {
            let bare = value.text.hasPrefix("@") ? value.text.dropFirst() : Substring(value.text)
            guard !bare.isEmpty else {
                error("\"@\" alone is no handle; write the name after it, such as author:@ann", at: value.column)
                return nil
            }
            return "@" + bare.lowercased()
        }

        private func assignee(_ value: FilterLexer.RawValue) -> CaseFilter.AssigneeMatch {
            guard !value.quoted else { return .agent(value.text) }
            switch value.text.lowercased() {
            case "none": return .nobody
            case "me": return .me
            default: return .agent(value.text)
            }
        }

        /// The values of an enumerated field, read without regard to case; nil if any is unknown.
        private mutating func enumerated<Value>(_ field: FilterField, _ values: [FilterLexer.RawValue],
                                                _ make: (String) -> Value?) -> [Value]? where Value: Equatable {
            var read: [Value] = []
            var allKnown = true
            for value in values {
                if let known = make(value.text.lowercased()) {
                    if !read.contains(known) { read.append(known) }
                    continue
                }
                allKnown = false
                let allowed = field.allowedValues ?? []
                var message = "unknown \(field.valueName) \"\(value.text)\"; "
                if let close = NameSuggestion.closest(to: value.text.lowercased(), among: allowed) {
                    message += "did you mean \"\(close)\"? (one of \(allowed.joined(separator: ", ")))"
                } else {
                    message += "expected one of \(allowed.joined(separator: ", "))"
                }
                error(message, at: value.column)
            }
            return allKnown ? read : nil
        }

        /// `>2h`, `<30m`, `>=1d`, `<=90s`.
        private mutating func age(_ value: FilterLexer.RawValue) -> CaseFilter.Condition? {
            // Two-character comparisons first, so ">=" is not read as ">" and "=1d".
            let comparisons = CaseFilter.Comparison.allCases.sorted { $0.rawValue.count > $1.rawValue.count }
            guard let comparison = comparisons.first(where: { value.text.hasPrefix($0.rawValue) }) else {
                error("\"age\" needs a comparison before the duration: age:>2h for cases older than two hours, "
                      + "age:<30m for newer than half an hour", at: value.column)
                return nil
            }
            let written = String(value.text.dropFirst(comparison.rawValue.count))
            do {
                return .age(comparison, try WrittenDuration.parse(written))
            } catch {
                let textColumn = value.column + (value.quoted ? 1 : 0)
                self.error(error.message, at: textColumn + comparison.rawValue.count + error.offset)
                return nil
            }
        }

        private func distinct<Value: Equatable>(_ values: [Value]) -> [Value] {
            values.reduce(into: []) { kept, value in if !kept.contains(value) { kept.append(value) } }
        }

        private func unknownField(_ name: String) -> String {
            let fields = FilterField.allCases.map(\.rawValue)
            guard !name.isEmpty else {
                return "expected a field name before \":\", such as tag:billing; to search for text with \":\", put it in quotes"
            }
            if let close = NameSuggestion.closest(to: name.lowercased(), among: fields) {
                return "unknown field \"\(name)\"; did you mean \"\(close)\"?"
            }
            return "unknown field \"\(name)\"; the fields are \(fields.joined(separator: ", ")); "
                + "to search for text with \":\", put it in quotes"
        }
    }
}
