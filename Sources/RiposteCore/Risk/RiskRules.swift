import Foundation

/// What the risk score counts and how much: points per reason and the word lists, as a brand
/// writes them in `risk.toml` (`RiskRules.defaultFile` documents every key).
public struct RiskRules: Hashable, Sendable {
    /// At or above this score a supervisor must approve the reply before it is sent.
    public var threshold: Int
    public var insult: GradedWordRule
    public var profanity: GradedWordRule
    public var sarcasm: SarcasmRule
    public var rivalNamed: RivalRule
    public var rivalInsulted: RiskPoints
    public var moneyPromise: MoneyRule
    public var personalData: PersonalDataRule
    public var sensitiveTopic: SensitiveTopicRule
    public var reach: ReachRule
    /// The most a voice's base risk may add.
    public var voiceCap: Int
    public var shouting: ShoutingRule
    public var emojiAgainstVoice: RiskPoints

    /// Whether a reply with `assessment` must wait for a supervisor.
    public func requiresApproval(_ assessment: RiskAssessment) -> Bool {
        assessment.score >= threshold
    }
}

/// Points for one reason: the first finding, each further one, and the most the reason adds.
public struct RiskPoints: Hashable, Sendable {
    public var points: Int
    public var eachMore: Int
    public var cap: Int

    public init(points: Int, eachMore: Int = 0, cap: Int? = nil) {
        self.points = points
        self.eachMore = eachMore
        self.cap = cap ?? points
    }

    /// The reason's points for `count` findings, the worst of which is worth `first`.
    func total(count: Int, first: Int? = nil) -> Int {
        guard count > 0 else { return 0 }
        return min(cap, (first ?? points) + eachMore * (count - 1))
    }
}

/// Insults or profanity: a mild list and a strong one.
public struct GradedWordRule: Hashable, Sendable {
    public var scoring: RiskPoints
    /// Points for the first finding when it is on the strong list.
    public var strongPoints: Int
    public var mild: WordList
    public var strong: WordList
}

public struct SarcasmRule: Hashable, Sendable {
    public var scoring: RiskPoints
    public var markers: WordList
    /// Words that show the person answered is angry; their swearing, shouting and
    /// `angryEmoji` show it too.
    public var angerWords: WordList
    public var angryEmoji: WordList
    /// Words that show a customer is complaining.
    public var complaintWords: WordList
}

public struct RivalRule: Hashable, Sendable {
    public var scoring: RiskPoints
    /// Names and handles ("@rival"); the thread's rivals are added to these.
    public var names: WordList
}

public struct MoneyRule: Hashable, Sendable {
    public var scoring: RiskPoints
    public var phrases: WordList
    /// A symbol before a number makes an amount: "£20".
    public var currencySymbols: [String]
    /// A word after a number makes an amount: "20 quid".
    public var amountUnits: WordList
}

public struct PersonalDataRule: Hashable, Sendable {
    /// For a phone number, an e-mail address or an account number.
    public var scoring: RiskPoints
    /// For a card number.
    public var cardPoints: Int
    /// Numbers an agent may give out, by their start in national form: toll-free and
    /// non-geographic ones ("0800", "800"), or the brand's own lines.
    public var publicNumbers: [String]
    /// The brand's own e-mail domains, whose addresses an agent may give out.
    public var publicDomains: [String]
}

public struct SensitiveTopicRule: Hashable, Sendable {
    public var scoring: RiskPoints
    /// Each topic's name ("death") and words, in file order.
    public var topics: [SensitiveTopic]
}

public struct SensitiveTopic: Hashable, Sendable {
    public var name: String
    public var words: WordList

    public init(name: String, words: WordList) {
        self.name = name
        self.words = words
    }
}

/// Points grow with the log of the followers of the person answered.
public struct ReachRule: Hashable, Sendable {
    /// No points at or below this many followers.
    public var fromFollowers: Int
    /// Points for each tenfold above `fromFollowers`.
    public var pointsPerTenfold: Int
    public var cap: Int

    func points(followers: Int) -> Int {
        guard followers > fromFollowers, fromFollowers > 0 else { return 0 }
        let tenfolds = log10(Double(followers) / Double(fromFollowers))
        return min(cap, Int((Double(pointsPerTenfold) * tenfolds).rounded()))
    }
}

public struct ShoutingRule: Hashable, Sendable {
    public var scoring: RiskPoints
    /// The share of capitals, in percent of the letters, that reads as shouting ...
    public var capitalsPercent: Int
    /// ... once a draft has this many letters.
    public var minLetters: Int
    /// This many "!" in a row read as shouting too.
    public var exclamationRun: Int
}
