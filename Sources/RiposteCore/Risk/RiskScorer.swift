/// Scores a draft reply for risk, explaining each point: the editor calls it on every key press, so it reads the
/// draft and the post it answers once, and looks words up in lists prepared when the rules were loaded.
public enum RiskScorer {
    /// The draft's score (the reasons' points added up, at most 100) and its reasons, most points first.
    public static func assess(_ draft: String, context: RiskContext, rules: RiskRules) -> RiskAssessment {
        var judgement = RiskJudgement(draft, context: context, rules: rules)
        judgement.judgePrivacy()
        judgement.judgeTone()
        judgement.judgeCommitments()
        judgement.judgeAudience()
        var reasons = judgement.reasons
        reasons.sort { ($1.points, $0.kind.order) < ($0.points, $1.kind.order) }
        return RiskAssessment(score: min(100, reasons.reduce(0) { $0 + $1.points }), reasons: reasons)
    }

    /// `ranges` in order, without any that overlaps an earlier (or longer, at the same start) one:
    /// "piss off" found as a phrase and "piss" as a word counts once.
    static func distinct(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var kept: [Range<Int>] = []
        for range in ranges.sorted(by: { ($0.lowerBound, -$0.count) < ($1.lowerBound, -$1.count) }) {
            if let last = kept.last, last.overlaps(range) { continue }
            kept.append(range)
        }
        return kept
    }
}

/// One draft being judged: what it says, what it answers, and the reasons found so far.
struct RiskJudgement {
    let rules: RiskRules
    let context: RiskContext
    let text: RiskText
    let reading: SentenceReading
    let post: PostReading
    private(set) var reasons: [RiskReason] = []

    init(_ draft: String, context: RiskContext, rules: RiskRules) {
        self.rules = rules
        self.context = context
        text = RiskText(draft)
        reading = SentenceReading(text, language: rules.language)
        post = PostReading(context, rules: rules)
    }

    mutating func add(_ kind: RiskKind, _ points: Int, _ message: String, _ ranges: [Range<Int>] = [],
                      post postRanges: [Range<Int>] = []) {
        // Secrets and personal data always go to a supervisor: a team may lower their points, not below the line.
        let points = kind.alwaysNeedsApproval ? max(points, rules.threshold) : points
        guard points > 0 else { return }
        reasons.append(RiskReason(kind: kind, points: points, message: message,
                                  ranges: ranges.sorted { $0.lowerBound < $1.lowerBound },
                                  postRanges: postRanges.sorted { $0.lowerBound < $1.lowerBound }))
    }

    /// The ranges of `list` in the draft, each once.
    func find(_ list: WordList) -> [Range<Int>] {
        RiskScorer.distinct(list.matches(in: text).map(\.range))
    }

    /// The words of a mild-and-strong list in the draft, and their points: the first strong word (or mild, if there
    /// is none) counts in full, each further one adds `eachMore`.
    func graded(_ rule: GradedWordRule, harsh: Bool = false) -> (ranges: [Range<Int>], points: Int, strong: Bool) {
        let strong = find(rule.strong)
        let mild = find(rule.mild).filter { range in !strong.contains { $0.overlaps(range) } }
        let ranges = (strong + mild).sorted { $0.lowerBound < $1.lowerBound }
        let first = strong.isEmpty && !harsh ? rule.scoring.points : rule.strongPoints
        return (ranges, rule.scoring.total(count: ranges.count, first: first), !strong.isEmpty)
    }

    /// Whether the voice is one whose every line reads as a joke.
    var isPlayfulVoice: Bool {
        context.voice.map { rules.sensitiveSituation.playfulVoices.contains($0.id) } ?? false
    }

    /// Whether the reply answers a rival brand's own post (or its boss's), where jabs are banter.
    var answersRival: Bool { context.recipient?.role == .rival || context.recipient?.role == .executive && !post.isUpset }

    /// The person answered, as messages name them.
    var recipientName: String { context.recipient?.handle ?? "the person answered" }
}

extension RiskText {
    /// The text at `ranges`, each once, for a message: "\"idiot\", \"clown\"" (three at most).
    func quoted(_ ranges: [Range<Int>], marks: Bool = true) -> String {
        let words = ranges.map { String(characters[$0]) }.uniqued()
        let shown = words.prefix(3).map { marks ? "\"\($0)\"" : $0 }
        return (shown + (words.count > 3 ? ["…"] : [])).joined(separator: ", ")
    }

    /// The emoji outside links, one range per emoji.
    var emoji: [Range<Int>] {
        characters.indices.filter { index in
            guard classes[index].isDisjoint(with: [.ascii, .letter, .number, .space]), !isInLink(index) else { return false }
            return EmojiSequence.length(in: Array(characters[index].unicodeScalars), at: 0) != nil
        }.map { $0..<$0 + 1 }
    }
}

extension Character {
    /// Whether the Character is one of `emoji`, compared by their first scalar: "🤷‍♂️" is "🤷".
    func isListed(in emoji: [String]) -> Bool {
        guard let first = unicodeScalars.first else { return false }
        return emoji.contains { $0.unicodeScalars.first == first }
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

extension Array where Element == String {
    /// "a, b and c".
    var listed: String {
        count <= 1 ? joined() : dropLast().joined(separator: ", ") + " and " + last!
    }
}
