extension RiskRules {
    /// The rules Riposte ships with, read from `defaultFile`.
    public static let builtin: RiskRules = {
        do {
            return try RiskRulesFile.parse(defaultFile, file: "builtin/risk.toml", over: nil)
        } catch {
            preconditionFailure("the built-in risk rules do not parse:\n\(error)")
        }
    }()

    /// The built-in rules as a commented file, for a brand to copy to `$XDG_CONFIG_HOME/riposte/risk.toml`
    /// and edit.
    public static let defaultFile = #"""
        # Riposte risk rules. Copy this file to $XDG_CONFIG_HOME/riposte/risk.toml and edit it;
        # anything you delete keeps the value shown here, so a file may hold just the lines you change.
        #
        # A draft's score is the points of its reasons added up, at most 100. Each reason below has:
        #   points     for its first finding
        #   each_more  for every further finding (0 if left out)
        #   cap        the most the reason adds (points if left out)
        #
        # Word lists match whole words, ignoring case and accents, and also with "s" or "es" after
        # them: "idiot" finds "Idiots" but not "idiotic". Disguises are seen through: "f*ck",
        # "sh1t", "$hit", "shiiit". Also:
        #   "fuck*"       any word starting with "fuck"; use it with care ("ass*" would find "assess")
        #   "yeah right"  several words in a row, whatever punctuation is between them
        #   "yeah right." a final "." asks for the words to end a clause: "Yeah, right." and
        #                 "yeah right, sure" but not "yeah, right away"
        #   "@rival"      a handle
        #   "/s", "🙄"     an entry that starts with neither a letter nor a digit is found as written

        # At or above this score a reply goes to a supervisor for approval instead of out.
        threshold = 60

        # Calling someone names. The first strong word counts strong_points, a mild one points.
        [insult]
        points = 20
        strong_points = 35
        each_more = 10
        cap = 50
        mild = [
            "silly", "clueless", "muppet", "numpty", "plonker", "pillock", "prat", "clown", "🤡", "fool",
            "twit", "nitwit", "dimwit", "lazy", "ignorant", "useless", "whiner", "crybaby", "snowflake",
            "cheapskate", "shut up.", "grow up.", "get a life",
        ]
        strong = [
            "idiot", "idiotic", "moron", "moronic", "stupid", "dumb", "dumbass", "loser", "pathetic",
            "imbecile", "cretin", "halfwit", "worthless", "scum", "scumbag", "freak", "ugly", "liar",
            "incompetent", "tosser", "retard", "retarded", "brain dead", "braindead", "waste of space",
        ]

        # Swearing. Some brands allow the mild list in banter; set its points lower if yours does.
        [profanity]
        points = 10
        strong_points = 30
        each_more = 10
        cap = 45
        mild = [
            "damn", "damned", "dammit", "damnit", "goddamn", "crap", "crappy", "bloody", "hell", "arse",
            "ass", "bugger", "sod", "sod off", "piss", "pissed", "piss off", "bollocks", "feck", "fecking",
            "frick", "fricking", "frickin", "freaking", "effing", "screw you", "wtf", "ffs",
        ]
        strong = [
            "fuck*", "motherfuck*", "fck", "fuk", "stfu", "shit", "shite", "shitty", "shitting", "shithead*",
            "shitshow", "bullshit", "horseshit", "asshole*", "arsehole*", "jackass", "bitch*", "bastard*",
            "cunt*", "dickhead*", "prick", "twat*", "wank*", "bellend", "slut*", "whore*", "cocksucker",
        ]

        # Sarcasm, counted only when the post answered is angry (anger_words, swearing, capitals,
        # "!!!", angry_emoji) or is a customer's complaint (complaint_words). A joke at a fan is banter;
        # the same joke at someone already upset is the screenshot that never goes away.
        [sarcasm]
        points = 40
        each_more = 10
        cap = 50
        markers = [
            "yeah right.", "good luck with that.", "oh really.", "/s", "sure, because", "sure jan", "bless.",
            "bless your heart",
            "must be nice", "oh great", "how original", "what a surprise", "shocking, i know", "slow clap",
            "thanks for nothing", "nice try.", "cool story", "cry me a river", "calm down", "genius",
            "tell us how you really feel", "someone's grumpy", "🙄", "🙃", "😏",
        ]
        anger_words = [
            "angry", "furious", "fuming", "livid", "raging", "seething", "disgusted", "disgusting",
            "disgrace*", "appalling", "appalled", "outrageous", "unacceptable", "ridiculous", "pathetic",
            "useless", "worst", "terrible", "awful", "horrendous", "shambles", "joke", "scam*", "rip off",
            "ripoff", "sick of", "fed up", "had enough", "never again", "hate", "incompetent", "liars",
        ]
        angry_emoji = ["😡", "🤬", "😠", "👿", "💢", "😤", "🖕", "😒"]
        complaint_words = [
            "still waiting", "waiting", "no signal", "not working", "doesn't work", "does not work",
            "stopped working", "broken", "down again", "outage", "complaint", "complain*", "cancel*",
            "refund", "overcharged", "charged twice", "double charged", "wrong", "missing", "never arrived",
            "hasn't arrived", "late", "delayed", "lost", "on hold", "no reply", "no response", "ignored",
            "disappointed", "problem", "issue",
        ]

