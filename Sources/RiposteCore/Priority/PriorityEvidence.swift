/// The signals in one post and the words that show each, as the priority rules read them.
///
/// The post is cut into words once and each word looked up once, in a single table holding every
/// signal's words: this runs on every imported post.
struct PriorityEvidence {
    private let text: String
    /// The bytes of the post that show each signal, in order.
    private var found: [(signal: PrioritySignal, source: Range<Int>)] = []
    /// "capitals" and "\"!!!\"": shouting, which shows anger without a word for it.
    private var shouting: [String] = []
    /// Links and nothing else (handles aside): what spam bots post.
    let isLinksOnly: Bool
    /// A question mark or a request ("please", "can you").
    let asks: Bool

    init(_ post: String) {
        text = post
        let words = PostWords(post)
        let matches = PriorityVocabulary.table.matches(in: words)
        let signals = PriorityVocabulary.signals
        found.reserveCapacity(matches.count)
        for match in matches where !Self.isInsideAnother(match, of: matches) {
            found.append((signals[match.entry], match.source))
        }
        if found.count > 1 {
            found.sort { $0.source.lowerBound < $1.source.lowerBound }
            Self.joinOverlaps(&found)
        }

        let rule = Self.shoutingRule, tally = words.tally
        if tally.letters >= rule.minLetters, tally.capitals * 100 >= rule.capitalsPercent * tally.letters,
           tally.capitalWords > 0 {
            shouting.append("capitals")
        }
        if tally.longestExclamation >= rule.exclamationRun {
            shouting.append("\"" + String(repeating: "!", count: tally.longestExclamation) + "\"")
        }
        isLinksOnly = tally.links > 0 && words.words.isEmpty
        asks = tally.questions > 0 || found.contains { $0.signal == .request }
    }

    /// The risk rules' measure of shouting, which tells a reply it is answering someone angry.
    private static let shoutingRule = RiskRules.builtin.shouting

    func has(_ signal: PrioritySignal) -> Bool {
        (signal == .anger && !shouting.isEmpty) || found.contains { $0.signal == signal }
    }

    /// How many different things show `signal`: "furious" and "!!!" are two for anger.
    func count(_ signal: PrioritySignal) -> Int {
        Self.distinct(found.filter { $0.signal == signal }.map { Substring(bytes($0.source)).lowercased() }).count
            + (signal == .anger ? shouting.count : 0)
    }

    /// What shows the signals `included` picks, for a reason: `"no signal", "down"`; emoji as they
    /// are; three at most.
    func quoted(where included: (PrioritySignal) -> Bool) -> String {
        var items: [Substring] = []
        for match in found where included(match.signal) {
            let words = Substring(bytes(match.source))
            // Words start with a letter or a digit; what the table found otherwise is an emoji.
            let item = words.utf8.first! < 0x80 ? "\"" + words + "\"" : words
            if !items.contains(item) { items.append(item) }
        }
        if included(.anger) { items += shouting.map { Substring($0) } }
        var quoted = ""
        for (index, item) in items.prefix(3).enumerated() {
            quoted += index == 0 ? item : ", " + item
        }
        return items.count > 3 ? quoted + ", …" : quoted
    }

    /// `items` in order, each once; there are a handful, so no set is worth making.
    private static func distinct(_ items: [String]) -> [String] {
        var kept: [String] = []
        for item in items where !kept.contains(item) { kept.append(item) }
        return kept
    }

    /// The post's bytes at `range`.
    private func bytes(_ range: Range<Int>) -> Substring.UTF8View {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return utf8[start..<utf8.index(start, offsetBy: range.count)]
    }

    /// Makes overlapping matches of one signal one: "I'm cancelling" and "cancelling my contract"
    /// are quoted as "I'm cancelling my contract".
    private static func joinOverlaps(_ found: inout [(signal: PrioritySignal, source: Range<Int>)]) {
        var kept = 0
        for index in found.indices {
            let match = found[index]
            if let earlier = found[..<kept].lastIndex(where: { $0.signal == match.signal }),
               found[earlier].source.overlaps(match.source) {
                found[earlier].source = found[earlier].source.lowerBound..<max(found[earlier].source.upperBound, match.source.upperBound)
            } else {
                found[kept] = match
                kept += 1
            }
        }
        found.removeLast(found.count - kept)
    }

    /// Whether `match` lies inside a longer match that takes its place. A false friend takes the place
    /// of the signal it hides ("switching to" in "switching to eSIM"); any other phrase takes the place of
    /// a signal's words ("emergency" in "emergency calls only", an outage), but not of "still" or
    /// "please", which say how to read the rest ("still down").
    private static func isInsideAnother(_ match: PhraseTable.Match, of matches: [PhraseTable.Match]) -> Bool {
        let signal = PriorityVocabulary.signals[match.entry]
        let isModifier = signal == .persisting || signal == .request
        return matches.contains { other in
            guard other.source != match.source, other.source.lowerBound <= match.source.lowerBound,
                  match.source.upperBound <= other.source.upperBound else { return false }
            if let hidden = PriorityVocabulary.hidden[other.entry] { return hidden == signal }
            return !isModifier
        }
    }
}
