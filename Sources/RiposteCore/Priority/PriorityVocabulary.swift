/// What a customer's words say about how soon they need us, one kind of signal per list.
enum PrioritySignal: Int, Hashable, Sendable, CaseIterable {
    /// Someone's safety, or a vulnerable person: an elderly parent, a hospital, no way to call 999, danger now, abuse.
    case safety
    /// A death in the family, or of a friend: the risk rules' grief.
    case bereavement
    /// Thoughts of suicide or self-harm: the risk rules' self_harm.
    case selfHarm
    /// A lawyer, a court, or a regulator such as Ofcom or the FCC.
    case legal
    /// The customer says they are leaving.
    case churn
    /// The service is not working.
    case outage
    /// Anger, from the risk rules' anger words, swearing, angry emoji and shouting.
    case anger
    /// Thanks for a fix, or for the service: the problem, if there was one, is over.
    case praise
    /// Thanks and compliments in words, which lower a post only when it neither asks anything nor
    /// holds a concern: beside a complaint they are politeness ("thanks in advance") or sarcasm
    /// ("Brilliant. No signal for 3 days"). Emoji are left out: a "👍" alone says too little.
    case mildPraise
    /// A question or a request, which makes thanks beside it thanks in advance.
    case request
    /// "still", "again": whatever praise is in the post is likely sarcasm.
    case persisting
    case spam
    /// A phrase that holds a signal's words without meaning it ("switching to eSIM" is no churn, "calm
    /// down" no outage); found only so that the signal inside it is dropped.
    case falseFriend
}

/// The word lists behind `PrioritySignal`, in `WordList` notation: whole words with "s" or "es"
/// allowed after them, phrases whatever the punctuation between their words, a final "." for a
/// phrase that must end a clause ("i'm leaving." but not "I'm leaving for work").
enum PriorityVocabulary {
    /// One table for every signal, so a post's words are looked up once.
    static let table = PhraseTable(compiled.entries)
    /// By entry of `table`: its signal.
    static let signals = compiled.signals
    /// By entry of `table`: for a false friend, the signal it hides.
    static let hidden = compiled.hidden

    private static let compiled: (entries: [String], signals: [PrioritySignal], hidden: [PrioritySignal?]) = {
        var entries: [String] = []
        var signals: [PrioritySignal] = []
        var hidden: [PrioritySignal?] = []
        func add(_ signal: PrioritySignal, _ words: [String], hiding: PrioritySignal? = nil) {
            entries += words
            signals += repeatElement(signal, count: words.count)
            hidden += repeatElement(hiding, count: words.count)
        }
        for (signal, phrases) in falseFriends { add(.falseFriend, phrases, hiding: signal) }
        add(.safety, safety)
        // The risk rules read the same situations in the post a reply answers: one reading of a post, two uses.
        let situations = RiskRules.builtin.sensitiveSituation.situations
        func words(_ name: String) -> [String] { situations.first { $0.name == name }?.words.entries ?? [] }
        add(.bereavement, words("grief"))
        add(.selfHarm, words("self_harm"))
        add(.safety, words("danger") + words("abuse"))
        add(.legal, legal)
        add(.churn, churn)
        add(.outage, outage)
        // The words that tell a risky reply it is answering someone angry tell the queue the same.
        let risk = RiskRules.builtin
        add(.anger, risk.sarcasm.angerWords.entries + risk.profanity.strong.entries + risk.profanity.mild.entries
            + risk.sarcasm.angryEmoji.entries + angerPhrases)
        add(.praise, praise)
        add(.mildPraise, mildPraise)
        add(.request, request)
        add(.persisting, persisting)
        add(.spam, spam)
        return (entries, signals, hidden)
    }()

    static let safety: [String] = {
        let calls = ["call", "calling", "called", "ring", "ringing", "rang", "dial", "dialling", "dialing", "dialled",
                     "dialed", "phone", "phoning", "phoned", "contact", "reach", "through to"]
        return calls.flatMap { verb in ["999", "911", "112"].map { "\(verb) \($0)" } } + safetyWords
    }()

    private static let safetyWords = [
        "emergency", "emergencies", "emergency services", "call for help", "elderly", "pensioner", "hospital",
        "hospitalised", "hospitalized", "ambulance", "vulnerable", "disabled", "disability", "wheelchair", "carer",
        "care home", "pacemaker", "life support", "oxygen", "lifeline", "personal alarm", "medical alarm",
        "panic alarm", "dementia", "terminally ill", "chemo", "chemotherapy", "dialysis", "suicidal", "self harm",
        "domestic abuse", "domestic violence", "not safe", "unsafe", "stranded",
    ]

