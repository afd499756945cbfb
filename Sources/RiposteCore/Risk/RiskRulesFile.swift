import Foundation

extension RiskRules {
    /// Reads a team's `risk.toml` over the built-in rules: whatever it leaves out keeps its
    /// built-in value, so a file may hold one line. Throws every error, each with its position.
    public static func parse(_ text: String, file: String) throws(SourceErrors) -> RiskRules {
        try RiskRulesFile.parse(text, file: file, over: builtin)
    }
}

/// The format of `risk.toml`: `threshold`, `[language]`, then one table per reason, named by `RiskKind`'s raw value.
enum RiskRulesFile {
    /// With no `base`, every key must be given: that is how the built-in file is read, so it documents every key.
    static func parse(_ text: String, file: String, over base: RiskRules?) throws(SourceErrors) -> RiskRules {
        try TOMLTableReader.read(text, file: file) { root in
            checkTableNames(root)
            let values = Values(base: base)
            func reader(_ kind: RiskKind) -> TOMLTableReader { table(root, kind.rawValue, base) }
            return RiskRules(
                threshold: values.int(root, "threshold", 1...100, \.threshold),
                language: language(table(root, "language", base), base.map(\.language)),
                secretRequest: secretRequest(reader(.secretRequest), base.map(\.secretRequest)),
                personalData: personalData(reader(.personalData), base.map(\.personalData)),
                sensitiveSituation: sensitiveSituation(reader(.sensitiveSituation), base.map(\.sensitiveSituation)),
                insult: graded(reader(.insult), base.map(\.insult)),
                profanity: graded(reader(.profanity), base.map(\.profanity)),
                sarcasm: sarcasm(reader(.sarcasm), base.map(\.sarcasm)),
                mockery: mockery(reader(.mockery), base.map(\.mockery)),
                contempt: contempt(reader(.contempt), base.map(\.contempt)),
                rivalNamed: rival(reader(.rivalNamed), base.map(\.rivalNamed)),
                rivalAttacked: rivalAttack(reader(.rivalAttacked), base.map(\.rivalAttacked)),
                moneyPromise: money(reader(.moneyPromise), base.map(\.moneyPromise)),
                promise: promise(reader(.promise), base.map(\.promise)),
                legal: legal(reader(.legal), base.map(\.legal)),
                sensitiveTopic: sensitiveTopic(reader(.sensitiveTopic), base.map(\.sensitiveTopic)),
                reach: reach(reader(.reach), base.map(\.reach)),
                voiceCap: Values(base: base.map(\.voiceCap)).int(reader(.voice), "cap", 0...100, \.self),
                shouting: shouting(reader(.shouting), base.map(\.shouting)),
                emojiAgainstVoice: points(reader(.emojiAgainstVoice), base.map(\.emojiAgainstVoice)))
        }
    }

    /// Every table at the top must name a reason (or be `[language]`); a misspelt one is pointed out with the
    /// closest name.
    private static func checkTableNames(_ root: TOMLTableReader) {
        let known = ["threshold", "language"] + RiskKind.allCases.map(\.rawValue)
        for entry in root.table.entries where !known.contains(entry.key) {
            _ = root.node(entry.key)
            let what = if case .table = entry.node.value { "risk kind" } else { "key" }
            var message = "unknown \(what) \"\(entry.key)\""
            if let close = NameSuggestion.closest(to: entry.key, among: known) {
                message += "; did you mean \"\(close)\"?"
            }
            root.collector.add(message, at: entry.keyPosition)
        }
    }

