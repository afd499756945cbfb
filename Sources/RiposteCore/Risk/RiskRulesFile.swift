import Foundation

extension RiskRules {
    /// Reads a brand's `risk.toml` over the built-in rules: whatever it leaves out keeps its
    /// built-in value, so a file may hold one line. Throws every error, each with its position.
    public static func parse(_ text: String, file: String) throws(SourceErrors) -> RiskRules {
        try RiskRulesFile.parse(text, file: file, over: builtin)
    }

    /// The rules in `file`, or the built-in ones if there is no such file; a bad file is
    /// reported and the built-in rules used instead.
    public static func load(file: String) -> (rules: RiskRules, errors: [SourceError]) {
        guard FileManager.default.fileExists(atPath: file) else { return (builtin, []) }
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            return (builtin, [SourceError(file: file, position: .start, message: "cannot read this file as UTF-8 text")])
        }
        do {
            return (try parse(text, file: file), [])
        } catch {
            return (builtin, error.errors)
        }
    }
}

/// The format of `risk.toml`: `threshold`, then one table per reason, named by `RiskKind`'s raw value.
enum RiskRulesFile {
    /// With no `base`, every key must be given: that is how the built-in file is read, so it documents every key.
    static func parse(_ text: String, file: String, over base: RiskRules?) throws(SourceErrors) -> RiskRules {
        try TOMLTableReader.read(text, file: file) { root in
            checkTableNames(root)
            let values = Values(base: base)
            return RiskRules(
                threshold: values.int(root, "threshold", 1...100, \.threshold),
                insult: graded(table(root, .insult, base), base.map(\.insult)),
                profanity: graded(table(root, .profanity, base), base.map(\.profanity)),
                sarcasm: sarcasm(table(root, .sarcasm, base), base.map(\.sarcasm)),
                rivalNamed: rival(table(root, .rivalNamed, base), base.map(\.rivalNamed)),
                rivalInsulted: points(table(root, .rivalInsulted, base), base.map(\.rivalInsulted)),
                moneyPromise: money(table(root, .moneyPromise, base), base.map(\.moneyPromise)),
                personalData: personalData(table(root, .personalData, base), base.map(\.personalData)),
                sensitiveTopic: sensitiveTopic(table(root, .sensitiveTopic, base), base.map(\.sensitiveTopic)),
                reach: reach(table(root, .reach, base), base.map(\.reach)),
                voiceCap: Values(base: base.map(\.voiceCap)).int(table(root, .voice, base), "cap", 0...100, \.self),
                shouting: shouting(table(root, .shouting, base), base.map(\.shouting)),
                emojiAgainstVoice: points(table(root, .emojiAgainstVoice, base), base.map(\.emojiAgainstVoice)))
        }
    }

    /// Every table at the top must name a reason; a misspelt one is pointed out with the closest name.
    private static func checkTableNames(_ root: TOMLTableReader) {
        let kinds = RiskKind.allCases.map(\.rawValue)
        for entry in root.table.entries where entry.key != "threshold" && !kinds.contains(entry.key) {
            _ = root.node(entry.key)
            let what = if case .table = entry.node.value { "risk kind" } else { "key" }
            var message = "unknown \(what) \"\(entry.key)\""
            if let close = NameSuggestion.closest(to: entry.key, among: ["threshold"] + kinds) {
                message += "; did you mean \"\(close)\"?"
            }
            root.collector.add(message, at: entry.keyPosition)
        }
    }

    /// The reason's table; when a file leaves it out, a reader of an empty table so its values come from `base`.
    private static func table(_ root: TOMLTableReader, _ kind: RiskKind, _ base: RiskRules?) -> TOMLTableReader {
        if base == nil, let table = root.requiredTable(kind.rawValue) { return table }
        if base != nil, let table = root.optionalTable(kind.rawValue) { return table }
        return TOMLTableReader(TOMLTable(position: root.position), collector: SourceErrorCollector(file: ""))
    }

    private static func points(_ table: TOMLTableReader, _ base: RiskPoints?) -> RiskPoints {
        let values = Values(base: base)
        let points = values.int(table, "points", 0...100, \.points)
        let eachMore = base == nil && !table.contains("each_more") ? 0 : values.int(table, "each_more", 0...100, \.eachMore)
        let cap = base == nil && !table.contains("cap") ? points : values.int(table, "cap", 0...100, \.cap)
        if cap < points { table.error(at: "cap", "\"cap\" must be at least \"points\" (\(points)); found \(cap)") }
        return RiskPoints(points: points, eachMore: eachMore, cap: cap)
    }

    private static func graded(_ table: TOMLTableReader, _ base: GradedWordRule?) -> GradedWordRule {
        let values = Values(base: base)
        return GradedWordRule(scoring: points(table, base?.scoring),
                              strongPoints: values.int(table, "strong_points", 0...100, \.strongPoints),
                              mild: values.words(table, "mild", \.mild), strong: values.words(table, "strong", \.strong))
    }