    static let legal = [
        "ombudsman", "ofcom", "ofgem", "ofwat", "fcc", "ftc", "cfpb", "bbb", "better business bureau",
        "trading standards", "citizens advice", "information commissioner", "advertising standards", "cisas",
        "regulator", "watchdog", "lawyer", "solicitor", "attorney", "legal action", "legal advice", "lawsuit",
        "class action", "small claims", "in court", "to court", "sue you", "i'll sue", "will sue", "going to sue",
        "gonna sue", "suing", "report you to", "reporting you to", "formal complaint", "gdpr", "data protection",
        "breach of contract", "consumer rights", "section 75", "chargeback",
    ]

    static let churn: [String] = {
        let verbs = ["cancel", "cancelling", "canceling", "end", "ending", "terminate", "terminating"]
        let things = ["contract", "account", "subscription", "service", "plan", "broadband", "line", "direct debit"]
        return verbs.flatMap { verb in things.map { "\(verb) my \($0)" } } + [
            "switching to", "switching provider", "switching network", "switch provider", "switch network",
            "changing provider", "change provider", "changing network", "moving provider", "another provider",
            "going to switch", "gonna switch", "will switch", "about to switch", "i'll switch", "i'm cancelling",
            "be cancelling", "going to cancel", "gonna cancel", "want to cancel", "leaving you", "leave you",
            "leaving your network", "leaving for good", "i'm leaving.", "im leaving.", "i am leaving.",
            "we're leaving.", "port my number", "porting my number", "pac code", "stac code",
            "take my business elsewhere", "taking my business elsewhere", "never using you again",
            "never use you again", "done with you", "not renewing", "won't be renewing", "last straw",
        ]
    }()

    static let outage = [
        "outage", "blackout", "no signal", "no service", "no reception", "no coverage", "no network",
        "no internet", "no broadband", "no wifi", "no wi-fi", "no data", "no connection", "no dial tone",
        "no 4g", "no 5g", "no phone line", "sos only", "emergency calls only", "not working", "stopped working",
        "isn't working", "isnt working", "doesn't work", "won't connect", "can't connect", "cannot connect",
        "not connecting", "keeps dropping", "keeps disconnecting", "dropped calls", "dropping calls",
        "calls dropping", "can't make calls", "cannot make calls", "can't get online", "down.", "is down",
        "are down", "went down", "gone down", "been down", "goes down", "down again", "still down",
        "down since", "down for",
    ]

    /// Anger the risk rules' lists do not hold, because a reply cannot contain it.
    static let angerPhrases = ["thanks for nothing", "not good enough", "let down", "let me down", "let us down"]

    static let praise = [
        "thank you so much", "thanks so much", "thanks a million", "many thanks", "fixed it", "fixed now",
        "all fixed", "sorted it", "sorted now", "all sorted", "got it sorted", "resolved", "working again",
        "back online", "up and running", "great service", "excellent service", "amazing service",
        "brilliant service", "great job", "well done", "you rock", "kudos", "much appreciated",
    ]

    static let mildPraise = [
        "thanks", "thank you", "cheers", "ta.", "thx", "appreciate it", "brilliant", "amazing", "fantastic",
        "excellent", "superb", "love you", "love this", "legend",
    ]

    /// Asking for something: thanks in a post that asks are thanks in advance. ("🙏" is "please".)
    static let request = [
        "please", "pls", "plz", "help", "can you", "could you", "can someone", "can anyone", "how do", "how can",
        "why", "when will", "any update", "any news", "sort it", "sort this", "fix it", "fix this", "need", "🙏",
    ]

    static let persisting = ["still", "again", "yet again"]

    static let spam = [
        "win a free", "won a free", "you've won", "you have won", "claim your prize", "claim your reward",
        "free followers", "buy followers", "gain followers", "click here", "giveaway", "airdrop", "dm for promo",
        "promo dm", "link in bio", "check my bio", "follow back", "f4f", "onlyfans", "earn money from home",
    ]

    /// Phrases that hold a signal's words but mean something else, with the signal they hide.
    static let falseFriends: [(hiding: PrioritySignal, phrases: [String])] = [
        (.safety, ["not an emergency", "no emergency", "not urgent"]),
        // Switching a setting or a SIM, not the network.
        (.churn, [
            "switching to wifi", "switching to wi-fi", "switching to esim", "switching to e-sim", "switching to 4g",
            "switching to 5g", "switching to flight mode", "switching to airplane mode", "switching to monthly",
            "switching to annual", "switching to paperless", "switching to direct debit",
        ]),
        (.outage, [
            "calm down", "slow down", "sit down", "upside down", "turned down", "thumbs down", "hands down",
            "back down", "put down", "narrow down", "is down to", "it's down to", "went down well", "gone down well",
            "went down a storm", "down the road", "down to earth", "price is down", "prices are down",
        ]),
        (.praise, [
            "not resolved", "never resolved", "haven't fixed it", "hasn't fixed it", "not fixed it", "never fixed it",
            "said you fixed it", "supposedly fixed it",
        ]),
        // "Again" after a fix, or in thanks.
        (.persisting, [
            "working again", "thanks again", "thank you again", "up again", "online again", "back again",
            "connected again", "running again",
        ]),
    ]
}
