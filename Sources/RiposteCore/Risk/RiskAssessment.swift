/// How risky a draft is, and why: what the editor's meter shows as the agent types.
public struct RiskAssessment: Hashable, Sendable {
    /// The reasons' points added up, at most 100.
    public var score: Int
    /// Most points first.
    public var reasons: [RiskReason]

    public init(score: Int, reasons: [RiskReason]) {
        self.score = score
        self.reasons = reasons
    }

    /// The reason of `kind`, if the draft has one.
    public func reason(_ kind: RiskKind) -> RiskReason? {
        reasons.first { $0.kind == kind }
    }
}

/// One reason a draft is risky, with what to do about it and the words that caused it.
public struct RiskReason: Hashable, Sendable {
    public var kind: RiskKind
    public var points: Int
    /// A sentence the agent acts on, such as "a card number: offer a direct message instead".
    public var message: String
    /// The words that caused it, as Character offsets in the draft, in order, for the editor to
    /// underline; empty for reasons that are not about words (reach, voice).
    public var ranges: [Range<Int>]

    public init(kind: RiskKind, points: Int, message: String, ranges: [Range<Int>] = []) {
        self.kind = kind
        self.points = points
        self.message = message
        self.ranges = ranges
    }
}

/// What the scorer knows beyond the draft: the voice, and the post being answered.
public struct RiskContext: Hashable, Sendable {
    public var voice: VoicePreset?
    /// The author of the post answered: their reach, and whether they are a customer.
    public var recipient: Account?
    /// The text of the post answered, to tell whether its author is angry.
    public var answeredText: String?
    /// Rival brands' names and handles known from the thread, on top of those in the rules.
    public var rivalNames: [String]

    public init(voice: VoicePreset? = nil, recipient: Account? = nil, answeredText: String? = nil,
                rivalNames: [String] = []) {
        self.voice = voice
        self.recipient = recipient
        self.answeredText = answeredText
        self.rivalNames = rivalNames
    }
}
