/// What the post being answered says about the person who wrote it: a sensitive situation they are in, anger,
/// a complaint. What turns a joke in the reply into one at someone grieving, or sarcasm at someone upset.
struct PostReading {
    /// A sensitive situation the post shows, with its words in the post.
    struct Situation {
        var name: String
        /// Where the post answered shows it; empty when only an earlier post does.
        var ranges: [Range<Int>]
        /// The words that show it, quoted: "\"passed away\"".
        var quoted: String
    }

    private(set) var text: RiskText?
    var situations: [Situation] = []
    /// What shows anger, as ranges of the post; capitals count as well, with no range.
    var anger: [Range<Int>] = []
    var shouts = false
    /// What shows a customer's complaint.
    var complaint: [Range<Int>] = []

    init(_ context: RiskContext, rules: RiskRules) {
        // A rival's post, or an executive's boast: banter, not a customer's trouble.
        isRival = context.recipient?.role == .rival || context.recipient?.role == .executive
        isBrand = context.recipient?.role == .brand
        for earlier in context.earlierPosts {
            let text = RiskText(earlier)
            for situation in rules.sensitiveSituation.situations {
                let ranges = RiskScorer.distinct(situation.words.matches(in: text).map(\.range))
                if !ranges.isEmpty, !situations.contains(where: { $0.name == situation.name }) {
                    situations.append(Situation(name: situation.name, ranges: [], quoted: text.quoted(ranges)))
                }
            }
        }
        guard let answered = context.answeredText, !answered.isEmpty else {
            text = nil
            return
        }
        let text = RiskText(answered)
        self.text = text
        for situation in rules.sensitiveSituation.situations {
            let ranges = RiskScorer.distinct(situation.words.matches(in: text).map(\.range))
            guard !ranges.isEmpty else { continue }
            situations.removeAll { $0.name == situation.name }
            situations.append(Situation(name: situation.name, ranges: ranges, quoted: text.quoted(ranges)))
        }
        let plainAnger = (rules.profanity.strong.matches(in: text) + rules.sarcasm.angryEmoji.matches(in: text)).map(\.range)
        anger = RiskScorer.distinct((rules.sarcasm.angerWords.matches(in: text) + rules.profanity.mild.matches(in: text))
            .map(\.range) + plainAnger)
        let shouting = Shouting(in: text, rule: rules.shouting)
        shouts = !shouting.capitalWords.isEmpty
        let sarcasm = rules.sarcasm.postSarcasm.matches(in: text).map(\.range)
        anger = RiskScorer.distinct(anger + shouting.exclamations + sarcasm)
        isPlainlyAngry = !plainAnger.isEmpty || shouts || !shouting.exclamations.isEmpty || !sarcasm.isEmpty
        isPlayful = !rules.mockery.laughter.matches(in: text).isEmpty || !rules.sarcasm.playfulWords.matches(in: text).isEmpty
            || text.emoji.contains { rules.sarcasm.flippantEmoji.contains(String(text.characters[$0.lowerBound])) }
        praises = sarcasm.isEmpty && !rules.sarcasm.praiseWords.matches(in: text).isEmpty
        let ours = Set(([context.recipient?.handle ?? ""] + context.brandHandles).map { $0.lowercased() })
        let mentioned = text.words.filter { $0.isHandle && !ours.contains($0.text) }.map(\.text).uniqued()
        // A post names us and a rival ("@us @them, who's better?"); when our own handles are not known, one of the
        // accounts it names is likely ours.
        otherHandles = context.brandHandles.isEmpty ? (mentioned.count >= 2 ? mentioned : []) : mentioned
        if isPlayful || praises || !otherHandles.isEmpty {
            situations.removeAll { rules.sensitiveSituation.light.contains($0.name) }
        }
        harm = RiskScorer.distinct(rules.legal.harm.matches(in: text).map(\.range))
        if context.recipient.map({ $0.role == .customer }) ?? true {
            complaint = RiskScorer.distinct(rules.sarcasm.complaintWords.matches(in: text).map(\.range))
        }
    }

    var isSensitive: Bool { !situations.isEmpty }

