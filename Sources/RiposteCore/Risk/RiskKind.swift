/// Why a draft is risky. The raw value names the reason's table in `risk.toml` and never changes.
public enum RiskKind: String, CaseIterable, Hashable, Sendable {
    case insult
    case profanity
    /// Sarcasm, counted only when the person answered is angry or a customer complaining.
    case sarcasm
    case rivalNamed = "rival_named"
    /// A rival named in a draft that also insults or swears.
    case rivalInsulted = "rival_insulted"
    case moneyPromise = "money_promise"
    /// Phone numbers, e-mail addresses, account and card numbers posted in public.
    case personalData = "personal_data"
    case sensitiveTopic = "sensitive_topic"
    /// How many people follow the person answered.
    case reach
    /// The voice's own base risk.
    case voice
    case shouting
    case emojiAgainstVoice = "emoji_against_voice"

    /// Where the kind is declared, which orders reasons of equal points.
    var order: Int { Self.allCases.firstIndex(of: self)! }
}
