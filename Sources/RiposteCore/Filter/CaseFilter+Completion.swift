/// What a filter's word being typed may become, for Tab at the `l` prompt and `:filter`.
extension CaseFilter {
    /// Whole words that start with `word`: field names before a colon, then the field's values after it (the
    /// enumerated ones, or the tags and agents given); a leading `-` (not) is kept.
    public static func completions(of word: String, tags: [String], agents: [String]) -> [String] {
        let negation = word.hasPrefix("-") ? "-" : ""
        let term = String(word.dropFirst(negation.count))
        guard let colon = term.firstIndex(of: ":") else {
            return FilterField.allCases.map { negation + $0.rawValue + ":" }.filter { $0.hasPrefix(word) }
        }
        guard let field = FilterField(rawValue: String(term[..<colon])) else { return [] }
        // A list of alternatives completes its last value.
        let typed = term[term.index(after: colon)...]
        let done = typed.lastIndex(of: ",").map { String(typed[...$0]) } ?? ""
        let values: [String] = switch field {
        case .tag: tags
        case .assignee: ["me", "none"] + agents
        default: field.allowedValues ?? []
        }
        let prefix = negation + field.rawValue + ":" + done
        return values.map { prefix + $0 }.filter { $0.hasPrefix(word) }
    }
}