    private static func sarcasm(_ table: TOMLTableReader, _ base: SarcasmRule?) -> SarcasmRule {
        let values = Values(base: base)
        return SarcasmRule(scoring: points(table, base?.scoring), markers: values.words(table, "markers", \.markers),
                           angerWords: values.words(table, "anger_words", \.angerWords),
                           angryEmoji: values.words(table, "angry_emoji", \.angryEmoji),
                           complaintWords: values.words(table, "complaint_words", \.complaintWords))
    }

    private static func rival(_ table: TOMLTableReader, _ base: RivalRule?) -> RivalRule {
        RivalRule(scoring: points(table, base?.scoring), names: Values(base: base).words(table, "names", \.names))
    }

    private static func money(_ table: TOMLTableReader, _ base: MoneyRule?) -> MoneyRule {
        let values = Values(base: base)
        let symbols = values.strings(table, "currency_symbols", \.currencySymbols)
        if symbols.contains(where: { $0.count != 1 }) {
            table.error(at: "currency_symbols", "each currency symbol must be one character, such as \"£\"")
        }
        return MoneyRule(scoring: points(table, base?.scoring), phrases: values.words(table, "phrases", \.phrases),
                         currencySymbols: symbols, amountUnits: values.words(table, "amount_units", \.amountUnits))
    }

    private static func personalData(_ table: TOMLTableReader, _ base: PersonalDataRule?) -> PersonalDataRule {
        let values = Values(base: base)
        let prefixes = values.strings(table, "public_numbers", \.publicNumbers)
        if prefixes.contains(where: { $0.isEmpty || !$0.allSatisfy { ("0"..."9").contains($0) } }) {
            table.error(at: "public_numbers", "a public number is the digits it starts with, in national form, such as \"0800\" or \"800\"")
        }
        let domains = values.strings(table, "public_domains", \.publicDomains).map { $0.lowercased() }
        if domains.contains(where: { $0.isEmpty || $0.contains("@") }) {
            table.error(at: "public_domains", "a public domain is what follows the \"@\", such as \"example.com\"")
        }
        return PersonalDataRule(scoring: points(table, base?.scoring),
                                cardPoints: values.int(table, "card_points", 0...100, \.cardPoints),
                                publicNumbers: prefixes, publicDomains: domains)
    }

    private static func sensitiveTopic(_ table: TOMLTableReader, _ base: SensitiveTopicRule?) -> SensitiveTopicRule {
        var topics = base?.topics ?? []
        if let words = base == nil ? table.requiredTable("topics") : table.optionalTable("topics") {
            topics = []
            for entry in words.entries() {
                if let list = words.requiredStrings(entry.key) {
                    topics.append(SensitiveTopic(name: entry.key, words: WordList(list)))
                }
            }
        }
        return SensitiveTopicRule(scoring: points(table, base?.scoring), topics: topics)
    }

    private static func reach(_ table: TOMLTableReader, _ base: ReachRule?) -> ReachRule {
        let values = Values(base: base)
        return ReachRule(fromFollowers: values.int(table, "from_followers", 1...1_000_000_000, \.fromFollowers),
                         pointsPerTenfold: values.int(table, "points_per_tenfold", 0...100, \.pointsPerTenfold),
                         cap: values.int(table, "cap", 0...100, \.cap))
    }

    private static func shouting(_ table: TOMLTableReader, _ base: ShoutingRule?) -> ShoutingRule {
        let values = Values(base: base)
        return ShoutingRule(scoring: points(table, base?.scoring),
                            capitalsPercent: values.int(table, "capitals_percent", 1...100, \.capitalsPercent),
                            minLetters: values.int(table, "min_letters", 1...10_000, \.minLetters),
                            exclamationRun: values.int(table, "exclamation_run", 2...100, \.exclamationRun))
    }

    /// Reads a key of a rule that keeps `base`'s value when the key is left out, or, with no
    /// base, must be given.
    private struct Values<Rule> {
        var base: Rule?

        func int(_ table: TOMLTableReader, _ key: String, _ range: ClosedRange<Int>, _ keep: KeyPath<Rule, Int>) -> Int {
            guard let base else { return table.requiredInt(key, in: range) ?? 0 }
            return table.optionalInt(key, in: range) ?? base[keyPath: keep]
        }

        func strings(_ table: TOMLTableReader, _ key: String, _ keep: KeyPath<Rule, [String]>) -> [String] {
            guard let base else { return table.requiredStrings(key) ?? [] }
            return table.optionalStrings(key) ?? base[keyPath: keep]
        }

        func words(_ table: TOMLTableReader, _ key: String, _ keep: KeyPath<Rule, WordList>) -> WordList {
            guard let base else { return WordList(table.requiredStrings(key) ?? []) }
            return table.optionalStrings(key).map(WordList.init) ?? base[keyPath: keep]
        }
    }
}
