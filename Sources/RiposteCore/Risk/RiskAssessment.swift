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

/// One reason a draft is risky, with what to do about it and the words that caused it, in the draft or in the post
/// it answers.
public struct RiskReason: Hashable, Sendable {
    public var kind: RiskKind
    public var points: Int
    /// A sentence the agent acts on, such as "a card number: offer a direct message instead".
    public var message: String
    /// The draft's words that caused it, as Character offsets in the draft, in order, for the editor to underline;
    /// empty for reasons that are not about the draft's words (reach, voice).
    public var ranges: [Range<Int>]
    /// The words of the post answered that caused it ("passed away" for a joke to someone grieving), as Character
    /// offsets in that post, in order.
    public var postRanges: [Range<Int>]

    public init(kind: RiskKind, points: Int, message: String, ranges: [Range<Int>] = [], postRanges: [Range<Int>] = []) {
        self.kind = kind
        self.points = points
        self.message = message
        self.ranges = ranges
        self.postRanges = postRanges
    }
}

/// What the scorer knows beyond the draft: the voice, and the post being answered.
public struct RiskContext: Hashable, Sendable {
    public var voice: VoicePreset?
    /// The author of the post answered: their reach, their role, their name.
    public var recipient: Account?
    /// The text of the post answered: what situation its author is in, whether they are upset.
    public var answeredText: String?
    /// What the same person wrote earlier in the thread: a bereavement mentioned in their first post still
    /// stands when they reply about something else.
    public var earlierPosts: [String]
    /// Rival brands' names and handles known from the thread, on top of those in the rules.
    public var rivalNames: [String]
    /// Our own handles: a post that names us is not naming a rival.
    public var brandHandles: [String]

    public init(voice: VoicePreset? = nil, recipient: Account? = nil, answeredText: String? = nil,
                earlierPosts: [String] = [], rivalNames: [String] = [], brandHandles: [String] = []) {
        self.brandHandles = brandHandles
        self.voice = voice
        self.recipient = recipient
        self.answeredText = answeredText
        self.earlierPosts = earlierPosts
        self.rivalNames = rivalNames
    }
}