    /// Whether the post itself has `words` (compared as the rules compare words): a reply that takes up the
    /// post's own words is answering, not bringing something up.
    func echoes(_ words: ArraySlice<Character>) -> Bool {
        guard let text else { return false }
        func base(_ word: String) -> String { word.hasSuffix("'s") ? String(word.dropLast(2)) : word }
        // "your mum" takes up "mum's": whose it is changes between the post and the reply.
        let owners: Set<String> = ["your", "my", "our", "his", "her", "their", "the", "a"]
        let wanted = RiskText(String(words)).words.map { base($0.text) }.filter { !owners.contains($0) }
        guard let first = wanted.first else { return false }
        let posted = text.words.map { base($0.text) }
        return posted.indices.contains { start in
            posted[start] == first && Array(posted[start..<min(posted.count, start + wanted.count)]) == wanted
        }
    }

    /// Whether the post is a customer's (or a bystander's) that neither laughs nor praises: where a wink in our reply
    /// reads as not taking them seriously.
    var isEarnest: Bool { text != nil && !isRival && !isBrand && !isPlayful && !praises && otherHandles.isEmpty }

    private var isBrand = false

    /// The accounts the post names besides the one it is addressed to (its first word, when that is a handle), its
    /// author and our own: a rival, or someone else brought in.
    private(set) var otherHandles: [String] = []

    /// Every account the post names, ours included.
    var handles: [String] { text?.words.filter(\.isHandle).map(\.text) ?? [] }

    /// Angry, complaining or in a sensitive situation: someone a joke at their expense would hurt. A rival brand's
    /// "worst network ever" is banter, not anger.
    /// A post that laughs ("lol", "😂") or praises is not a complaint, unless its anger is plain (angry emoji,
    /// swearing, capitals).
    var isUpset: Bool {
        isSensitive || !isRival && (isPlainlyAngry || !isPlayful && !praises && (!anger.isEmpty || !complaint.isEmpty))
    }

    private var isRival = false
    /// Laughs or winks: banter.
    private(set) var isPlayful = false
    /// Thanks or praises.
    private(set) var praises = false
    /// What tells of harm done: an injury, a fire, damage.
    private(set) var harm: [Range<Int>] = []
    private var isPlainlyAngry = false

    /// "someone grieving (\"passed away\")", "someone grieving or ill (\"funeral\", \"hospital\")".
    var situationDescription: String {
        let names = situations.map { Self.plainName($0.name) }
        let shown = names.count <= 2 ? names.joined(separator: " and ") : names.prefix(2).joined(separator: ", ") + " …"
        return "\(shown) (\(situations.prefix(2).map(\.quoted).joined(separator: ", ")))"
    }

    /// "someone who is angry (\"furious\", \"!!!\")", "a customer with a complaint (\"still waiting\")", or someone
    /// who wrote to us in earnest.
    var upsetDescription: String {
        if isSensitive { return "someone in a hard situation: \(situationDescription)" }
        if !anger.isEmpty || shouts {
            return "someone who is angry (\(quoted(anger, extra: shouts ? ["capitals"] : [])))"
        }
        if !complaint.isEmpty { return "a customer with a complaint (\(quoted(complaint)))" }
        return "someone who wrote to us in earnest"
    }

    /// Every range the reasons point at, sorted.
    var upsetRanges: [Range<Int>] {
        isSensitive ? situations.flatMap(\.ranges).sorted { $0.lowerBound < $1.lowerBound }
            : !anger.isEmpty || shouts ? anger : complaint
    }

    func quoted(_ ranges: [Range<Int>], extra: [String] = []) -> String {
        guard let text else { return extra.joined(separator: ", ") }
        let quoted = text.quoted(ranges)
        return ([quoted].filter { !$0.isEmpty } + extra).joined(separator: ", ")
    }

    /// How a reason names a situation from the rules file: "grief" reads "grief", "self_harm" "self-harm".
    static func plainName(_ name: String) -> String {
        switch name {
        case "grief": "grief"
        case "illness": "illness"
        case "self_harm": "self-harm"
        case "emergency": "an emergency"
        case "abuse": "abuse or harassment"
        case "discrimination": "discrimination"
        case "children": "a child"
        case "hardship": "money hardship"
        default: name.replacing("_", with: " ")
        }
    }
}
