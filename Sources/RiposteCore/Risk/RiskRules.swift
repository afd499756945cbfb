import Foundation

/// What the risk score counts and how much: points per reason and the word lists, as a team writes them in
/// `risk.toml` (`RiskRules.defaultFile` documents every key).
public struct RiskRules: Hashable, Sendable {
    /// At or above this score a supervisor must approve the reply before it is sent.
    public var threshold: Int
    /// Words the rules share to read a sentence: what negates it, what asks, where an answer would be posted.
    public var language: LanguageRule
    public var secretRequest: SecretRequestRule
    public var personalData: PersonalDataRule
    public var sensitiveSituation: SensitiveSituationRule
    public var insult: GradedWordRule
    public var profanity: GradedWordRule
    public var sarcasm: SarcasmRule
    public var mockery: MockeryRule
    public var contempt: ContemptRule
    public var rivalNamed: RivalRule
    public var rivalAttacked: RivalAttackRule
    public var moneyPromise: MoneyRule
    public var promise: PromiseRule
    public var legal: LegalRule
    public var sensitiveTopic: SensitiveTopicRule
    public var reach: ReachRule
    /// The most a voice's base risk may add.
    public var voiceCap: Int
    public var shouting: ShoutingRule
    public var emojiAgainstVoice: RiskPoints

    /// Whether a reply with `assessment` must wait for a supervisor: its score is at or over the threshold, or it
    /// asks for a secret or publishes personal data, which no team setting lets out unseen.
    public func requiresApproval(_ assessment: RiskAssessment) -> Bool {
        assessment.score >= threshold || assessment.reasons.contains { $0.kind.alwaysNeedsApproval }
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
        return min(max(cap, first ?? points), (first ?? points) + eachMore * (count - 1))
    }
}

/// Words that change how a sentence reads, shared by the rules that look at requests and promises.
public struct LanguageRule: Hashable, Sendable {
    /// "never", "don't": "we'll never ask for your PIN" asks for nothing.
    public var negations: WordList
    /// Words that ask the reader for something: "send", "confirm", "what's".
    public var asking: WordList
    /// Where an answer stays private: "DM", "direct message", "call us".
    public var privateChannels: WordList
    /// Where an answer would be public: "reply", "here", "below".
    public var publicPlaces: WordList
}

public struct ContemptRule: Hashable, Sendable {
    public var scoring: RiskPoints
    /// Words that show a reply does something for an upset customer; one with none of these, and no care, is a
    /// brush-off.
    public var engagement: WordList
    /// Words that commit us to something ("we'll", "is booked"): rules and process without one, and without care,
    /// answering someone upset, is a brush-off in formal dress.
    public var commitments: WordList
    /// For the same words answering a rival brand's own post, where they are banter.
    public var rivalPoints: Int
    public var phrases: WordList
}

public struct SecretRequestRule: Hashable, Sendable {
    public var scoring: RiskPoints
    /// Passwords, PINs, card numbers, CVVs, one-time codes, security answers.
    public var secrets: WordList
    /// A date of birth: a secret when asked for in public or with other identifiers.
    public var birthDates: WordList
    /// Telling someone to hand over a secret their post names: "go ahead and read it out".
    public var handingOver: WordList
}

public struct PersonalDataRule: Hashable, Sendable {
    /// For a phone number, an e-mail or street address, a postcode, an account number, a request to post them.
    public var scoring: RiskPoints
    /// For a card number.
    public var cardPoints: Int
    /// Numbers an agent may give out, by their start in national form: toll-free and
    /// non-geographic ones ("0800", "800"), or the brand's own lines.
    public var publicNumbers: [String]
    /// The brand's own e-mail domains, whose addresses an agent may give out.
    public var publicDomains: [String]
    /// Mailboxes that belong to a team, not a person ("help@", "support@"): an agent may give them out.
    public var publicMailboxes: [String]
    /// What identifies a person, which an agent must never ask to have posted in public: "address", "postcode".
    public var details: WordList
    /// Words that name a number as a person's ("order", "account", "ref"): "order 48213" is theirs.
    public var numberNames: WordList
    /// Someone's health named in a reply: "your prescription".
    public var health: WordList
    /// Words that end a street address: "Road", "Street", "Avenue".
    public var streetWords: WordList
    /// Words before a number or address that make it the brand's own: "call us on", "our store at".
    public var ours: WordList
}

