/// Why a draft is risky. The raw value names the reason's table in `risk.toml` and never changes.
public enum RiskKind: String, CaseIterable, Hashable, Sendable {
    /// Asking for a password, a PIN, a card's numbers, a one-time code, a security answer.
    case secretRequest = "secret_request"
    /// Phone numbers, e-mail and street addresses, postcodes, account and card numbers posted in public, or asked
    /// for in public.
    case personalData = "personal_data"
    /// A joke, a playful voice, flippancy, dismissal or blame answering grief, illness, self-harm, an
    /// emergency, abuse, discrimination, a child's trouble or money hardship.
    case sensitiveSituation = "sensitive_situation"
    case insult
    case profanity
    /// Sarcasm, counted only when the person answered is angry or a customer complaining.
    case sarcasm
    /// Mocking someone's spelling or the person; laughing at someone upset.
    case mockery
    /// Contempt, dismissal or blame: "not our problem", "deal with it", "you should have read the terms".
    case contempt
    case rivalNamed = "rival_named"
    /// A rival knocked in front of an upset customer, or named in a reply that insults or swears.
    case rivalAttacked = "rival_attacked"
    /// Refunds and compensation offered, and sums of money; a sum promised most of all.
    case moneyPromise = "money_promise"
    /// "Guaranteed", promises that cannot be kept, offers without a limit ("we'll refund everything").
    case promise
    /// Admitting legal fault or liability, and threats or legal bravado.
    case legal
    /// Politics and religion brought up by our reply.
    case sensitiveTopic = "sensitive_topic"
    /// How many people follow the person answered.
    case reach
    /// The voice's own base risk.
    case voice
    case shouting
    case emojiAgainstVoice = "emoji_against_voice"

    /// Where the kind is declared, which orders reasons of equal points.
    var order: Int { Self.allCases.firstIndex(of: self)! }

    /// Kinds a team can tune but never switch off: a reply with one always needs approval, whatever the
    /// rules' points and threshold say.
    public var alwaysNeedsApproval: Bool { self == .secretRequest || self == .personalData }
}