        # Naming a rival brand. Add your rivals' names and handles; the thread's rival accounts are
        # added when a reply is scored. A rival whose name is an everyday word ("Three") is better
        # listed by its handle alone.
        [rival_named]
        points = 10
        cap = 10
        names = []

        # A rival named in a reply that also insults or swears: on top of those reasons.
        [rival_insulted]
        points = 25

        # Promising money or compensation in public, and sums of money ("£20", "50 dollars").
        [money_promise]
        points = 20
        each_more = 5
        cap = 30
        phrases = [
            "refund*", "compensat*", "reimburs*", "credit your account", "credit to your account",
            "account credit", "goodwill credit", "goodwill gesture", "gesture of goodwill", "free month",
            "month free", "months free", "on the house", "for free", "free of charge", "money back",
            "we'll pay", "we will pay", "we'll cover", "we will cover", "pay you back", "voucher*",
            "gift card", "discount*", "waive*", "cashback", "cash back", "price match",
        ]
        currency_symbols = ["£", "$", "€"]
        amount_units = ["quid", "pound", "dollar", "euro", "buck"]

        # Phone numbers (international, UK and North American shapes), e-mail addresses, account
        # numbers (8 digits or more) and card numbers (13 to 19 digits passing the Luhn check).
        # Numbers inside links are not read.
        [personal_data]
        points = 45
        card_points = 65
        each_more = 10
        cap = 75
        # Numbers an agent may give out, by how they start in national form: UK non-geographic 03 and
        # 08, North American toll-free 800, 888 ... Add your own lines: "02079460" allows 020 7946 0xxx.
        public_numbers = ["03", "08", "800", "833", "844", "855", "866", "877", "888"]
        # Your own e-mail domains, whose addresses an agent may give out: ["ripostemobile.co.uk"].
        public_domains = []

        # Topics where a joke or a breezy tone hurts. Add or rename topics freely: each key under
        # [sensitive_topic.topics] is a topic named in the reason. Words that are everyday talk in care
        # are left out on purpose: phones and batteries "die", apps "crash", signal is "dead".
        [sensitive_topic]
        points = 15
        each_more = 5
        cap = 25

        [sensitive_topic.topics]
        death = [
            "death", "passed away", "funeral", "bereave*", "deceased", "condolences",
            "rest in peace", "late husband", "late wife", "late mother", "late father", "late mum",
            "late dad", "widow*", "grief", "grieving", "in memory of", "memorial", "suicide",
        ]
        illness = [
            "cancer", "chemo*", "tumour", "tumor", "terminally ill", "terminal illness", "hospital",
            "hospice", "intensive care", "illness", "diagnosed", "diagnosis", "disability", "wheelchair",
            "dementia", "alzheimer*", "stroke", "heart attack", "covid", "pandemic", "miscarriage",
            "mental health", "depression", "suicidal", "self harm", "overdose",
        ]
        disaster = [
            "flood", "flooding", "earthquake", "hurricane", "tornado", "wildfire", "bushfire", "tsunami",
            "explosion", "bombing", "terror attack", "terrorist*", "terrorism", "mass shooting", "disaster",
            "catastrophe", "tragedy", "tragic", "victims", "casualties", "evacuat*", "plane crash",
            "train crash", "invasion", "genocide",
        ]
        politics = [
            "election*", "vote", "voting", "voter*", "ballot", "brexit", "trump", "biden", "starmer",
            "sunak", "farage", "tory", "tories", "labour party", "lib dems", "democrat*", "republican*",
            "conservative party", "parliament", "congress", "senate", "government", "prime minister",
            "immigra*", "refugee*", "asylum", "abortion", "gun control", "israel*", "palestin*", "gaza",
            "ukrain*", "russia*", "putin", "protest*", "left wing", "right wing", "woke",
        ]
        religion = [
            "jesus", "allah", "muslim*", "islam*", "christianity", "catholic*", "jewish", "jews", "judaism",
            "hindu*", "sikh*", "buddhis*", "atheis*", "church", "mosque", "synagogue", "religion",
            "religious", "pray", "praying", "prayers", "bible", "quran", "koran", "torah", "ramadan", "eid",
            "diwali", "hanukkah", "passover",
        ]
        violence = [
            "rape", "raped", "rapist", "assault*", "abuse", "abused", "abusive", "stabbing", "stabbed",
            "murder*", "kidnap*", "domestic violence", "violence",
        ]

        # The reach of the person answered: points_per_tenfold for every tenfold of followers above
        # from_followers. With these values: 1k followers or fewer 0, 10k 8, 50k 14, 100k 16, 1M 24.
        [reach]
        from_followers = 1000
        points_per_tenfold = 8
        cap = 25

        # The voice's own base_risk (set in its voice file) is added, up to this cap.
        [voice]
        cap = 40

        # Capitals: capitals_percent of the letters or more, once there are min_letters letters.
        # Also exclamation_run "!" in a row.
        [shouting]
        points = 10
        capitals_percent = 60
        min_letters = 12
        exclamation_run = 3

        # More emoji than the voice allows: none for Calm and Formal, one for Classic care and Banter.
        [emoji_against_voice]
        points = 10

        """#
}