public struct SensitiveSituationRule: Hashable, Sendable {
    public var scoring: RiskPoints
    /// Voices whose every line reads as a joke to someone grieving: "banter", "challenger".
    public var playfulVoices: [String]
    /// Jokes, laughter, flippancy: "lol", "oops", "could be worse", "😂".
    public var levity: WordList
    /// Dismissing or blaming the person: "nothing we can do", "you should have".
    public var dismissal: WordList
    /// Deflection to rules and process: "as set out in our terms", "within 5-7 working days".
    public var cold: WordList
    /// Words of care: "sorry", "thank you for telling us". A reply with none, and no pointer to help, is cold.
    public var careWords: WordList
    /// Where to get help now: "999", "Samaritans".
    public var helpPointers: WordList
    /// Situations where every reply must point to help: "self_harm".
    public var mustPointToHelp: [String]
    /// Situations a post that laughs, praises or starts banter leaves behind: "children".
    public var light: [String]
    /// Emoji gentle enough for a sensitive situation; any other is levity there.
    public var gentleEmoji: [String]
    /// Each situation's name ("grief") and the words that show it in a post, in file order.
    public var situations: [NamedWordList]
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
    /// For a winking emoji answering someone upset.
    public var winkPoints: Int
    public var flippantEmoji: [String]
    public var markers: WordList
    /// Words that show the person answered is angry; their swearing, shouting and
    /// `angryEmoji` show it too.
    public var angerWords: WordList
    public var angryEmoji: WordList
    /// Words that show a customer is complaining.
    public var complaintWords: WordList
    /// Praise, beside which complaint words are a story, not a complaint.
    public var praiseWords: WordList
    /// Words that make a post banter rather than a complaint: "asking for a friend", "who's better, go".
    public var playfulWords: WordList
    /// A customer's own sarcasm ("love that for me", "🙄"): a complaint, whatever praise or laughter is in it.
    public var postSarcasm: WordList
}

public struct MockeryRule: Hashable, Sendable {
    public var scoring: RiskPoints
    /// Mocking someone's spelling, intelligence, phone or person, whoever they are.
    public var phrases: WordList
    /// Laughter, which mocks only someone who is upset.
    public var laughter: WordList
}

public struct RivalRule: Hashable, Sendable {
    public var scoring: RiskPoints
    /// Names and handles ("@rival"); the thread's rivals are added to these.
    public var names: WordList
}

public struct RivalAttackRule: Hashable, Sendable {
    /// For a rival knocked in front of an upset customer.
    public var scoring: RiskPoints
    /// For a rival named in a reply that insults or swears, whoever it answers.
    public var withAbusePoints: Int
    /// Words that knock a rival: "worse", "at least we", "enjoy".
    public var knocks: WordList
    /// A rival referred to without its name: "unlike some", "the other lot", "a certain purple network".
    public var rivalWords: WordList
    /// Below the belt even in banter: a rival's customers, staff, safety scares and scandals.
    public var lowBlows: WordList
}

public struct MoneyRule: Hashable, Sendable {
    /// For refunds and compensation offered in words.
    public var scoring: RiskPoints
    /// For a sum of money in public.
    public var amountPoints: Int
    /// For a sum of money promised: "we'll credit you £50".
    public var promisedAmountPoints: Int
    public var phrases: WordList
    /// Words that turn a sum in the same sentence into a promise: "credit", "send you", "on its way".
    public var giving: WordList
    /// A symbol before a number makes an amount: "£20".
    public var currencySymbols: [String]
    /// A word after a number makes an amount: "20 quid".
    public var amountUnits: WordList
}

public struct PromiseRule: Hashable, Sendable {
    /// For a promise in words: "we promise", "never happen again".
    public var scoring: RiskPoints
    /// For "guaranteed" and an offer with no limit.
    public var bindingPoints: Int
    public var promises: WordList
    public var guarantees: WordList
    /// Offers that need a limit ("refund", "cover") ...
    public var offers: WordList
    /// ... and words that take it away ("everything", "whatever it costs"), in the same sentence.
    public var unbounded: WordList
    /// Offers with no limit on their own: "free for life".
    public var unboundedOffers: WordList
}

public struct LegalRule: Hashable, Sendable {
    public var scoring: RiskPoints
    /// Admitting legal fault or liability: "we were negligent", "we accept liability".
    public var admissions: WordList
    /// Threats and legal bravado: "see you in court", "our lawyers".
    public var threats: WordList
    /// Owning a fault ("that's on us") ...
    public var faults: WordList
    /// ... answering a post that tells of harm ("sprained", "fire"): an admission of liability.
    public var harm: WordList
}

public struct SensitiveTopicRule: Hashable, Sendable {
    /// For a topic our reply brings up.
    public var scoring: RiskPoints
    /// For a topic the post answered raised first, which our reply takes up.
    public var echoedPoints: Int
    /// Taking a side ("we support", "is cruel"), which counts as bringing a topic up where the post or the reply
    /// touches one.
    public var stances: WordList
    /// Saying the brand stays out of it: "we don't take political positions".
    public var neutral: WordList
    /// Each topic's name ("politics") and words, in file order.
    public var topics: [NamedWordList]
}

/// A list with a name the reasons use: a sensitive situation, a topic.
public struct NamedWordList: Hashable, Sendable {
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