    /// The table `name`; when a file leaves it out, a reader of an empty table so its values come from `base`.
    private static func table(_ root: TOMLTableReader, _ name: String, _ base: RiskRules?) -> TOMLTableReader {
        if base == nil, let table = root.requiredTable(name) { return table }
        if base != nil, let table = root.optionalTable(name) { return table }
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

    private static func language(_ table: TOMLTableReader, _ base: LanguageRule?) -> LanguageRule {
        let values = Values(base: base)
        return LanguageRule(negations: values.words(table, "negations", \.negations),
                            asking: values.words(table, "asking", \.asking),
                            privateChannels: values.words(table, "private_channels", \.privateChannels),
                            publicPlaces: values.words(table, "public_places", \.publicPlaces))
    }

    private static func secretRequest(_ table: TOMLTableReader, _ base: SecretRequestRule?) -> SecretRequestRule {
        let values = Values(base: base)
        return SecretRequestRule(scoring: points(table, base?.scoring), secrets: values.words(table, "secrets", \.secrets),
                                 birthDates: values.words(table, "birth_dates", \.birthDates),
                                 handingOver: values.words(table, "handing_over", \.handingOver))
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
        let mailboxes = values.strings(table, "public_mailboxes", \.publicMailboxes).map { $0.lowercased() }
        if mailboxes.contains(where: { $0.isEmpty || $0.contains("@") }) {
            table.error(at: "public_mailboxes", "a public mailbox is what comes before the \"@\", such as \"help\"")
        }
        return PersonalDataRule(scoring: points(table, base?.scoring),
                                cardPoints: values.int(table, "card_points", 0...100, \.cardPoints),
                                publicNumbers: prefixes, publicDomains: domains, publicMailboxes: mailboxes,
                                details: values.words(table, "details", \.details),
                                numberNames: values.words(table, "number_names", \.numberNames),
                                health: values.words(table, "health", \.health),
                                streetWords: values.words(table, "street_words", \.streetWords),
                                ours: values.words(table, "ours", \.ours))
    }

    private static func sensitiveSituation(_ table: TOMLTableReader, _ base: SensitiveSituationRule?)
        -> SensitiveSituationRule {
        let values = Values(base: base)
        return SensitiveSituationRule(scoring: points(table, base?.scoring),
                                      playfulVoices: values.strings(table, "playful_voices", \.playfulVoices),
                                      levity: values.words(table, "levity", \.levity),
                                      dismissal: values.words(table, "dismissal", \.dismissal),
                                      cold: values.words(table, "cold", \.cold),
                                      careWords: values.words(table, "care_words", \.careWords),
                                      helpPointers: values.words(table, "help_pointers", \.helpPointers),
                                      mustPointToHelp: values.strings(table, "must_point_to_help", \.mustPointToHelp),
                                      light: values.strings(table, "light", \.light),
                                      gentleEmoji: values.strings(table, "gentle_emoji", \.gentleEmoji),
                                      situations: named(table, "situations", base?.situations))
    }

    private static func graded(_ table: TOMLTableReader, _ base: GradedWordRule?) -> GradedWordRule {
        let values = Values(base: base)
        return GradedWordRule(scoring: points(table, base?.scoring),
                              strongPoints: values.int(table, "strong_points", 0...100, \.strongPoints),
                              mild: values.words(table, "mild", \.mild, disguises: true),
                              strong: values.words(table, "strong", \.strong, disguises: true))
    }

    private static func sarcasm(_ table: TOMLTableReader, _ base: SarcasmRule?) -> SarcasmRule {
        let values = Values(base: base)
        return SarcasmRule(scoring: points(table, base?.scoring),
                           winkPoints: values.int(table, "wink_points", 0...100, \.winkPoints),
                           flippantEmoji: values.strings(table, "flippant_emoji", \.flippantEmoji),
                           markers: values.words(table, "markers", \.markers),
                           angerWords: values.words(table, "anger_words", \.angerWords),
                           angryEmoji: values.words(table, "angry_emoji", \.angryEmoji),
                           complaintWords: values.words(table, "complaint_words", \.complaintWords),
                           praiseWords: values.words(table, "praise_words", \.praiseWords),
                           playfulWords: values.words(table, "playful_words", \.playfulWords),
                           postSarcasm: values.words(table, "post_sarcasm", \.postSarcasm))
    }

    private static func mockery(_ table: TOMLTableReader, _ base: MockeryRule?) -> MockeryRule {
        let values = Values(base: base)
        return MockeryRule(scoring: points(table, base?.scoring), phrases: values.words(table, "phrases", \.phrases),
                           laughter: values.words(table, "laughter", \.laughter))
    }

    private static func contempt(_ table: TOMLTableReader, _ base: ContemptRule?) -> ContemptRule {
        let values = Values(base: base)
        return ContemptRule(scoring: points(table, base?.scoring),
                            engagement: values.words(table, "engagement", \.engagement),
                            commitments: values.words(table, "commitments", \.commitments),
                            rivalPoints: values.int(table, "rival_points", 0...100, \.rivalPoints),
                            phrases: values.words(table, "phrases", \.phrases))
    }

    private static func rival(_ table: TOMLTableReader, _ base: RivalRule?) -> RivalRule {
        RivalRule(scoring: points(table, base?.scoring), names: Values(base: base).words(table, "names", \.names))
    }

    private static func rivalAttack(_ table: TOMLTableReader, _ base: RivalAttackRule?) -> RivalAttackRule {
        let values = Values(base: base)
        return RivalAttackRule(scoring: points(table, base?.scoring),
                               withAbusePoints: values.int(table, "with_abuse_points", 0...100, \.withAbusePoints),
                               knocks: values.words(table, "knocks", \.knocks),
                               rivalWords: values.words(table, "rival_words", \.rivalWords),
                               lowBlows: values.words(table, "low_blows", \.lowBlows))
    }

    private static func money(_ table: TOMLTableReader, _ base: MoneyRule?) -> MoneyRule {
        let values = Values(base: base)
        let symbols = values.strings(table, "currency_symbols", \.currencySymbols)
        if symbols.contains(where: { $0.count != 1 }) {
            table.error(at: "currency_symbols", "each currency symbol must be one character, such as \"£\"")
        }
        return MoneyRule(scoring: points(table, base?.scoring),
                         amountPoints: values.int(table, "amount_points", 0...100, \.amountPoints),
                         promisedAmountPoints: values.int(table, "promised_amount_points", 0...100,
                                                          \.promisedAmountPoints),
                         phrases: values.words(table, "phrases", \.phrases), giving: values.words(table, "giving", \.giving),
                         currencySymbols: symbols, amountUnits: values.words(table, "amount_units", \.amountUnits))
    }

    private static func promise(_ table: TOMLTableReader, _ base: PromiseRule?) -> PromiseRule {
        let values = Values(base: base)
        return PromiseRule(scoring: points(table, base?.scoring),
                           bindingPoints: values.int(table, "binding_points", 0...100, \.bindingPoints),
                           promises: values.words(table, "promises", \.promises),
                           guarantees: values.words(table, "guarantees", \.guarantees),
                           offers: values.words(table, "offers", \.offers),
                           unbounded: values.words(table, "unbounded", \.unbounded),
                           unboundedOffers: values.words(table, "unbounded_offers", \.unboundedOffers))
    }

    private static func legal(_ table: TOMLTableReader, _ base: LegalRule?) -> LegalRule {
        let values = Values(base: base)
        return LegalRule(scoring: points(table, base?.scoring), admissions: values.words(table, "admissions", \.admissions),
                         threats: values.words(table, "threats", \.threats), faults: values.words(table, "faults", \.faults),
                         harm: values.words(table, "harm", \.harm))
    }

    private static func sensitiveTopic(_ table: TOMLTableReader, _ base: SensitiveTopicRule?) -> SensitiveTopicRule {
        SensitiveTopicRule(scoring: points(table, base?.scoring),
                           echoedPoints: Values(base: base).int(table, "echoed_points", 0...100, \.echoedPoints),
                           stances: Values(base: base).words(table, "stances", \.stances),
                           neutral: Values(base: base).words(table, "neutral", \.neutral),
                           topics: named(table, "topics", base?.topics))
    }

    /// A table of named word lists, such as `[sensitive_topic.topics]`: given, it replaces `base`'s whole.
    private static func named(_ table: TOMLTableReader, _ key: String, _ base: [NamedWordList]?) -> [NamedWordList] {
        guard let lists = base == nil ? table.requiredTable(key) : table.optionalTable(key) else { return base ?? [] }
        return lists.entries().compactMap { entry in
            lists.requiredStrings(entry.key, each: WordList.problem).map { NamedWordList(name: entry.key, words: WordList($0)) }
        }
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

        func words(_ table: TOMLTableReader, _ key: String, _ keep: KeyPath<Rule, WordList>, disguises: Bool = false)
            -> WordList {
            guard let base else {
                return WordList(table.requiredStrings(key, each: WordList.problem) ?? [], seesDisguises: disguises)
            }
            return table.optionalStrings(key, each: WordList.problem).map { WordList($0, seesDisguises: disguises) }
                ?? base[keyPath: keep]
        }
    }
}
