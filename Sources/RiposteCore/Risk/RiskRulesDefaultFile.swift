extension RiskRules {
    /// The rules Riposte ships with, read from `defaultFile`.
    public static let builtin: RiskRules = {
        do {
            return try RiskRulesFile.parse(defaultFile, file: "builtin/risk.toml", over: nil)
        } catch {
            preconditionFailure("the built-in risk rules do not parse:\n\(error)")
        }
    }()

    /// The built-in rules as a commented file: what `riposte risk rules show` prints on a store whose team has set
    /// none, for a supervisor to copy, edit and store with `riposte risk rules set FILE`.
    public static let defaultFile = #"""
        # Riposte risk rules: the team's, kept in the store. A supervisor changes them with
        # `riposte risk rules set FILE`; anything a file leaves out keeps the value shown here, so a
        # file may hold just the lines it changes. `riposte risk --rules FILE` tries a file out.
        #
        # A reply's score is the points of its reasons added up, at most 100. Each reason below has:
        #   points     for its first finding
        #   each_more  for every further finding (0 if left out)
        #   cap        the most the reason adds (points if left out)
        # Asking for a secret and publishing personal data always need approval, whatever their points.
        #
        # Word lists match whole words, ignoring case and accents, and also with "s", "es" or "'s"
        # after them: "idiot" finds "Idiots" but not "idiotic". In the insult and profanity lists,
        # disguises are seen through: "f*ck", "sh1t", "$hit", "shiiit". Also:
        #   "fuck*"       any word starting with "fuck"; use it with care ("ass*" would find "assess")
        #   "yeah right"  several words in a row, with any punctuation between them but a sentence's
        #                 end (".", "!", "?"), unless the entry has one there too
        #   "yeah right." a final "." asks for the words to end a clause: "Yeah, right." and
        #                 "yeah right, sure" but not "yeah, right away"
        #   "@rival"      a handle
        #   "/s", "🙄"     an entry that starts with neither a letter nor a digit is found as written

        # At or above this score a reply goes to a supervisor for approval instead of out.
        threshold = 60

        # Words the rules share to read a sentence.
        [language]
        # Before what a sentence asks or promises, these undo it: "we'll never ask for your PIN".
        negations = [
            "never", "not", "no", "don't", "dont", "do not", "won't", "wont", "can't", "cant", "cannot",
            "shouldn't", "mustn't", "isn't", "aren't", "wouldn't", "nobody", "no one", "noone", "without",
            "neither", "nor", "avoid", "refrain", "stop",
        ]
        # Words that ask the reader to give us something.
        asking = [
            "send", "share", "confirm", "provide", "dm", 
            "pm", "include", "forward", 
            "let us know", "let me know", "what's", "whats", "what is", "what are", "which is",
            "remind us",
            "can we have", "could we have", "may we have", "can we get", "could we get", "can i have",
            "could i have", "can i get", "mind sharing", "happy to share", "supply", "give us",
            "we need", "we'll need", "we will need", "we just need", "we'd need", "i need", "i'll need", "i just need", "need you to", "need to see", "need to know", "we require", "we'll require", "read out", "read us", "read me",
            "post your", "post it", "post them", "post a photo", "post the", "post here", "reply with", "reply here", "reply to this with", "reply back with", "respond with", "comment your", "comment with", "comment below", "tweet us", "tweet your", "message us", "message your", "message me", "text us", "text me", "text your", "email us", "email me", "email your", "give us", "give me", "tell us", "tell me", "drop us", "drop your", "drop it", "pop your", "pop it", "pop us", "pop them", "stick your", "shout us", "just need your", "we'll just need",
            "give", "tell", "drop", "pop", "text", "email", "message", "pop the", "let them know", "read them", "tell them", "give them",
        ]
        # An answer sent these ways stays private.
        private_channels = [
            "dm", "dms", "d.m", "direct message", "direct messages", "private message", "private messages",
            "pm", "inbox", "privately", "private", "in private", "secure form", "secure link", "securely",
            "message us", "messages", "webchat", "web chat", "live chat", "chat", "call us", "ring us",
            "phone us", "give us a call", "give us a ring", "email us", "e-mail us", "contact form", "form",
            "our website", "our site", "the app", "our app", "helpline", "in store", "in person", "branch",
            "follow and dm", "follow us",
            "send us", "send it to us", "send them to us", "give them", "tell them", "pass it to",
        ]
        # An answer sent these ways is public.
        public_places = [
            "here", "below", "reply", "replies", "comment", "comments", "thread", "publicly", "in public",
            "on here", "timeline", "tweet", "this post", "under this",
        ]

        # Asking for a password, a PIN, a card's numbers, a one-time code or a security answer, in public
        # or in a message: no care team ever needs them. Always needs approval.
        [secret_request]
        points = 80
        each_more = 5
        cap = 90
        secrets = [
            "password*", "passcode*", "pass code", "passphrase*", "passwd", "pin", "pin number", "pin code",
            "security code", "security question", "security answer", "security details", "security info*",
            "memorable word", "memorable information", "memorable info", "memorable date", "maiden name",
            "cvv*", "cvc*", "cv2", "csc", "card verification", "card security", "digits on the back",
            "numbers on the back", "number on the back", "code on the back", "card number", "card numbers",
            "long number", "16 digit", "16-digit", "sixteen digit", "full card", "card details",
            "bank details", "banking details", "online banking", "login details", "log in details",
            "log-in details", "login info*", "sign in details", "credentials", "username and password",
            "otp", "one time code", "one-time code", "one time passcode", "one time password", "one time pin",
            "verification code", "auth code", "authentication code", "authorisation code",
            "authorization code", "2fa", "two factor code", "login code", "log in code", "sign in code",
            "access code", "sms code", "text code", "code we sent", "code we've sent", "code we just sent",
            "code we texted", "code we just texted", "code we emailed", "code you received", "code you got",
            "code you've received", "code you were sent", "code sent to you", "code sent to your",
            "security number", "sort code", "account password",
            "first school", "first pet", "pet's name", "pets name", "name of your first", "first car", "street you grew up", "where you were born", "place of birth", "favourite teacher", "favorite teacher", "childhood", "security word", "secret word", "secret answer", "memorable place", "mother's maiden",
            "digit code", "digit number", "digit pin", "digit passcode", "digits from the text", "digits we sent", "digits in the text", "number in the text", "number contained in", "number we texted", "number we sent", "code in the text", "code in the email", "code on your screen", "code that just", "code that came", "code that landed", "code from the text", "code from your", "text we sent", "expiry date", "expiration date", "exp date", "expiry", "valid from", "signature strip", "security digits", "card's number", "numbers on your card", "number on your card", "number across the front", "front of your card", "back of your card", "log in details", "password reset code",
            "login code", "code from the app", "code in the app", "pin you set", "pin you chose", "your pin", "your password", "your passcode", "security pin",
            "what you type to get in", "what you type to log in", "type to get in", "you use to log in", "you use to sign in", "what you log in with", "you log in with", "the letters you type", "all 16 digits", "16 digits", "the little code", "code on the back", "3-digit", "three-digit", "3 digit", "three digit", "long card number", "card digits", "numbers on the front", "number on the front", "the code that", "code that just", "code we just", "code we've just", "code you just got", "six digits", "6 digits", "sent to your phone", "texted to you", "security pin",
            "admin password", "router password", "wifi password", "your code", "the code",
            "username and password", "the details they ask",
            "log into my bank", "log in to my bank", "log into your bank", "log in to your bank", "remote access", "anydesk", "teamviewer", "screen sharing", "share my screen", "share your screen",
        ]
        # A reply telling someone to hand over a secret their post names: "yes, that's legit, read it out to him".
        handing_over = [
            "read it out", "read it to", "give it to", "give it them", "give them it", "share it", "tell him",
            "tell her", "tell them", "go ahead", "that's legit", "thats legit", "it's legit", "its legit",
            "that is legit", "that's us", "it's us", "that was us", "send it", "type it in", "enter it",
            "pop it in", "safe to share", "fine to share", "ok to share", "okay to share", "you can share",
            "give them the details", "give them your details", "give them what", "follow his steps", "follow her steps", "follow their steps", "follow his instructions", "follow their instructions", "let him in", "install the app he", "go ahead and follow",
            "hand them over", "hand it over", "hand over", "that's our guy", "thats our guy", "that's our engineer", "that's our team",
        ]
        # A date of birth: asked for in public, or with other details that identify someone.
        birth_dates = ["date of birth", "dob", "d.o.b", "birth date", "birthdate", "when you were born"]

        # Publishing personal data: phone numbers (international, UK and North American shapes), e-mail
        # addresses, street addresses, postcodes, account, order and card numbers (13 to 19 digits passing
        # the Luhn check), the customer's own included, and asking for any of them in public. Numbers inside
        # links are not read. Always needs approval.
        [personal_data]
        points = 70
        card_points = 80
        each_more = 5
        cap = 90
        # Numbers an agent may give out, by how they start in national form: UK non-geographic 03 and
        # 08, North American toll-free 800, 888 ... Add your own lines: "02079460" allows 020 7946 0xxx.
        public_numbers = ["03", "08", "800", "833", "844", "855", "866", "877", "888"]
        # Your own e-mail domains, whose addresses an agent may give out: ["ripostemobile.co.uk"].
        public_domains = []
        # Team mailboxes anywhere, which are not a person's: help@..., support@...
        public_mailboxes = [
            "help", "support", "care", "customercare", "customer.care", "customerservice", "customerservices",
            "customer.service", "service", "services", "hello", "hi", "info", "contact", "enquiries", "enquiry",
            "team", "social", "feedback", "complaints", "complaint", "privacy", "dpo", "dataprotection",
            "security", "abuse", "phishing", "fraud", "scams", "report", "billing", "accounts", "sales",
            "press", "media", "noreply", "no-reply", "careers", "jobs", "escalations", "resolutions",
        ]
        # Someone's health, never for a public reply: "your prescription", "your HRT".
        health = [
            "your prescription", "your prescriptions", "your repeat prescription", "your medication", "your medicine",
            "your hrt", "hrt patches", "your test results", "your results are", "your diagnosis", "your condition",
            "your scan", "your blood test", "your sick note", "your fit note", "your insulin", "your inhaler",
            "your antidepressants", "your methadone",
            "smear test", "your smear", "your bloods", "blood results", "your vaccine", "your jab", "your pregnancy", "your scan results", "your therapy", "your counselling", "your std", "your sti",
            "chlamydia", "gonorrhoea", "gonorrhea", "syphilis", "hiv", "herpes", "your sti", "sti test", "std test", "pregnancy test", "your pregnancy test", "sexual health",
            "her warfarin", "his warfarin", "their warfarin", "her metformin", "his metformin", "their metformin", "her sertraline", "his sertraline", "their sertraline", "her fluoxetine", "his fluoxetine", "their fluoxetine", "her citalopram", "his citalopram", "their citalopram", "her lithium", "his lithium", "their lithium", "her morphine", "his morphine", "their morphine", "her codeine", "his codeine", "their codeine", "her tramadol", "his tramadol", "their tramadol", "her diazepam", "his diazepam", "their diazepam", "her olanzapine", "his olanzapine", "their olanzapine", "her quetiapine", "his quetiapine", "their quetiapine", "her levothyroxine", "his levothyroxine", "their levothyroxine", "her amlodipine", "his amlodipine", "their amlodipine", "her antidepressants", "his antidepressants", "their antidepressants", "her antibiotics", "his antibiotics", "their antibiotics", "her chemo", "his chemo", "their chemo", "her meds", "his meds", "their meds", "her medication", "his medication", "their medication", "her insulin", "his insulin", "their insulin", "her inhaler", "his inhaler", "their inhaler", "her methotrexate", "his methotrexate", "their methotrexate", "her prednisolone", "his prednisolone", "their prednisolone", "her epipen", "his epipen", "their epipen", "her chart", "his chart", "care plan", "her care plan", "his care plan", 
        ]
        # What identifies a person: asking them to post any of these in public needs approval.
        details = [
            "address", "home address", "postcode", "post code", "zip", "zip code", "zipcode", "postal code",
            "phone number", "mobile number", "contact number", "telephone number", "number you're calling from",
            "email address", "e-mail address", "account number", "account no", "acct number", "account details",
            "order number", "order no", "order ref", "order reference", "booking ref", "booking reference",
            "booking number", "reference number", "ref number", "customer number", "membership number",
            "policy number", "tracking number", "imei", "serial number", "full name", "surname", "last name",
            "first line of your address", "house number", "sim number", "iccid", "meter number",
            "student id", "student number", "staff number", "employee number", "national insurance", "ni number", "passport number", "driving licence number", "reg", "registration", "number plate",
        ]
        # A number after one of these is someone's: "order 48213", "ref: AB1234".
        number_names = [
            "order", "account", "acct", "ref", "reference", "booking", "customer", "membership", "policy",
            "tracking", "imei", "serial", "invoice", "contract", "sim", "iccid", "meter", "claim",
            "id", "student", "reg", "registration", "ni", "passport", "licence", "employee", "staff", "patient", "nhs",
        ]
        # What ends a street address: "14 Elm Road".
        street_words = [
            "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "close", "way", "court",
            "ct", "crescent", "cres", "place", "pl", "terrace", "grove", "gardens", "gdns", "boulevard", "blvd",
            "highway", "hwy", "square", "sq", "park", "mews", "row", "hill", "walk", "parade", "rise", "view",
            "green", "circle", "parkway", "pkwy", "trail", "wharf", "quay", "estate",
        ]
        # A number or an address after these is the brand's own: "call us on 0345 ...".
        ours = [
            "call us", "call us on", "ring us", "phone us", "text us", "contact us", "reach us", "our number",
            "our line", "our team on", "our helpline", "helpline", "freephone", "free phone", "our store",
            "our shop", "our office", "our branch", "our address", "our head office", "our store at",
            "visit us", "write to us", "our", "us on", "us at",
        ]

        # A reply to someone in a sensitive situation (the post answered tells which) that jokes, uses a
        # playful voice, is flippant, or dismisses or blames them.
        [sensitive_situation]
        points = 65
        playful_voices = ["banter", "challenger"]
        levity = [
            "lol", "lmao", "lmfao", "rofl", "haha*", "hehe*", "ha ha", "jk", "just kidding", "kidding", "joking",
            "joke", "jokes", "pun", "pun intended", "oops", "oopsie*", "whoops", "whoopsie*", "yikes", "oh well",
            "welp", "no biggie", "no big deal", "chill", "relax", "calm down", "cheer up", "chin up",
            "could be worse", "could have been worse", "could've been worse", "bright side", "silver lining",
            "every cloud", "happens to the best", "these things happen", "it happens", "shit happens",
            "stuff happens", "first world problem*", "bummer", "sucks", "drama", "dramatic",
            "plot twist", "vibes", "big mood", "rip", "r.i.p", "rest in pieces", 
            "look at it this way", "at least you", "at least it", "at least they", "at least he",
            "at least she", "on the plus side", "😂", "🤣", "😆", "😅", "😜", "😝", "😛", "😉", "😏",
            "🙃", "😎", "🤪", "🥳", "🎉", "🔥", "💀", "🙈", "🤷", "😹", "😄", "😁", "😀", "😃", "🤭",
            "😬", "🤡", "👻", ";)", ";-)", ":p", ":-p", "xd", ":d",
            "traffic happens", "life happens", "emergencies don't book",
        ]
        dismissal = [
            "not our problem", "not my problem", "nothing we can do", "nothing i can do", "nothing more we can do",
            "can't help you", "cannot help you", "not our responsibility", "nothing to do with us",
            "your fault", "your own fault", "should have known",
            "you chose", "your choice", "your responsibility", "your problem",
            "read the terms", "read the small print", "small print", 
            "policy is policy", "rules are rules", "those are the rules", "it is what it is", 
            "only a phone", "just a phone", "just a bill", "get over it", "move on", 
            "no need to be", "overreact*", "over-react*", "everyone goes through", "worse things happen",
            "not that bad", "you'll live", "you'll survive", "life goes on", "suck it up", "man up",
            "toughen up", "pull yourself together", "try harder", "you failed to", "you forgot to",
            "you didn't read", "as stated", "like we said", "as we said", "we already told you",
            "already explained", "happens all the time", "not a big deal", "not the end of the world",
            "could be worse", "that's life", "thats life", "such is life", 
            "sorry if this", "sorry if you", "misinterpreted", "in due course", "cannot be replaced", "can't be replaced", "cannot control", "can't control", "in good faith", "lawful use", "intended for", "please ensure", "clearly set out", "please update your details", "update your details", "from the record", "on record", "we appreciate", "generated automatically", "automatically generated", "will cease", "you can update", "please buy", "you will need", "hang in there", "brighter in the morning", "tomorrow is another day", "chin up", "exciting times", "exciting", "enjoy the", "enjoy your", "treats you well", "great to hear", "cheeky", "och aye",
            "we're sure", "we are sure", "meant nothing", "didn't mean it", "didnt mean it", "no offence", "can't be", "we all have", "happens to us all", "happens to all of us", "it's not personal", "not personal",
            "you should have read", "you should have checked", "you should have called", "you should have told", "you should have asked", "you should have kept", "you should have booked", "you should've read", "you should've checked",
            "sorry you're unhappy", "sorry you are unhappy", "sorry you feel", "sorry you're upset", "sorry you are upset", "nothing personal", "nothing to worry about", "sorry to see you go", "keep a smaller", "could you keep", "great news", "we're sure they", "we are sure they", "meant it as a joke", "young at heart",
        ]

        # Deflection to rules and process, cold to someone in a sensitive situation.
        cold = [
            "not responsible for", "we are not responsible", "we're not responsible", "is responsible for all",
            "are responsible for", "you are responsible", "you're responsible", "parents are responsible",
            "as set out in", "in line with our policy", "in accordance with", "our terms state", "our policy states",
            "our terms and conditions", "terms and conditions", "per our policy", "as per our", "please refer to",
            "refer to page", "user manual", "outstanding balance", "will be due", "will continue",
            "office hours", "business hours", "monday to friday", "working days", "reviewed within",
            "submit a report", "rate your driver", "meets industry", "industry guidelines", "ask a friend",
            "friend or family member", "nominate someone", "we did send", "high volume",
            "independent contractors", "standard procedure", "unfortunately we can't", "unfortunately we cannot",
            "can't be paused", "cannot be paused", "can't be waived", "cannot be waived", "no exceptions",
            "we're unable to", "we are unable to", "within 24 hours", "within 48 hours", "within 72 hours",
            "please note", "kindly note", "as previously advised", "as advised", "we have no record",
            "procedure*", "applied equally", "all customers", "unsubscribe", "just tap", "just click", "we need both", "both holders",
            "thank you for your feedback", "for any delay", "any inconvenience", "for any inconvenience", "please check live", "live departures", "must be requested", "must be made", "must be presented", "please ask the", "policyholder", "account holder must", "only the account holder", "returns must", "tags attached", "enclosed form", "book an appointment",
            "isn't handled", "is not handled", "terms on our website", "on our website", "over social media", "handled over social", "for any confusion", "we'll need a copy", "proof of", "within 7 days", "within 14 days", "within 30 days", "still due", "is still due", "completely random", "thanks for your patience", "can't be discriminating", "cannot be discriminating", "have discretion", "discretion to", "for safety reasons", "report any concerns",
            "please see our", "please see the terms", "reserve the right", "at their discretion", "at our discretion", "decisions are final", "are estimates", "not guaranteed", "are applied in accordance", "in accordance with the tariff", "must be reported", "please confirm when", "closure form", "termination charges", "will be applied", "loiter", "trespass", "prosecution", "road safety seriously", 
            "any difficulty", "for any difficulty", "any misunderstanding", "miscommunication", "we recommend", "next available", "average response", "quote your", "learner portal", "request a change",
            "per section", "policy wording", "cover ceases", "ceases on", "non-refundable", "not refundable", "date of death",
        ]
        # Words of care. A reply to someone in a sensitive situation with none of these, and no pointer to help,
        # reads as cold.
        care_words = [
            "sorry", "apolog*", "thank you for telling us", "thanks for telling us", "thank you for letting us know",
            "thanks for letting us know", "we hope", "hope you're", "hope you are", "hope your", "take care",
            "condolence*", "sympathy", "sympathies", "that sounds", "we're here", "we are here",
            "here for you", "you're not alone", "you are not alone", "glad you told us", "glad you said",
            "heartbreaking", "devastating", "awful", "unacceptable", "not okay", "not ok", "shouldn't happen",
            "should never have happened", "should never", "nobody should", "no one should", "we want to help",
            "we'd like to help", "let us help", "look after yourself", "thinking of you", "our thoughts",
            "we can help", "we'll help", "we will help", "help you", "here to help", "please don't", "please do not", "straight away", "right away", "as a priority", "urgently", "look after you", "we'll make sure", "we will make sure", "we're glad", "we are glad", "so glad", "congratulations",
            "we can", "we'll", "we will", "of course", "happy to", "glad to", "that means", "we hear", "we're listening", "we are listening",
            "must be hard", "must be awful", "must be so", "must be really", "must be frightening", "must be difficult", "must be upsetting", "must be exhausting", "must be worrying", "must be scary", "must have been", "can only imagine", "so sorry",
            "fair point", "you're right", "you are right", "passed this", "passed it on", "we'd love to", "for you", "you've got this", "we love", "love to see", "that means",
            "reasonable worry", "fair question", "thanks for raising", "thank you for raising", "raising this", "good question", "understandable", "completely understandable",
            "isn't on", "not on", "that stings", "too long", "isn't fair", "not fair", "isn't right", "not right", "you're right", "you are right", "is unacceptable",
        ]
        # Where to get help now: a reply to someone in danger or thinking of self-harm points to it.
        help_pointers = [
            "999", "911", "112", "101", "988", "116 123", "samaritans", "shout", "85258", "crisis", "helpline",
            "emergency services", "emergency line", "emergency number", "fire service", "fire brigade",
            "ambulance", "police", "a&e", "are you safe", "are you ok", "are you okay", "are you alright",
            "if you feel unsafe", "if you're in danger", "if you are in danger", "immediate danger", "stay safe",
            "get to safety", "leave the property", "get out", "talk to someone", "someone to talk to",
            "you're not alone", "you are not alone", "support line", "gp", "doctor", "mind.org", "refuge",
            "call us", "call our", "24/7", "24h", "24 hour", "right away", "straight away", "immediately", "urgent", "urgently", "leave the", "get out", "stop using", "unplug", "turn off", "switch off", "move away", "our team on", "emergency", "first aid", "doctor", "pharmacist", "are you ok",
        ]
        # Situations where every reply must point to help, whatever else it says.
        must_point_to_help = ["self_harm", "danger"]
        # Situations a post that laughs, praises or starts banter leaves behind: "my kid loves your ad 😂".
        light = ["children"]
        # Emoji that are gentle enough for a sensitive situation; any other counts as levity there.
        gentle_emoji = ["❤️", "❤", "💙", "💜", "🤍", "💚", "💛", "🧡", "🖤", "♥️", "🙏", "💐", "🕊️", "🕊", "🤗", "😔", "😢", "💔", "🫂"]

        # What a post says about its writer's situation. Add or rename situations freely: each key is a
        # situation named in the reason. Words that are everyday talk in care are left out on purpose:
        # phones and batteries "die", apps "crash", signal is "dead".
        [sensitive_situation.situations]
        grief = [
            "passed away", "passed on", "passing of", "funeral", "funerals", "bereave*", "deceased", "condolence*",
            "rest in peace", "widow*", "grief", "grieving", "in memory of", "memorial", "no longer with us",
            "cremation", "obituary", "stillborn", "lost our baby", "lost the baby", "since we lost",
            "since losing", "since i lost", "my late", "her late", "his late", "our late", "put to sleep",
            "mum died", "mom died", "mother died", "dad died", "father died", "husband died",
            "wife died", "partner died", "son died", "daughter died", "brother died", "sister died",
            "nan died", "gran died", "grandma died", "grandmother died", "grandad died", "granddad died",
            "grandpa died", "grandfather died", "baby died", "friend died", "uncle died", "aunt died",
            "auntie died", "dog died", "cat died", "who died", "she died", "he died", "they died",
            "mum passed", "mom passed", "dad passed", "mother passed",
            "father passed", "husband passed", "wife passed", "nan passed", "gran passed", "grandma passed",
            "grandad passed", "grandpa passed", "she passed", "he passed", "lost my mum", "lost my mom",
            "lost my mother", "lost my dad", "lost my father", "lost my husband", "lost my wife",
            "lost my partner", "lost my son", "lost my daughter", "lost my brother", "lost my sister",
            "lost my nan", "lost my gran", "lost my grandma", "lost my grandad", "lost my grandpa",
            "lost my baby", "lost my best friend", "lost my friend", "lost my dog", "lost my cat",
            "lost our mum", "lost our dad", "lost our son", "lost our daughter", "loss of my mum", "loss of my dad",
            "loss of my husband", "loss of my wife", "death", "death of my",
            "lost gran", "lost grandad", "lost mum", "lost dad", "lost nan", "since mum", "since dad", "since gran", "death certificate", "probate", "executor", "estate of", "bereavement",
            "buried", "burial", "bury", "burying", "stillbirth*", "still birth", "born sleeping", "baby loss", "infant loss", "cot death", "sids", "miscarr*", "lost the pregnancy", "laid to rest", "ashes", "wake on", "his ashes", "her ashes", "passed suddenly", "sudden death", "died suddenly", "anniversary of", "first christmas without", "first birthday without", "without him", "without her", "since he went", "since she went", "we lost him", "we lost her", "lost him", "lost her", "next of kin", "deceased account",
            "my whole world", "my best friend", "only a dog", "only a cat", "was my world", "rainbow bridge", "crossed the rainbow", "had to say goodbye", "said goodbye to", "lost my boy", "lost my girl", "lost our boy", "lost our girl", "he was 14", "she was 14", "since he died", "since she died", "when he died", "when she died", "after he died", "after she died", "who passed", 
            "won't be needing them", "wont be needing them", "won't be needing it now", "his service", "her service", "brother's service", "sister's service", "dad's service", "mum's service", "memorial service", "first christmas since", "first christmas without", "first birthday since", "since losing", "recording of his voice", "recording of her voice", "his ashes", "her ashes", "keep dad's number", "keep mum's number", "his number going", "her number going", "the only recording", "my wife always did", "my husband always did", "always did all this", "widowed", "widower",
            "can't face it", "cant face it", "can't face", "leftover medicines", "her medicines", "his medicines", "clearing out her", "clearing out his", "clearing her", "clearing his", "sorting through her", "sorting through his", "her belongings", "his belongings", "sorting his things", "sorting her things",
            "mum passed", "mum passed away", "mum died", "mum has died", "mum had died", "mum just died", "mum is dying", "mum was killed", "mum didn't make it", "mum is gone", "mum funeral", "lost my mum", "lost our mum", "my late mum", "death of my mum", "since my mum", "miss my mum", "mom passed", "mom passed away", "mom died", "mom has died", "mom had died", "mom just died", "mom is dying", "mom was killed", "mom didn't make it", "mom is gone", "mom funeral", "lost my mom", "lost our mom", "my late mom", "death of my mom", "since my mom", "miss my mom", "mother passed", "mother passed away", "mother died", "mother has died", "mother had died", "mother just died", "mother is dying", "mother was killed", "mother didn't make it", "mother is gone", "mother funeral", "lost my mother", "lost our mother", "my late mother", "death of my mother", "since my mother", "miss my mother", "mam passed", "mam passed away", "mam died", "mam has died", "mam had died", "mam just died", "mam is dying", "mam was killed", "mam didn't make it", "mam is gone", "mam funeral", "lost my mam", "lost our mam", "my late mam", "death of my mam", "since my mam", "miss my mam", "mummy passed", "mummy passed away", "mummy died", "mummy has died", "mummy had died", "mummy just died", "mummy is dying", "mummy was killed", "mummy didn't make it", "mummy is gone", "mummy funeral", "lost my mummy", "lost our mummy", "my late mummy", "death of my mummy", "since my mummy", "miss my mummy", "dad passed", "dad passed away", "dad died", "dad has died", "dad had died", "dad just died", "dad is dying", "dad was killed", "dad didn't make it", "dad is gone", "dad funeral", "lost my dad", "lost our dad", "my late dad", "death of my dad", "since my dad", "miss my dad", "father passed", "father passed away", "father died", "father has died", "father had died", "father just died", "father is dying", "father was killed", "father didn't make it", "father is gone", "father funeral", "lost my father", "lost our father", "my late father", "death of my father", "since my father", "miss my father", "daddy passed", "daddy passed away", "daddy died", "daddy has died", "daddy had died", "daddy just died", "daddy is dying", "daddy was killed", "daddy didn't make it", "daddy is gone", "daddy funeral", "lost my daddy", "lost our daddy", "my late daddy", "death of my daddy", "since my daddy", "miss my daddy", "husband passed", "husband passed away", "husband died", "husband has died", "husband had died", "husband just died", "husband is dying", "husband was killed", "husband didn't make it", "husband is gone", "husband funeral", "lost my husband", "lost our husband", "my late husband", "death of my husband", "since my husband", "miss my husband", "wife passed", "wife passed away", "wife died", "wife has died", "wife had died", "wife just died", "wife is dying", "wife was killed", "wife didn't make it", "wife is gone", "wife funeral", "lost my wife", "lost our wife", "my late wife", "death of my wife", "since my wife", "miss my wife", "partner passed", "partner passed away", "partner died", "partner has died", "partner had died", "partner just died", "partner is dying", "partner was killed", "partner didn't make it", "partner is gone", "partner funeral", "lost my partner", "lost our partner", "my late partner", "death of my partner", "since my partner", "miss my partner", "son passed", "son passed away", "son died", "son has died", "son had died", "son just died", "son is dying", "son was killed", "son didn't make it", "son is gone", "son funeral", "lost my son", "lost our son", "my late son", "death of my son", "since my son", "miss my son", "daughter passed", "daughter passed away", "daughter died", "daughter has died", "daughter had died", "daughter just died", "daughter is dying", "daughter was killed", "daughter didn't make it", "daughter is gone", "daughter funeral", "lost my daughter", "lost our daughter", "my late daughter", "death of my daughter", "since my daughter", "miss my daughter", "brother passed", "brother passed away", "brother died", "brother has died", "brother had died", "brother just died", "brother is dying", "brother was killed", "brother didn't make it", "brother is gone", "brother funeral", "lost my brother", "lost our brother", "my late brother", "death of my brother", "since my brother", "miss my brother", "sister passed", "sister passed away", "sister died", "sister has died", "sister had died", "sister just died", "sister is dying", "sister was killed", "sister didn't make it", "sister is gone", "sister funeral", "lost my sister", "lost our sister", "my late sister", "death of my sister", "since my sister", "miss my sister", "nan passed", "nan passed away", "nan died", "nan has died", "nan had died", "nan just died", "nan is dying", "nan was killed", "nan didn't make it", "nan is gone", "nan funeral", "lost my nan", "lost our nan", "my late nan", "death of my nan", "since my nan", "miss my nan", "nana passed", "nana passed away", "nana died", "nana has died", "nana had died", "nana just died", "nana is dying", "nana was killed", "nana didn't make it", "nana is gone", "nana funeral", "lost my nana", "lost our nana", "my late nana", "death of my nana", "since my nana", "miss my nana", "nanna passed", "nanna passed away", "nanna died", "nanna has died", "nanna had died", "nanna just died", "nanna is dying", "nanna was killed", "nanna didn't make it", "nanna is gone", "nanna funeral", "lost my nanna", "lost our nanna", "my late nanna", "death of my nanna", "since my nanna", "miss my nanna", "gran passed", "gran passed away", "gran died", "gran has died", "gran had died", "gran just died", "gran is dying", "gran was killed", "gran didn't make it", "gran is gone", "gran funeral", "lost my gran", "lost our gran", "my late gran", "death of my gran", "since my gran", "miss my gran", "granny passed", "granny passed away", "granny died", "granny has died", "granny had died", "granny just died", "granny is dying", "granny was killed", "granny didn't make it", "granny is gone", "granny funeral", "lost my granny", "lost our granny", "my late granny", "death of my granny", "since my granny", "miss my granny", "grandma passed", "grandma passed away", "grandma died", "grandma has died", "grandma had died", "grandma just died", "grandma is dying", "grandma was killed", "grandma didn't make it", "grandma is gone", "grandma funeral", "lost my grandma", "lost our grandma", "my late grandma", "death of my grandma", "since my grandma", "miss my grandma", "grandmother passed", "grandmother passed away", "grandmother died", "grandmother has died", "grandmother had died", "grandmother just died", "grandmother is dying", "grandmother was killed", "grandmother didn't make it", "grandmother is gone", "grandmother funeral", "lost my grandmother", "lost our grandmother", "my late grandmother", "death of my grandmother", "since my grandmother", "miss my grandmother", "grandad passed", "grandad passed away", "grandad died", "grandad has died", "grandad had died", "grandad just died", "grandad is dying", "grandad was killed", "grandad didn't make it", "grandad is gone", "grandad funeral", "lost my grandad", "lost our grandad", "my late grandad", "death of my grandad", "since my grandad", "miss my grandad", "granddad passed", "granddad passed away", "granddad died", "granddad has died", "granddad had died", "granddad just died", "granddad is dying", "granddad was killed", "granddad didn't make it", "granddad is gone", "granddad funeral", "lost my granddad", "lost our granddad", "my late granddad", "death of my granddad", "since my granddad", "miss my granddad", "grandpa passed", "grandpa passed away", "grandpa died", "grandpa has died", "grandpa had died", "grandpa just died", "grandpa is dying", "grandpa was killed", "grandpa didn't make it", "grandpa is gone", "grandpa funeral", "lost my grandpa", "lost our grandpa", "my late grandpa", "death of my grandpa", "since my grandpa", "miss my grandpa", "grandfather passed", "grandfather passed away", "grandfather died", "grandfather has died", "grandfather had died", "grandfather just died", "grandfather is dying", "grandfather was killed", "grandfather didn't make it", "grandfather is gone", "grandfather funeral", "lost my grandfather", "lost our grandfather", "my late grandfather", "death of my grandfather", "since my grandfather", "miss my grandfather", "uncle passed", "uncle passed away", "uncle died", "uncle has died", "uncle had died", "uncle just died", "uncle is dying", "uncle was killed", "uncle didn't make it", "uncle is gone", "uncle funeral", "lost my uncle", "lost our uncle", "my late uncle", "death of my uncle", "since my uncle", "miss my uncle", "aunt passed", "aunt passed away", "aunt died", "aunt has died", "aunt had died", "aunt just died", "aunt is dying", "aunt was killed", "aunt didn't make it", "aunt is gone", "aunt funeral", "lost my aunt", "lost our aunt", "my late aunt", "death of my aunt", "since my aunt", "miss my aunt", "auntie passed", "auntie passed away", "auntie died", "auntie has died", "auntie had died", "auntie just died", "auntie is dying", "auntie was killed", "auntie didn't make it", "auntie is gone", "auntie funeral", "lost my auntie", "lost our auntie", "my late auntie", "death of my auntie", "since my auntie", "miss my auntie", "cousin passed", "cousin passed away", "cousin died", "cousin has died", "cousin had died", "cousin just died", "cousin is dying", "cousin was killed", "cousin didn't make it", "cousin is gone", "cousin funeral", "lost my cousin", "lost our cousin", "my late cousin", "death of my cousin", "since my cousin", "miss my cousin", "best friend passed", "best friend passed away", "best friend died", "best friend has died", "best friend had died", "best friend just died", "best friend is dying", "best friend was killed", "best friend didn't make it", "best friend is gone", "best friend funeral", "lost my best friend", "lost our best friend", "my late best friend", "death of my best friend", "since my best friend", "miss my best friend", "friend passed", "friend passed away", "friend died", "friend has died", "friend had died", "friend just died", "friend is dying", "friend was killed", "friend didn't make it", "friend is gone", "friend funeral", "lost my friend", "lost our friend", "my late friend", "death of my friend", "since my friend", "miss my friend", "baby passed", "baby passed away", "baby died", "baby has died", "baby had died", "baby just died", "baby is dying", "baby was killed", "baby didn't make it", "baby is gone", "baby funeral", "lost my baby", "lost our baby", "my late baby", "death of my baby", "since my baby", "miss my baby", "boyfriend passed", "boyfriend passed away", "boyfriend died", "boyfriend has died", "boyfriend had died", "boyfriend just died", "boyfriend is dying", "boyfriend was killed", "boyfriend didn't make it", "boyfriend is gone", "boyfriend funeral", "lost my boyfriend", "lost our boyfriend", "my late boyfriend", "death of my boyfriend", "since my boyfriend", "miss my boyfriend", "girlfriend passed", "girlfriend passed away", "girlfriend died", "girlfriend has died", "girlfriend had died", "girlfriend just died", "girlfriend is dying", "girlfriend was killed", "girlfriend didn't make it", "girlfriend is gone", "girlfriend funeral", "lost my girlfriend", "lost our girlfriend", "my late girlfriend", "death of my girlfriend", "since my girlfriend", "miss my girlfriend", "fiance passed", "fiance passed away", "fiance died", "fiance has died", "fiance had died", "fiance just died", "fiance is dying", "fiance was killed", "fiance didn't make it", "fiance is gone", "fiance funeral", "lost my fiance", "lost our fiance", "my late fiance", "death of my fiance", "since my fiance", "miss my fiance", "fiancé passed", "fiancé passed away", "fiancé died", "fiancé has died", "fiancé had died", "fiancé just died", "fiancé is dying", "fiancé was killed", "fiancé didn't make it", "fiancé is gone", "fiancé funeral", "lost my fiancé", "lost our fiancé", "my late fiancé", "death of my fiancé", "since my fiancé", "miss my fiancé", "fiancee passed", "fiancee passed away", "fiancee died", "fiancee has died", "fiancee had died", "fiancee just died", "fiancee is dying", "fiancee was killed", "fiancee didn't make it", "fiancee is gone", "fiancee funeral", "lost my fiancee", "lost our fiancee", "my late fiancee", "death of my fiancee", "since my fiancee", "miss my fiancee", "stepdad passed", "stepdad passed away", "stepdad died", "stepdad has died", "stepdad had died", "stepdad just died", "stepdad is dying", "stepdad was killed", "stepdad didn't make it", "stepdad is gone", "stepdad funeral", "lost my stepdad", "lost our stepdad", "my late stepdad", "death of my stepdad", "since my stepdad", "miss my stepdad", "stepmum passed", "stepmum passed away", "stepmum died", "stepmum has died", "stepmum had died", "stepmum just died", "stepmum is dying", "stepmum was killed", "stepmum didn't make it", "stepmum is gone", "stepmum funeral", "lost my stepmum", "lost our stepmum", "my late stepmum", "death of my stepmum", "since my stepmum", "miss my stepmum", "stepmom passed", "stepmom passed away", "stepmom died", "stepmom has died", "stepmom had died", "stepmom just died", "stepmom is dying", "stepmom was killed", "stepmom didn't make it", "stepmom is gone", "stepmom funeral", "lost my stepmom", "lost our stepmom", "my late stepmom", "death of my stepmom", "since my stepmom", "miss my stepmom", "twin passed", "twin passed away", "twin died", "twin has died", "twin had died", "twin just died", "twin is dying", "twin was killed", "twin didn't make it", "twin is gone", "twin funeral", "lost my twin", "lost our twin", "my late twin", "death of my twin", "since my twin", "miss my twin", "niece passed", "niece passed away", "niece died", "niece has died", "niece had died", "niece just died", "niece is dying", "niece was killed", "niece didn't make it", "niece is gone", "niece funeral", "lost my niece", "lost our niece", "my late niece", "death of my niece", "since my niece", "miss my niece", "nephew passed", "nephew passed away", "nephew died", "nephew has died", "nephew had died", "nephew just died", "nephew is dying", "nephew was killed", "nephew didn't make it", "nephew is gone", "nephew funeral", "lost my nephew", "lost our nephew", "my late nephew", "death of my nephew", "since my nephew", "miss my nephew", "dog passed", "dog passed away", "dog died", "dog has died", "dog had died", "dog just died", "dog is dying", "dog was killed", "dog didn't make it", "dog is gone", "dog funeral", "lost my dog", "lost our dog", "my late dog", "death of my dog", "since my dog", "miss my dog", "cat passed", "cat passed away", "cat died", "cat has died", "cat had died", "cat just died", "cat is dying", "cat was killed", "cat didn't make it", "cat is gone", "cat funeral", "lost my cat", "lost our cat", "my late cat", "death of my cat", "since my cat", "miss my cat", "pet passed", "pet passed away", "pet died", "pet has died", "pet had died", "pet just died", "pet is dying", "pet was killed", "pet didn't make it", "pet is gone", "pet funeral", "lost my pet", "lost our pet", "my late pet", "death of my pet", "since my pet", "miss my pet",
            "didn't make it", "didnt make it", "in the ground", "been in the ground", "his grave", "her grave", "the grave", "bring her home", "bring him home", "repatriat*", "coroner", "post mortem", "inquest", "undertaker", "funeral director", "hearse",
            "flatmate died", "flatmate passed away", "flatmate has died", "flatmate just died", "lost my flatmate", "death of my flatmate", "my late flatmate", "housemate died", "housemate passed away", "housemate has died", "housemate just died", "lost my housemate", "death of my housemate", "my late housemate", "roommate died", "roommate passed away", "roommate has died", "roommate just died", "lost my roommate", "death of my roommate", "my late roommate", "colleague died", "colleague passed away", "colleague has died", "colleague just died", "lost my colleague", "death of my colleague", "my late colleague", "coworker died", "coworker passed away", "coworker has died", "coworker just died", "lost my coworker", "death of my coworker", "my late coworker", "co-worker died", "co-worker passed away", "co-worker has died", "co-worker just died", "lost my co-worker", "death of my co-worker", "my late co-worker", "classmate died", "classmate passed away", "classmate has died", "classmate just died", "lost my classmate", "death of my classmate", "my late classmate", "teammate died", "teammate passed away", "teammate has died", "teammate just died", "lost my teammate", "death of my teammate", "my late teammate", "neighbour died", "neighbour passed away", "neighbour has died", "neighbour just died", "lost my neighbour", "death of my neighbour", "my late neighbour", "neighbor died", "neighbor passed away", "neighbor has died", "neighbor just died", "lost my neighbor", "death of my neighbor", "my late neighbor", "boss died", "boss passed away", "boss has died", "boss just died", "lost my boss", "death of my boss", "my late boss", "mate died", "mate passed away", "mate has died", "mate just died", "lost my mate", "death of my mate", "my late mate", "stepson died", "stepson passed away", "stepson has died", "stepson just died", "lost my stepson", "death of my stepson", "my late stepson", "stepdaughter died", "stepdaughter passed away", "stepdaughter has died", "stepdaughter just died", "lost my stepdaughter", "death of my stepdaughter", "my late stepdaughter", "godson died", "godson passed away", "godson has died", "godson just died", "lost my godson", "death of my godson", "my late godson", "goddaughter died", "goddaughter passed away", "goddaughter has died", "goddaughter just died", "lost my goddaughter", "death of my goddaughter", "my late goddaughter", "godmother died", "godmother passed away", "godmother has died", "godmother just died", "lost my godmother", "death of my godmother", "my late godmother", "godfather died", "godfather passed away", "godfather has died", "godfather just died", "lost my godfather", "death of my godfather", "my late godfather", "grandson died", "grandson passed away", "grandson has died", "grandson just died", "lost my grandson", "death of my grandson", "my late grandson", "granddaughter died", "granddaughter passed away", "granddaughter has died", "granddaughter just died", "lost my granddaughter", "death of my granddaughter", "my late granddaughter",
            "had to let him go", "had to let her go", "let him go", "let her go", "had to let", "he'd have loved", "she'd have loved", "would have loved it", "looking after dad", "looking after mum", "the service was",
        ]
        illness = [
            "cancer", "chemo*", "radiotherapy", "tumour", "tumor", "terminally ill", "terminal illness",
            "hospital", "hospitalised", "hospitalized", "hospice", "intensive care", "icu", "a&e", "illness",
            "seriously ill", "really ill", "very ill", "been ill", "fell ill", "i'm ill", "im ill", "off sick",
            "been sick", "i'm sick", "im sick", "diagnosed", "diagnosis", "surgery", "operation on my",
            "my operation", "heart attack", "stroke", "seizure*", "epilep*", "dialysis", "transplant",
            "disability", "disabled", "wheelchair", "dementia", "alzheimer*", "parkinson*", "covid",
            "long covid", "pneumonia", "sepsis", "miscarriage", "pregnan*", "mental health", "depression",
            "depressed", "anxiety", "panic attack*", "bipolar", "ptsd", "autism", "autistic", "carer",
            "caring for", "deaf", "hearing aid", "pacemaker", "oxygen", "life support", "medication",
            "prescription", "my doctor", "the doctor", "doctors", "gp", 
            "injured", "injury", "broken leg", "broken arm", "chronic",
            "partially sighted", "visually impaired", "my treatment", "undergoing treatment",
            "immunocompromised", "immunosuppressed", "shielding", "housebound", "bedbound", "bed-bound", "in and out of hospital", "on oxygen", "my condition", "health condition", "medical condition", "chronic pain", "fibromyalgia", "ms flare", "carer for", "hearing impaired", "sight loss",
            "cancer", "chemo", "radiotherapy", "scan results", "biopsy", "hospice", "terminally", "operation", "op on", "stitches", "surgery", "recovering from", "recovery from", "ward", "hospital bed", "discharged", "ambulance", "in a&e", "at a&e", "sick note", "fit note", "off work sick", "bedridden", "flare up", "flare-up", "migraine*", "concussion", "fracture*", "broken hip", "wheelchair", "deaf", "hard of hearing", "visually", "medical",
            "insulin", "diabetic", "diabetes", "asthma", "inhaler", "epileptic", "heart condition", "heart problems", "blood pressure", "kidney", "liver", "cancer treatment", "sprained", "sprain", "injury", "injuries", "broken wrist", "broken arm", "broken leg", "hurt my", "bruised",
            "on a drip", "drip", "infirmary", "on the ward", "the ward", "in hospital again", "chemo again",
            "mastectomy", "hysterectomy", "colostomy", "ileostomy", "stoma", "catheter", "my walker", "zimmer", "mid flare", "ivf", "i've got ms", "ive got ms", "immunocompromised", "methotrexate", "biologics", "infusion", "scan", "lump", "my consultant", "waiting list", "nhs",
            "flare-ups", "in a flare",
            "last weeks", "last days", "final weeks", "final days", "end of life", "end-of-life", "palliative", "morphine", "oramorph",
            "stage 3", "stage 4", "stage three", "stage four", "stage 2", "just been told it", "the results came back", "my results came back",
            "abscess", "face is swollen", "swollen", "no sleep", "in agony", "agony", "glaucoma", "saved the sight", "losing my sight", "lost my sight", "sight in",
        ]
        self_harm = [
            "suicid*", "kill myself", "killing myself", "end it all", "ending it all", "end my life",
            "take my own life", "taking my own life", "want to die", "wanna die", "wish i was dead",
            "wish i were dead", "better off dead", "better off without me", "don't want to be here",
            "dont want to be here", "don't want to live", "dont want to live", "no reason to live",
            "no point living", "no point in living", "nothing to live for", "can't go on", "cant go on",
            "cannot go on", "self harm", "self-harm", "selfharm", "hurt myself", "hurting myself",
            "cutting myself", "overdose", "not be around much longer", "give up on life", "can't do this anymore",
            "cant do this anymore", "can't cope", "cant cope", 
            "samaritans",
            "disappear", "wish i could disappear", "not wake up", "don't want to wake up", "dont want to wake up", "wish i wasn't here", "written the letters", "written my letters", "won't be around", "wont be around", "not be around", "saying goodbye", "goodbye to everyone", "final goodbye", "affairs in order", "giving away my", "won't be here", "wont be here", "what's the point", "whats the point", "no point anymore", "no point any more", "can't take it anymore", "cant take it anymore", "can't take any more", "end it",
            "wasn't around", "weren't around", "if i was gone", "if i were gone", "when i'm gone", "when im gone", "nobody would notice", "no one would notice", "nobody would care", "no one would care", "nobody would miss me", "no one would miss me", "wouldn't be missed", "not be missed", "nobody cares about me", "no one cares about me", "so tired of everything", "tired of living", "done with life", "done with everything", "don't see the point", "dont see the point", "no way out", "ending things", "end things", "can't keep going", "cant keep going",
            "saving up my tablets", "stockpil*", "won't be coming back", "wont be coming back", "cutting herself", "cutting himself", "cutting themselves", "cuts herself", "cuts himself", "self-harming", "self harming", "harming herself", "harming himself", "before it doesn't matter", "doesn't matter anymore", "nothing matters", "can't stop thinking about ending", "thinking about ending", "end my life", "take my life", "don't want to exist", "dont want to exist", "not want to exist", "wish i'd never been born", "sleep forever",
            "not coming back this time", "i'm not coming back", "im not coming back", "thinking about ending it", "one way ticket to nowhere",
            "not coming back from",
            "given away my", "gave away my", "giving away my things", "cancelled everything", "cancelled everything else", "tidying up my affairs", "just tidying up", "gets whats in my account after", "what's in my account after", "in my account after", "after i'm gone", "after im gone", "when i'm not here", "if i did it myself", "if i do it myself", "not around anymore", "not around any more", "i'm not around", "im not around", "cutting again", "been cutting", "started cutting", "cut myself", "burning myself", "starving myself", "stopped eating", "haven't eaten in days", "tablets saved", "enough tablets", "overdose", "final message", "this is goodbye", "goodbye everyone", "won't need it after", "wont need it after", "not going to be here", "sort my affairs", "who gets my",
            "driving into", "drive into the", "into the river", "into the sea", "off a bridge", "off the bridge", "in front of a train", "jump off", "jumping off", "walk into the sea", "step in front",
            "off a cliff", "drove off a", "drive off a", "talk me out of it", "talk me out", "platform edge", "edge of the platform", "the rope", "what it was for", "changed my mind about what", "won't need it anymore", "won't need this anymore", "last time i'll", "last time i will",
            "counting my tablets", "counting my pills", "counting tablets", "counting pills", "all my tablets", "all my pills", "took all my", "taken all my", "whole packet", "whole box of", "letters to my kids", "letters to my children", "letters to my family", "letter to my kids", "letter to my children", "letters of my own", "goodbye letter*", "just in case i",
            "last meal", "won't be needing another", "wont be needing another", "won't be needing any more", "won't need another",
            "saying my goodbyes", "said my goodbyes", "my goodbyes", "where i'm going", "where im going", "where i am going", "on the footbridge", "standing on the bridge", "on the bridge", "trains keep going", "not sure why i'm telling", "not sure why im telling",
            "done. with everything", "with everything. not just", "more paracetamol", "more than 2 packs", "more than two packs", "not explaining why", "limiting how many",
        ]
        emergency = [
            "emergency", "emergencies", "ambulance", "paramedic*", "fire brigade",
            "fire service", "house fire", "house is on fire", "fire in", "burst pipe",
            "gas leak", "carbon monoxide", "stranded", "trapped", "car crash", "car accident", "road accident",
            "accident", "crashed my car", "broke down on", "broken down on", "unsafe", "not safe", "in danger",
            "life-threatening", "life threatening", "life or death", "collapsed",
            "unconscious", "bleeding", "can't breathe", "cant breathe", "missing person", "gone missing",
            "went missing", "lost child", "call for help", "no way to call", "couldn't call",
            "can't call anyone", "cant call anyone", "vulnerable", "elderly", "pensioner", "alone at night",
            "on my own at night", "police", "earthquake", "hurricane", "tornado", "wildfire", "storm damage",
            "power cut", "evacuat*",
            "house is on fire", "was on fire", "caught fire", "flood", "flooding", "flooded", "call 999", "ring 999", "dial 999", "dialled 999", "dialed 999", "999 call", "call 911", "dial 911", "dialed 911", "911 call", "call 112", "dial 112", "emergency services",
            "smoke alarm", "burning", "smell burning", "smell of burning", "smell gas", "smell of gas", "fire alarm", "sparks", "sparking", "electric shock", "roadside", "hard shoulder", "motorway", "cut head", "head injury", "hurt", "injured", "stuck in a lift", "stuck in the lift", "no heating", "no heat", "no water", "middle of nowhere", 
            "smell smoke", "smoke everywhere", "full of smoke",
            "urgent help", "someone help", "sos", "no one came", "nobody came", "waiting in the dark", "pitch black", "broken down", "breakdown", "dehydrated", "fainted", "collapsed", "seizure", "allergic reaction", "anaphyla*", "epipen", "insulin", "medication delivery", "life saving", "lifesaving", "oxygen machine", "ventilator", "dialysis machine", "alarm pendant", "careline", "telecare",
            "mugged", "robbed", "stabbed", "attacked", "stranger's phone", "strangers phone", "using a stranger", "how do i get home", "can't get home", "cant get home", "no way home", "stuck on the", "lost my wallet", "wallet stolen", "phone stolen", "stolen phone", "palpitations", "chest pain", "threw me", "fell off", 
            "had a fall", "a fall", "fell down", "fell over",
            "smoke in", "smoke in the", "plane turned", "emergency landing", "is she ok", "is he ok", "are they ok", "is everyone ok", "are they safe", "is she safe", "is he safe", "fell between", "fell onto", "fell on the", "on the track", "on the tracks", "no one helping", "nobody helping", "needs an ambulance", "not breathing", "choking", "seizure", "overheating", "exploded", "explosion", "caught fire", "on fire", "smoke coming",
            "plane turned round", "plane turned back", "flight turned back",
            "locked in the car", "locked in", "hot car", "in the heat", "30 degrees", "heatstroke", "heat stroke",
            "in danger", "dangerous for",
            "too hot to touch", "hot to touch", "flue", "roaring", "swollen battery", "battery's swollen", "battery is swollen", "hissing", "smoking", "melting", "sparks", "fire alarm", "smell smoke", "carbon monoxide alarm", "co alarm", "having a seizure", "won't stop", "driver won't stop",
            "fallen over", "has fallen", "she's fallen", "he's fallen", "on the floor", "can't get up", "cant get up", "hip hurts", "hurt her hip", "hurt his hip", "can't find my son", "can't find my daughter", "can't find my child", "can't find my kid", "cant find my son", "cant find my daughter", "cant find my kid", "lost my son in", "lost my daughter in", "lost my kid", "lost my child", "in the crowd", "missing child", "child is missing",
            "hit a cyclist", "hit a pedestrian", "hit a child", "hit someone", "on the ground", "drove off", "not moving", "isn't moving", "isnt moving",
        ]
        # Danger now: a fire, gas, someone hurt in front of them. A reply must point to help.
        danger = [
            "smell smoke", "smell of smoke", "smell gas", "smell of gas", "fire alarm", "too hot to touch", "hissing",
            "sparking", "sparks", "smoke coming", "on fire", "caught fire", "having a seizure", "not breathing",
            "collapsed", "unconscious", "bleeding", "trapped", "locked in the car", "stuck in a lift",
            "stuck in the lift", "carbon monoxide", "gas leak", "is she ok", "is he ok", "are they ok",
            "platform edge", "edge of the platform", "in danger", "swollen battery", "battery's swollen",
            "battery is swollen", "driver won't stop", "can't breathe", "cant breathe", "chest pain",
            "can't get up", "cant get up", "on the floor and",
            "still on the ground", "not moving", "isn't moving", "isnt moving", "hit a cyclist", "hit a pedestrian",
        ]
        abuse = [
            "stalk*", "harass*", "abuse", "abused", "abusive", "abuser", "domestic violence", "domestic abuse",
            "coercive", "ex partner", "ex-partner", "ex husband", "ex-husband",
            "ex wife", "ex-wife", "ex boyfriend", "ex-boyfriend", "ex girlfriend", "ex-girlfriend",
            "restraining order", "non-molestation", "injunction", "tracking me", "track me", 
            "tracked me", "watching me", "threaten*", "threats",
            "scared for my safety", "afraid for my safety", "fear for my safety", 
            "keeps turning up", "turned up at my", "turns up at my", "won't leave me alone",
            "wont leave me alone", "refuge", "safe house", "hiding from", "blackmail*", "sextortion",
            "revenge porn", "intimate images", "nudes", "grooming", "groomed", "assault*", "attacked",
            "rape*", "sexual", "beaten", "hit me", "hurt me", "violent", "violence", "bully*", "bullied",
            "trolled", "doxxed", "doxed", "impersonating me",
            "controlling partner", "controlling ex", "scared for my", "scared of him", "scared of her", "frightened of", "terrified of", "following me home", "followed me home", "followed me to", "tracking my location", "tracking my movements", "location tracking", "my ex is", "my ex has", "my ex keeps", "my ex won't", "my ex wont", "my ex can", "my ex knows",
            "my ex", "knows where i live", "know where i live", "see where i am", "i'm scared", "im scared", "i am scared", "i'm frightened", "i'm terrified", "feel unsafe", "won't stop messaging", "keeps messaging", "keeps calling", "won't stop calling", "creepy", "inappropriate", "asking for photos", "stranger",
            "knows where i am", "know where i am",
            "controls all", "controls my", "controls our", "control my money", "controlling my", "financial abuse", "economic abuse", "need to get out", "get away from him", "get away from her", "leave him", "leaving him", "escaping", "fled", "fleeing", "safe from him", "safe from her", "hurts me", "hits me", "he hit", "she hit", "black eye", "bruises", "screams at me", "shouts at me", "monitoring my", "reads my messages", "checks my phone", "spyware", "stalkerware", "airtag", "air tag", "tracker on my", "won't take no", "wont take no", "sent me pictures", "unsolicited", "flashed", "groped", "touched me", "followed me round", "followed me around", "following me around", "catcall*", "pestering", "hounding", "hounded", "keeps showing up", "showed up at my", "turned up at my house", 
            "burner", "burner account", "fake account", "fake accounts", "to my house", "in the middle of the night", "i know who it is", "know who it is", "tracking device", "gps tracker", "someone else's account", "paired to", "i live alone", "live alone", "live on my own", "creep", "nice knickers", "knickers", "underwear", "my body", "sexual comment*", "comments about my", "opening my post", "taking my parcels", "stealing my post", "keeps taking", 
            "a tracker on", "tracker in my", "tracker on my", "found a tracker", "tracker from",
            "won't let me", "wont let me", "doesn't let me", "doesnt let me", "he won't let", "she won't let", "he keeps the", "she keeps the", "he takes my", "she takes my", "he controls", "she controls", "can't find me", "cant find me", "won't find me", "so he can't", "so she can't", "find me under", "hide my address", "hide my location", "keep my address", "he'll take the kids", "take the kids", "if i leave", "when i left him", "since i left him", "left him", "left her", "he says i'm", "he said if", "she said if", "threatened to",
            "says i'm not allowed", "i'm not allowed to", "im not allowed to", "he says i can't", "she says i can't",
            "reads my chats", "reads my messages", "punishes me", "punished me", "punish me", "kicked in", "during an argument", "not by me", "shove", "shoved", "pushed her", "pushed me", "against a wall", "grabbed", "slapped", "smacked", "strangled",
            "partner threw", "he threw", "she threw", "threw it at me", "threw it at the wall", "threw my phone", "smashed my phone", "takes my wage", "takes my wages", "takes my whole", "takes all my money", "takes my money", "takes my pay", "takes my benefits", "takes my card", "following me", "been following me", "keeps touching", "touching my", "touched my", "won't stop touching", "keeps staring",
            "at 2am every", "at 3am every", "calls at 2am", "calls at 3am", "knocking at 2am", "knocking at 3am", "messages at 2am", "messages at 3am", "won't stop messaging me", "keeps messaging me",
            "unless i meet him", "meet him outside", "meet me outside", "fail me on purpose", "on purpose unless", "messages my", "messaging my", "late at night", "on snapchat", "snapchat",
        ]
        discrimination = [
            "racis*", "racial*", "sexis*", "homophob*", "transphob*", "biphob*", "islamophob*", "antisemit*",
            "xenophob*", "ableis*", "misogyn*", "discriminat*", "bigot*", "slur*", "hate crime", "hate speech",
            "prejudice*", "profiled", "profiling", "treated differently", "because i'm black",
            "because im black", "because i'm gay", "because im gay", "because i'm trans", "because im trans",
            "because i'm disabled", "because i'm a woman", "because i'm muslim", "because i'm jewish",
            "because i'm asian", "because i'm deaf", "because i'm blind", "because i'm autistic",
            "because of my race", "because of my religion", "because of my accent", "because of my skin",
            "because of my colour", "because of my color", "because of my disability", "because of my gender",
            "because of my sexuality", "because of my age", "because of my name", "because of my hijab",
            "because of my turban", "n-word", "called me a", "the colour of my skin", "the color of my skin",
            "my accent", "foreigner", 
            "go back to your country", "go back to where",
            "laughed at", "mocked", "humiliated", "patronising", "patronizing", "condescending", "talked down", "blind people", "disabled people", "deaf people", "dark skin", "darker skin", "skin tone", "black skin", "brown skin", "white people", "black people", "people like me", "people like us", "same sex", "same-sex", "gay couple", "lesbian", "my pronouns", "pronouns", "misgendered", "deadnamed", "my wheelchair", "wheelchair user", "no ramp", "step-free", "screen reader", "accessibility", "hearing loop", "sign language", "guide dog", "assistance dog",
            "i have ms", "multiple sclerosis", "invisible condition", "invisible illness", "invisible disabilit*", "hidden disabilit*", "sunflower lanyard", "mobility", "crutches", "walking stick", "mobility scooter", "you look fine", "look fine to me", "non-binary", "nonbinary", "enby", "misgender*", "trans", "transgender", "gender identity", "deadname*", "they/them", "black guy", "black man", "black woman", "black girl", "black lad", "only black", "only brown", "only asian", "only woman", "only girl", "hijab", "turban", "headscarf", "kippah", "yarmulke", "my religion", "my faith", "my culture", "my ethnicity", "my race", "my colour", "my color", "ethnic", "immigrant", "because i'm old", "too old", "my age", "ageist", "ageism", "old people", "pensioners", "elderly people", "autistic", "adhd", "dyslexic", "dyslexia", "stammer", "stutter", "speech impediment", "learning disabilit*", "gay", "bisexual", "queer", "my partner and i", "two dads", "two mums", "two moms", "refused to serve", "wouldn't serve", "refused me", "turned away", "suspicious of me", "assumed i", "assumed we",
            "assistance lift", "assistance dog", "assisted travel", "special assistance", "passenger assistance",
            "young people", "older people", "older workers", "at my age", "age discrimination", "ageist", "proper english", "speak english", "speak proper", "english please", "where are you from", "where i'm from", "laughed at me", "laughed at us", "laughed with", "laughed in my face", "sniggered", "smirked", "trans woman", "trans man", "trans women", "trans men", "my old name", "old name", "two women", "two men", "gay couple", "women-only", "women only", "be more comfortable", "would you be more comfortable", "your kind", 
            "real name", "easier to pronounce", "pronounce", "foreign name", "spring chicken", "no spring chicken", "for my eyes", "my hearing", "arthritis", "tremor",
            "asian person", "only asian", "i'm black", "im black", "i am black", "as a black", "black customers", "someone like you", "fat people", "plus size", "plus-size", "my size", "holding hands", "same sex couple", "two women", "two men", "check age", "checked my age", "only happens to me", "only me",
            "monkey noises", "monkey chant*", "racist chant*", "no dss", "dss", "people from round here", "people like them",
            "accent", "not that kind of place", "that kind of place", "under the name", "booked as", "people like you",
            "i'm 55", "i'm 56", "i'm 57", "i'm 58", "i'm 59", "i'm 60", "i'm 61", "i'm 62", "i'm 63", "i'm 64", "i'm 65", "i'm 66", "i'm 67", "i'm 68", "i'm 69", "i'm 70", "i'm 71", "i'm 72", "i'm 73", "i'm 74", "i'm 75", "i'm 76", "i'm 77", "i'm 78", "i'm 79", "i'm 80", "i'm 81", "i'm 82", "i'm 83", "i'm 84", "i'm 85", "i'm 86", "i'm 87", "i'm 88", "i'm 89", "i'm 90", "i'm 91", "i'm 92", "i'm 93", "i'm 94", "i'm 95", "im 55", "im 56", "im 57", "im 58", "im 59", "im 60", "im 61", "im 62", "im 63", "im 64", "im 65", "im 66", "im 67", "im 68", "im 69", "im 70", "im 71", "im 72", "im 73", "im 74", "im 75", "im 76", "im 77", "im 78", "im 79", "im 80", "im 81", "im 82", "im 83", "im 84", "im 85", "im 86", "im 87", "im 88", "im 89", "im 90", "im 91", "im 92", "im 93", "im 94", "im 95", "i am 55", "i am 56", "i am 57", "i am 58", "i am 59", "i am 60", "i am 61", "i am 62", "i am 63", "i am 64", "i am 65", "i am 66", "i am 67", "i am 68", "i am 69", "i am 70", "i am 71", "i am 72", "i am 73", "i am 74", "i am 75", "i am 76", "i am 77", "i am 78", "i am 79", "i am 80", "i am 81", "i am 82", "i am 83", "i am 84", "i am 85", "i am 86", "i am 87", "i am 88", "i am 89", "i am 90", "i am 91", "i am 92", "i am 93", "i am 94", "i am 95", "white mates", "white friends", "forms of id", "know exactly what that was", "other faiths", "chaplaincy", "younger crowd", "for younger people", "too old for", "for the younger",
        ]
        children = [
            "my son", "my daughter", "my kid", "my kids", "my child", "my children", "my baby", "my toddler",
            "my boy", "my girl", "our son", "our daughter", "our kids", "our children", "our baby",
            "my little one", "little ones", "year old son", "year old daughter", "year-old son",
            "year-old daughter", "year old boy", "year old girl", "child", "children", "kid", "kids", 
            "newborn", "infant", "teenager", "teen", "underage", "under age", 
            "schoolchild*", "pupil*", "my grandson", "my granddaughter", "grandchild*", "stepson",
            "stepdaughter", "foster",
            "yo son", "yo daughter", "my teen", "my teenager", "a child", "a minor", "underage", "the kids", "school bus", "school run", "parental",
            "1yo", "2yo", "3yo", "4yo", "5yo", "6yo", "7yo", "8yo", "9yo", "10yo", "11yo", "12yo", "13yo", "14yo", "15yo", "16yo", "17yo", "son's", "daughter's", "my lad", "my youngest", "my eldest", "the baby", "baby's", "babies", "kiddo", "kiddos", "little girl", "little boy", "granddaughter", "grandson", "stepkid*", "loot box*", "in-app purchase*", "in app purchase*", "parental controls", "child's", "kid's", "kids'",
            "son", "daughter", "my boy", "my girl", "our little", "kids on", "kids at", "other kids",
            "my toddler", "our toddler", "10yo", "my little", "school shoes", "kids'", "for the kids", "my child's", "my son's", "my daughter's",
            "1 year old", "2 year old", "3 year old", "4 year old", "5 year old", "6 year old", "7 year old", "8 year old", "9 year old", "10 year old", "11 year old", "12 year old", "13 year old", "14 year old", "15 year old", "16 year old", "17 year old", "i'm 16", "i'm 15", "i'm 14", "i'm 13", "im 16", "im 15", "im 14", "im 13", "my stepdad", "my stepmum", "my stepmom",
            "y/o", "i'm 17", "im 17", "i am 17", "juniors", "my 13", "my 14", "my 15", "my 12", "my 11", "my 10",
        ]
        distress = [
            "crying", "in tears", "sobbing", "can't stop crying", "cant stop crying", "scared", "terrified",
            "panicking", "panic", "anxious", "distraught", "heartbroken", "devastated", "can barely", "in pain",
            "shaking", "desperate", "begging", "i'm begging", "please help me", "at my wits end", "wits' end",
            "falling apart", "breaking down", "broke down in tears", "so stressed", "can't sleep", "cant sleep",
            "beside myself", "losing my mind", "don't know what to do", "dont know what to do", "no one to turn to",
        ]
        hardship = [
            "can't afford", "cant afford", "cannot afford", "couldn't afford", "can't pay", "cant pay",
            "cannot pay", "unable to pay", "struggling to pay", "struggling financially", "struggling with money",
            "lost my job", "lost my income", "made redundant", "redundancy", "unemployed", "out of work",
            "jobless", "food bank", "foodbank", "universal credit", "on benefits", "debt", "debts",
            "in debt", "bailiff*", "debt collector*", "overdrawn", "evict*", "homeless", "behind on my",
            "behind on rent", "behind on bills", "behind with", "i'm broke", "im broke", "skint", "payday loan",
            "cost of living", "heating or eating", "can't feed", "cant feed", "low income",
            "no money", "no income", "every penny", "last few pounds", "on the breadline",
            "single mum", "single mom", "single parent", "hardship", "penniless",
            "my pension", "state pension",
            "can't afford", "made redundant", "laid off", "got laid off", "lost my job", "job's gone", "jobs gone", "no job", "cut off", "disconnection", "skipping meals", "skip meals", "prepayment meter", "emergency credit",
            "heating and eating", "heating or eating", "heat or eat", "eat or heat", "choosing between", "choose between", "can't make ends meet", "cant make ends meet", "ends meet", "skint", "broke this month", "no money left", "money's tight", "moneys tight", "money is tight", "tight this month", "short this month", "until payday", "till payday", "before payday", "more time to pay", "more time on the bill", "payment plan", "pay in instalments", "arrears", "final demand", "final notice", "bailiffs", "bankrupt*", "repossess*", "zero hours", "sick pay", "ssp", "furlough*", "maternity pay", "carer's allowance", "dwp",
            "to make rent", "make rent", "pay rent", "pay the rent", "cover rent", "cover the rent", "pawn*", "sell my car", "sold my car", "selling my car", "sell my ring", "pounds short", "overdrawn", "overdraft fees", "can't cover", "cant cover", "copay", "co-pay", "skip my insulin", "skip meals", "can't eat", "rationing",
            "quid short", "pounds short",
            "landlord kept", "kept my deposit", "lost my deposit", "fees are more than", "need the money", "need the deposit", "deposit back", "hours got cut", "hours were cut", "hours cut", "for rent", "need it for rent", "can't keep up", "cant keep up", "payment holiday", "payment break", "behind on payments", "missed payments", "missed a payment", "on the breadline",
            "pay day", "payday", "prepay", "pre-pay", "emergency credit", "left until", "sold my laptop", "sold my phone", "sold my", "to pay the bill", "to pay my bill", "job interview*", "didn't get the job", "didnt get the job", "jobseeker*", "for food", "need it for food", "food money", "can't cut me off", "don't cut me off", "please don't cut", "sofa surfing", "sofa-surfing", "court summons", "summons",
            "last tenner", "last fiver", "last few quid", "last bit of money",
            "left till", "left til", "till payday", "until payday", "to last me", "to last till", "to last until", "left in my account",
            "cut my hours", "cut my pay", "cut my benefits", "cut my wages",
            "make my rent", "can't make rent", "cant make rent", "my own rent", "food budget", "more than my food", "had to cancel my",
        ]

        # Calling someone names. The first strong word counts strong_points, a mild one points.
        [insult]
        points = 30
        strong_points = 60
        each_more = 10
        cap = 70
        mild = [
            "silly", "clueless", "muppet", "numpty", "plonker", "pillock", "prat", "clown", "🤡", 
            "twit", "nitwit", "dimwit", "lazy", "ignorant", "useless", "whiner", "crybaby", "snowflake",
            "cheapskate", "shut up.", "grow up.", "get a life", "karen", "boomer", "ok boomer", "okay boomer",
            "weirdo", "nerd", "troll", "drama queen", "attention seeker",
            "you fool", "what a fool", "fools like you",
            "chav*", "can't afford", "cant afford", "couldn't afford", "steroid*", "bros", "haven't slept", "couldn't touch their toes",
            "for people with no", "for people who can't", "no mates", "no tastebuds", "no taste buds",
        ]
        strong = [
            "idiot", "idiotic", "moron", "moronic", "stupid", "dumb", "dumbass", "pathetic",
            "imbecile", "cretin", "halfwit", "worthless", "scum", "scumbag", "freak", "liar",
            "incompetent", "tosser", "retard", "retarded", "brain dead", "braindead", "waste of space",
            "dimwitted", "simple-minded", "garbage human", "parasite", "vermin",
            "psycho", "lunatic", "nutjob", "nutcase", "degenerate",
            "takes one to know one", "bigot*", "clown", "clowns", "brainless", "no brains",
            "empty-headed", "brainless", "thick as",
            "you're ugly", "youre ugly", "you are ugly", "ugly mug", "ugly face", "you're racist", "you are racist", "you racist", "you're sexist", "you sexist",
            "you loser", "you're a loser", "youre a loser", "what a loser", "such a loser", "total loser", "absolute loser", "bunch of losers", "losers like you", "born loser", "sore loser", "loser.", "losers.",
        ]

        # Swearing. Some brands allow the mild list in banter; set its points lower if yours does.
        [profanity]
        points = 60
        strong_points = 60
        each_more = 15
        cap = 70
        mild = [
            "damn", "damned", "dammit", "damnit", "goddamn", "crap", "crappy", "bloody", "hell", "arse",
            "ass", "bugger", "sod", "sod off", "piss", "pissed", "piss off", "bollocks", "feck", "fecking",
            "frick", "fricking", "frickin", "freaking", "effing", "screw you", "wtf", "ffs", "omfg", "jfc",
            
            "screwed up", "screw up", "screwed", "cocked up", "cock up", "balls up", "pissed off", "arsed",
            "sodding", "bloody hell", "flipping heck", "frigging", "friggin", "arsed", "arse about",
        ]
        strong = [
            "fuck*", "motherfuck*", "fck", "fuk", "stfu", "shit", "shite", "shitty", "shitting", "shithead*",
            "shitshow", "bullshit", "horseshit", "asshole*", "arsehole*", "jackass", "bitch*", "bastard*",
            "cunt*", "dickhead*", "prick", "twat*", "wank*", "bellend", "slut*", "whore*", "cocksucker",
            "dick", "piss off", "screw you", "go to hell", "get stuffed",
        ]

        # Sarcasm, counted only when the post answered is angry (anger_words, swearing, capitals,
        # "!!!", angry_emoji) or is a customer's complaint (complaint_words). A joke at a fan is banter;
        # the same joke at someone already upset is the screenshot that never goes away.
        [sarcasm]
        points = 60
        each_more = 5
        cap = 65
        # A winking emoji answering someone upset reads as not taking them seriously.
        wink_points = 60
        flippant_emoji = [
            "😉", "😜", "😝", "😛", "😎", "🤪", "🙃", "😏", "🤭", "🥴", "🤡", "💅", "🍿", "🗑️", "🤷", 
            "🤓", "🧐", "🦕", "👵", "👴", "🐌", "🐢", 
            "😂", "🤣", "😆", "🙄", "🥱", "😴", "😌", "👀", "🫠", "🤦", "😹", "💀",
        ]
        markers = [
            "yeah right.", "good luck with that.", "oh really.", "/s", "sure, because", "sure jan", "bless.",
            "bless your heart", "bless you.", "must be nice", "oh great", "how original",
            "what a surprise", "shocking, i know", "slow clap", "thanks for nothing", "nice try.", "cool story",
            "cry me a river", "calm down", "genius", "tell us how you really feel", "someone's grumpy",
            "somebody's grumpy", "someone woke up", "wrong side of the bed", "sounds like a you problem",
            "sounds like a you issue", "skill issue", "user error", "pebkac", "have you tried turning it off",
            "did you try turning it off", "it's not rocket science", "not rocket science", 
            "bravo", "good for you", 
            "cute", "adorable", "sweetie", "sweetheart", "hun", "honey", "darling", 
            "🙄", "🙃", "😏", "👏",
            "take a deep breath", "deep breath", "indoor voice", "shall we.", "let's all", "lets all", "relax", "chill", "chill out", "easy tiger", "steady on", "simmer down", "no need to shout", "no need for that", "manners",
            "bless you for", "for trying", "nice try", "sounds like a job for", "couples counselling", "why not both", "pop a jumper on", "mind you", "to be fair", "in fairness", "just saying",
            "plot twist", "tbf", "no offence meant", "bless them", "bless him", "bless her", "rules are rules", "🥹", "🤷", "🤷‍♂️", "🤷‍♀️", "👀",
        ]
        anger_words = [
            "angry", "furious", "fuming", "livid", "raging", "seething", "disgusted", "disgusting",
            "disgrace*", "appalling", "appalled", "outrageous", "unacceptable", "ridiculous", "pathetic",
            "useless", "worst", "terrible", "awful", "horrendous", "shambles", "scam*", "rip off",
            "ripoff", "sick of", "fed up", "had enough", "never again", "hate", "incompetent", "liars",
            "rubbish", "garbage", "trash", "crap", "shocking", "diabolical", "infuriating", "annoyed",
            "frustrated", "frustrating", "upset", "gutted", "devastated", "clowns", "sort it out",
            "is a joke", "what a joke", "absolute joke", "total joke", "complete joke", "beyond a joke", "joke of a", "a joke.", "bad joke", "sick joke", "laughing stock",
            "thieves", "thief", "robbing", "daylight robbery", "criminals", "crooks", "cowboys", "conmen", "con artists", "scammers", "fraudsters", "clowns", "embarrassing", "shameful", "a disgrace", "pathetic",
            "laughable", "brain-dead", "braindead", "you lot", "useless", "clowns", "morons", "idiots", "incompetent", "couldn't code", "never again",
        ]
        angry_emoji = ["😡", "🤬", "😠", "👿", "💢", "😤", "🖕", "😒", "😞", "😢", "💔"]
        # Words that make a post banter rather than a complaint.
        playful_words = [
            "asking for a friend", "asking for me", "send help", "not gonna lie", "ngl", "i'm not crying", "im not crying", "your move", "go.", "fight", "battle", "vs", "who's better", "whos better", "who has the better", "who's got the better", "kiss and make up", "roast",
        ]
        # A customer's own sarcasm: a complaint, whatever praise or laughter is in it ("cheers for the 'we tried
        # to deliver' card when I was in all day 👍").
        post_sarcasm = [
            "🙄", "🙃", "😒", "love that for me", "love that for us", "cheers for that", "thanks for nothing", "thanks a lot.", "cheers for nothing", "great, another", "great. another", "oh great",
            "oh good", "oh brilliant", "oh fantastic", "oh wonderful", "just brilliant", "just great", "just perfect",
            "brilliant, another", "fantastic, another", "lovely, another", "yet again", "once again", "as usual",
            "as always", "what a surprise", "shocker", "colour me shocked", "color me shocked", "who could have guessed",
            "top service", "stellar service",
            "stellar work", "absolutely stellar", "amazing service as always", "love paying", "love being",
            "love waiting", "love that", "so glad i pay", "glad i pay", "for this privilege",
            "the privilege", "what a joke", "cracking job", "real professional", "so professional",
        ]
        # Praise in the post answered: beside it, complaint words are a story, not a complaint ("the lift was broken,
        # so he carried it up: legend").
        praise_words = [
            "legend", "legends", "hero", "heroes", "superstar", "star", "amazing", "brilliant", "fantastic",
            "thank you", "thanks", "thank u", "cheers", "love", "loved", "loving", "appreciate", "kudos",
            "shout out", "shoutout", "well done", "great job", "best", "so kind", "lovely", "above and beyond",
            "made my day", "🙌", "❤️", "🥰", "😍", "👏", "💯", "🫶",
            "bless you", "so easy", "easy", "painless", "smooth", "seamless", "friendly", "helpful", "awesome", "perfect", "delighted", "impressed", "got me through", "saved me", "saved my", "proud", "chuffed", "buzzing", "no regrets", "high-fived", "let my son", "let my daughter", "above and beyond", "lifesaver", "life saver",
            "10/10", "changed my life", "would recommend", "recommend", "five stars", "5 stars",
            "very kind", "how kind", "kind staff", "kind of you", "so kind",
            "game changer", "game-changer", "no faff", "on the mend", "best news", "so grateful", "grateful",
        ]
        complaint_words = [
            "still waiting", "waiting", "no signal", "not working", "doesn't work", "does not work",
            "stopped working", "broken", "down again", "outage", "complaint", "complain*", "cancel*",
            "refund", "overcharged", "charged twice", "double charged", "wrong", "missing", "never arrived",
            "hasn't arrived", "late", "delayed", "lost", "on hold", "no reply", "no response", "ignored",
            "disappointed", "problem", "issue", "charged", "nobody",
            "no one", "still", "worse", "failed", "error", "slow",
            "broke", "crashed", "crashing", "keeps crashing", "mess", "rude", "so rude", "disrespectful", "unhelpful", "horrible", "nasty", "switching", "switch to", "ignored", "waited", "nothing happened", "still no", "not happy", "unhappy", "poor", "not good enough", "sort it", "fix it",
            "rejected", "declined", "refused", "denied", "refurbished", "scratched", "scratches", "damaged", "dented", "faulty", "defective", "wrong item", "not as described", "lost my", "no update", "not received", "never received", "still not", "overdue", "charged me", "took my money", "taken twice", "misgendered", "deadnamed", "laughed at",
            "cracked screen", "for days", "for weeks", "for hours", "so bad", "really bad", "too bad",
            "stuck", "delays", "cancelled", "canceled",
            "closing my account", "close my account", "closing the account", "moving my money", "taking my money elsewhere", "no-show", "no show", "marked it delivered", "marked delivered", "never turned up", "didn't turn up", "not turned up", "down all day", "been down", "complaint", "laughable", "useless", "brain-dead", "who designed", "ridiculous", "for months", "for weeks",
            "ran up", "couldn't find", "could not find", "didn't know", "no idea", "is that legit", "is it real", "is this real",
            "no broadband", "no internet", "no wifi", "no wi-fi", "no service", "no reception", "no coverage", "no connection", "no data", "no dial tone", "no phone line", "isn't working", "isnt working", "won't connect", "can't connect", "keeps dropping", "pay twice", "paid twice", "charged twice",
            "i'm leaving", "im leaving", "we're leaving", "leaving you", "leaving for",
            "charged again", "broken again", "late again", "cancelled again", "down again", "happened again", "not again", "again and again", "yet again", "once again", "third month", "second month", "every single", "every evening", "every night", "every day", "crackles", "crackling", "down since", "since lunch", "since this morning", "since yesterday", "estimated", "wrong bill", "took the morning off", "took the day off", "took a day off", "a massive rip", "ripped", "rip in",
            "month running", "week running", "day running", "time running", "months running", "weeks running",
            "again", "cold food", "food was cold", "arrived cold", "stone cold", "was cold",
        ]

        # Mocking someone's spelling, intelligence, phone or person; laughter aimed at someone upset.
        [mockery]
        points = 60
        each_more = 5
        cap = 65
        phrases = [
            "learn to spell", "learn how to spell", "spell check", "spellcheck", "grammar",
            "dictionary", "hooked on phonics", "it's spelled", "its spelled",
            "it's spelt", "its spelt", "*your", "*you're", "*there", "*their", "*they're", "[sic]", "sic.",
            "english please", "in english", "try again in english", "capital letters", "caps lock",
            "learn to read", "can't read", "cant read", "reading comprehension", "read it again", "read slowly",
            "use your brain", "big brain", "einstein", "rocket scientist", "bright spark", "sherlock",
            "captain obvious", "even a child", "even a toddler", "even my gran", "too hard for you",
            "too complicated for you", "simple enough", "potato", "your brick", "that brick", "ancient phone",
            "get a real phone", "get a better phone", "from the stone age", "dinosaur", "boomer", 
            "old timer", "yo mama", "who asked", "nobody asked",
            "ratio", "touch grass", "cry more", "seethe", "mald", "stay mad", 
            "main character", "pick me",
            "learn to use", "learn how to use", "learn how to", "before criticising", "before criticizing", "before complaining", "before you complain", "family tree", "more brains", "brains than", "brain cell", "brain cells", "braincell", "from this decade", "this century", "this millennium", "museum", "antique", "🦕", "said no one ever", "said nobody ever", "read the instructions", "read the manual", "rtfm", "maybe read", "try reading", "grandma", "grandpa", "granny", "gramps", "old timer", "👵", "👴", "not that scary", "indoor voice", "your mum", "your mom",
            "ask a grown-up", "ask a grown up", "ask an adult", "grown-up", "carrier pigeon", "flip phone", "brick phone", "stone age", "dark ages", "it's not hard", "its not hard", "not that hard", "easy peasy", "even my nan", "even my dog", "how hard can it be", "you do look fine", "gender studies", "snowflake", "triggered", "woke",
            "big word", "crayon", "crayons", "like you're five", "like you are five", "for dummies", "kinder angle", "better angle", "better lighting", "we can see why", "see why the system", "more competent than you", "smarter than you", "cleverer than you", "brighter than you", "than you, clearly", "than you clearly", "maybe try doing", "try doing what", "do what it says", "doing what it says", "follow the instructions", "god squad", "bible basher*", "god botherer*", "happy clappy", "snowflakes", "sensitive soul", "thin skinned", "thin-skinned",
            "and you couldn't", "and you're clearly", "so we're even", "we're even", "cannot read", "who can read", "holding the phone", "the problem's the", "problem is you", "problem's you", "clearly a delight", "a delight", "dog ate your homework", "sure he did", "sure she did", "sure you did", "sure it did", "we look forward to the", "appropriate level of attention", "valued feedback", "like an adult", "communicate like", "wondering how you", "how you found", "the power button", "seems to be a theme", "considered reading", "have you considered reading", "might we ask whether", "even our intern", "our intern's", "how very kind", "naturally we'll", "take your word", "no offence", "tongue twister", "going off-grid", "nothing to see here", "more leftovers", "barely broken in", "ask a grandchild", "get a grandchild", "your grandkids", "at your age", "for your age", "old dog", "new tricks", "bless your", "try reading", "read properly", "read it properly", "reading glasses", "you misread", "learn to type", "typing carefully", "type carefully", "fat fingers", "fat-fingered", "butter fingers", "🤦", "🤦‍♂️", "🤦‍♀️",
            "your spelling", "check your spelling", "spelling lesson", "spelling is", "spelling test",
            "google is free", "champ", "bestie", "kidding. kind of", "kind of.", "however will you", "how will you survive", "have you considered", "good things come to those who wait", "patience is a virtue", "technically", "hardly a crisis", "you'll cope", "we trust you'll", "literally the biggest", "it's literally", "join the 21st century", "welcome to the 21st century", "middle ages", "guests like you", "people like you", "your taste in", "taste in", "the same about you", "said the same about", "can't even read", "empty-headed", "fewer protein", "more treadmill", "who can spell", "scan egos", "lean out far enough", "put you above", "a cave", "other than a cave",
            "skill issue", "looked in a mirror", "look in a mirror", "have you looked in", "certainly a record", "is a record", "a new record", "a record.", "congratulations.", "plan your", "plan better", "better planning", "perhaps plan", "maybe plan", "doesn't get you", "does not get you", "treasure it", "treasure it forever", "cherish it", "go camping", "tent on you", "it's there, isn't it", 
            
            "can't say the same for", "cant say the same for", "can't say the same about", "at least our staff", "at least we can spell", "can spell",
            "are you sure you're", "are you sure you are", "reading it right", "reading it wrong", "can be confusing", "not exceptional", "thousands of calls", "thousands of customers", "thousands of people", "turning yourself off", "turn yourself off", "basically on time", "keep things exciting", "half the fun", "single life", "doorbell's shy", "never lies",
            "unlike you", "as you'll learn", "as you will learn", "matters in", "did you take a photo", "did you check", "did you read", "did you even",
        ]
        laughter = [
            "lol", "lmao", "lmfao", "rofl", "haha*", "hehe*", "ha ha", "😂", "🤣", "😆", "😹", "💀",
            "xd", "jk",
        ]

        # Contempt, dismissal or blame. Answering a rival brand's own post it counts rival_points: a jab
        # in banter is not contempt for a customer.
        [contempt]
        points = 60
        rival_points = 30
        # A reply to an upset customer with none of these (and no word of care) brushes them off.
        engagement = [
            "dm us", "dm", "message us", "on it", "we expect", "we'll", "we will", "we can", "we've", "we have",
            "we're", "we are", "let's", "let us", "you can", "tap", "press", "hold", "try", "here's", "here is",
            "fixed", "fix", "sort", "sorted", "check", "looking into", "look into", "no problem", "of course",
            "happy to", "please", "yes", "help", "call", "visit", "go to", "head to", "book", "send", "refund*",
            "tip", "you've got this", "wait for", "pass this on", "we'll pass",
            "booked", "is booked", "engineer", "on its way", "will work", "until then", "in the meantime", "settings",
            "lower", "turn", "switch", "rebook", "in our app", "in the app", "here's how", "open", "select", "choose",
            "you'll", "you will", "fix lands", "arranged", "arrange", "replacement", "sending", "is due", "are due",
        ]
        # Rules and process quoted at someone upset, with none of these and no word of care, brush them off.
        commitments = [
            "we'll", "we will", "we can", "we've", "we have", "we're", "we are going to", "i'll", "i will", "i can",
            "i've", "let us", "let me", "booked", "is booked", "on its way", "arranged", "sending",
            "who will", "will review", "will look into", "will be in touch", "will get back", "will call you", "will contact you",
        ]
        each_more = 5
        cap = 65
        phrases = [
            "not our problem", "not my problem", "your problem", "boo hoo", "boohoo",
            "cry me a river", "tough luck", "too bad", "so what", "who cares", "nobody cares", "no one cares",
            "don't care", "dont care", "couldn't care less", "could care less", "good riddance",
            "don't let the door", "there's the door", "feel free to leave", "go elsewhere", "take it or leave it",
            "if you don't like it", "if you dont like it", "get over it", "move on", "your fault",
            "your own fault", "you should have read", "you should've read", "read the terms",
            "read the small print", "should have read", "should have known", "should've known",
            "should have checked", "should've checked", "should have thought", "you brought this on",
            "not our fault you", "nothing we can do", "nothing to do with us", "not our responsibility",
            "your responsibility", "you failed to", "you forgot to", "as we already said",
            "we already told you", "like we said", "as stated", "stop whining", "stop complaining",
            "quit whining", "quit complaining", "whinge", "whining", "moaning", "bye.",
            "bye felicia", "whatever.", "k thx bye", "not worth our time", "waste of our time", "suck it up",
            "🤷",
            "no more important", "not more important", "wait your turn", "join the queue", "you're not the only one", "you are not the only one", "not the only customer", "you'll be back", "you will be back", "go on then", "off you go", "we've got a problem with you", "problem with you", "we don't need you", "we dont need you", "customers like you",
            "we will not be responding", "we won't be responding", "not be responding further", "matter for you", "not a matter for us", "nothing further", "this conversation is over", "end of discussion", "you're not special", "you are not special", "not special", "everyone has to wait", "everybody has to wait", "like everyone else", "not our concern", "not our issue", "take it up with", "talk to someone who cares", "not our job", "sort it yourself", "figure it out", "google it", "look it up",
            "just deal with it", "so deal with it", "you'll have to deal with it", "you'll just have to", "learn to deal with it", "educate yourself", "sorry if you", "sorry if this was", "sorry if anyone", "if you were offended", "if anyone was offended", "misinterpreted", "misunderstood our", "when it returns", "refrain from", "repeated enquiries", "stop contacting", "stop messaging us", "stop tagging", "it'll be back when", "be back when it's back", "please ensure you", "clearly set out", "clearly stated", "it's clearly", "as explained",
            "just as soon as", "as soon as we've finished", "when we get round to it", "when we get around to it", "whenever we get round", "if we get round", "we'll get to it", "join the club", "happens to everyone", "you and everyone else", "we look forward to", "thank you for your valued", "filed with", "your call is important", "riveting", "no one asked", "nobody asked", "cry about it", "seethe", "stay mad",
            "door's that way", "doors that way", "door is that way", "don't let it hit you", "dont let it hit you", "👋",
            "deal with it.",
            "as we've already said", "as we have already said", "already said", "as already said", "several times", "check our website before", "before tweeting", "before posting", "before complaining", "well, it's there", "it's there, isn't it", "it arrived, didn't it", "front of the queue",
            "not interested in your", "we're not interested", "we are not interested",
            "hundreds of emails", "hundreds of calls", "hundreds of messages", "not our only", "you are not our only", "you're not our only", "file it with the rest", "with the rest.", "no need to raise", "raise this publicly", "we are aware.", "isn't what it used to be", "we'll get to you", "we'll get to it", "not a lot we can do", "not much we can do", "thanks for understanding", "thanks for your understanding", "we're sure you understand", "we're sure you'd rather", "we are sure you understand", "the only joke here", "expecting miracles", "it's our busy season", "busy season",
        ]

        # Naming a rival brand. Add your rivals' names and handles; the thread's rival accounts are
        # added when a reply is scored. A rival whose name is an everyday word ("Three") is better
        # listed by its handle alone.
        [rival_named]
        points = 10
        cap = 10
        names = []

        # Knocking a rival (named, or any other @handle) in front of an upset customer; a low blow at a
        # rival, whoever it answers; and a rival named in a reply that insults or swears
        # (with_abuse_points), whoever it answers. Friendly jabs at a rival's own post are banter, and
        # count only as rival_named.
        [rival_attacked]
        points = 60
        with_abuse_points = 30
        # Below the belt even in banter: their customers and staff, illness, safety scares, scandals, money.
        low_blows = [
            "their customers", "your customers", "their users", "your users", "their passengers", "your passengers",
            "their crowd", "your crowd", "their fans", "your fans", "their staff", "your staff", "their drivers",
            "your drivers", "their riders", "your riders", "their baristas", "your baristas", "their members",
            "your members", "their students", "their pupils",
            "your community manager", "your manager", "your ceo", "their ceo", "before they quit", "quit to join us",
            "quit in week one", "users quit", "customers quit", "customers left", "customers leave", "own teeth",
            "rich kids", "the runs", "food poisoning", "legionella", "salmonella", "e. coli", "listeria", "outbreak",
            "hygiene rating", "health inspector", "lawyers they needed", "lawsuit", "sued", "court case", "fined",
            "data leak", "camera leak", "breach", "hacked", "recall", "recalled", "broke down", "break down",
            "breaks down", "crash", "crashed", "sank", "sinking", "derailed", "went bust", "bankrupt", "administration",
            "redundanc*", "layoffs", "laid off", "sober", "drunk", "councillors", "honeymoon suite", "🍆", "💩",
            "🦠", "🤮", "pays out slower", "never pays out", "can't afford", "can afford",
        ]
        rival_words = [
            "unlike some", "unlike a certain", "a certain", "we won't name", "we wont name", "who shall remain nameless",
            "the competition", "our competitors", "our competition", "other networks", "other banks", "other airlines",
            "other providers", "other suppliers", "the other lot", "the other bank", "the other network",
            "the other airline", "the other green", "the other red", "the other blue", "the other purple",
            "customers of", "their customers", "the big boys", "the big six", "the rest of them",
            "at least we're not", "at least we aren't", "at least we are not",
        ]
        knocks = [
            "times as long", "twice as long", "as long as", "three times", "twice as", "since 2019", "never does",
            "never do", "does much of anything", "much of anything",
            "worse", "worst", "rubbish", "terrible", "awful", "dreadful", "useless", "joke", "slow", "slower",
            "better than", "unlike", "at least we", "at least we're", "at least our", "not as bad as",
            "can't even", "cant even", "you'll be back", "you will be back",
            "come crawling back", "crawling back", 
            "dodgy", "clowns", "lol", "lmao", "haha*", "😂", "🤣", "🙄", "👋", 
            "than we do", "than us", "than ours", "compared to", "compared with", "far more", "far worse", "much worse", "that's rude", "now that's",
            "enjoy their", "enjoy them", "good luck with them", "good luck with that lot", "have fun with", "dropped calls", "hold times", "losing parcels", "lost parcels", "rude", "shocking", "ripped off", "bye bye",
            "by comparison", "in comparison", "comparison", "make people wait", "we're speedy", "we're faster", "faster than", "slower than", "cheaper than", "cheaper option", "the cheaper", "way more", "put their prices up", "prices up", "at least we're not",
            "better nick", "in better", "than the ones", "than theirs", "than what", "as many", "times as", "than we did", "as we did", "better hands", "in better hands", "lost three", "worse than", "not as good",
            "broke it", "only fixed", "because they", "have fun watching", "ransom notes", "a good day for them",
            "our condolences", "condolences", "survived", "hope you survived", "rather you than me", "poor you", "poor thing",
            "notoriously", "packed a parachute", "parachute", "fraud breaches", "more breaches", "more fraud", "good luck on", "good luck with", "dodgy",
            "widely regarded", "regarded as", "inadequate", "far less", "much less", "less secure", "less reliable", "more stringent", "not as", "for people with no", "for people who", "no mates", "no tastebuds", "can afford",
        ]

        # Refunds and compensation offered in public (points), a sum of money (amount_points), and a sum
        # of money promised: a sum in a sentence that gives it (promised_amount_points).
        [money_promise]
        points = 20
        amount_points = 25
        promised_amount_points = 65
        each_more = 5
        cap = 30
        phrases = [
            "refund*", "compensat*", "reimburs*", "credit your account", "credit to your account",
            "account credit", "goodwill credit", "goodwill gesture", "gesture of goodwill", "free month",
            "month free", "months free", "on the house", "for free", "free of charge", "money back",
            "we'll pay", "we will pay", "we'll cover", "we will cover", "pay you back", "voucher*",
            "gift card", "discount*", "waive*", "cashback", "cash back", "price match",
            "at no cost", "no cost to you", "free replacement",
            "rent off", "a week's rent", "a month's rent", "weeks rent", "week free", "cases on us", "on us to make up",
        ]
        giving = [
            "credit*", "compensat*", "reimburs*", "payout", "pay out",
            "send you", "sending you", "give you", "giving you", "get you", "you'll get", "you will get",
            "you'll receive", "you will receive", "you'll have", "on its way", "owe you", "knock", "knocked",
            "off your", "back to you", "back into your", "back in your", "back on your", "voucher*",
            "goodwill", "gesture", "gift card", "gift", "cashback", "cash back", "as a thank you",
            "for the trouble", "for the inconvenience", "for your trouble", "added to your",
            "on us", "bonus", "award*", "transfer*", "wire", "cheque", "check for", "payment of",
            "sorry money", "make it up", "treat",
            "pay back", "pay for", "we'll pay", "we will pay", "we'll cover", "we will cover", "cover the", "call it", "all in", "plus a bit extra", "a bit extra", "on top", "as compensation", "compensation of", "to make up for",
        ]
        currency_symbols = ["£", "$", "€"]
        amount_units = ["quid", "pound", "dollar", "euro", "buck", "grand", "usd", "gbp", "eur"]

        # Promises in words (points); "guaranteed" and offers without a limit (binding_points): "we'll
        # refund everything", "free for life".
        [promise]
        points = 30
        binding_points = 65
        promises = [
            "promise*", "never happen again", "won't happen again", "will not happen again",
            "wont happen again", "never again", "you have my word", "word of honour", "we swear", "i swear",
            "100% sure", "definitely will", "certainly will",
        ]
        guarantees = ["guarantee*", "guaranty", "guaranties", "100% certain", "absolutely certain"]
        offers = [
            "pay", "pay for", "pay back", "cover", "covering",
            "make up for", "make it up", "wipe", "write off", "cancel all", 
            "on the house", "on us", "free of charge",
            "refund", "refunding", "compensate", "compensating", "compensation", "reimburse", "reimbursing", "credit", "crediting", "waive", "waiving",
            "replace", "replacing", "brand new",
            "match", "matching", "honour", "honor", "replace your",
            "knock", "knock off", "make it right",
        ]
        unbounded = [
            "everything", "every penny", "every cent", "every month", "every bill", "every charge",
            "all of it", "all your", "all of your", "all the money", "all costs", "all losses", "all charges",
            "all bills", "all fees", "any costs", "any cost", "any losses", "any loss", 
            "no matter", "in full for", "whole contract", "entire contract", "ever paid", "ever spent",
            "lifetime", "forever", "for life", "for good", "unlimited", "no limit", 
            "all the way back", "since you joined", "all your money", "all the damage", "any damage",
            "every booking", "every order", "every payment", "every purchase", "all bookings", "all orders", "all payments", "all purchases", "every single",
            "as many times", "no questions asked", "every affected", "all affected", "everyone affected", "every customer", "all customers", "all away fans", "all fans", "for all", "any lost", "every lost", "any parcel", "your lost wages", "lost wages", "loss of earnings", "lost earnings", 
            "of your choice", "whatever you like", "whenever you like", "any model",
            "full cost", "the full cost", "any order", "every order you", "all future",
            "whatever it comes to", "whatever the number", "whatever it was worth", "for everyone", "all consequences", "any consequences", "in full, whatever",
        ]
        unbounded_offers = [
            "free for life", "free forever", "free for the rest of", "for the rest of your life",
            "lifetime free", "blank cheque", "blank check", "name your price", "whatever you want",
            "anything you want", "whatever you need",
            "whatever it costs", "whatever the cost", "no matter the cost", "no matter what it costs", "every penny", "every cent", "all costs covered", "cover all costs", "cover any costs", "cover all your", "refund all", "refund everything", "compensate you for everything",
            "whatever the amount", "whatever the cost", "full cost of all", "all repairs", "any damaged", "every repair", "always pay out", "will definitely pay",
            "take care of everything", "cover your medical", "medical bills", "pay your medical", "new one on us", "replacement on us", "replace it free",
            "cover your lost", "pay your lost", "reimburse your lost", "cover your wages", "pay your wages", "cover lost wages", "cover any lost", "cover your loss of",
            "whatever it comes to", "whatever the number", "make it right, whatever", "ten cases", "cover all consequences", "including any legal claim",
        ]

        # Admitting legal fault or liability, and threats or legal bravado.
        [legal]
        points = 65
        each_more = 5
        cap = 70
        admissions = [
            "negligen*", "at fault", "entirely our fault", "completely our fault",
            "totally our fault", "all our fault", "legally responsible",
            "we admit", "admit fault", "admit liability", "admit that we", "admit we", "broke the law",
            "breaking the law", "broken the law", "against the law", 
            "breach of contract", "breached", "we breached", "breach of data protection", "breach of gdpr",
            "breach of your privacy", "breached gdpr", "breached your", "our crime",
            "sue us", "you could sue", "you can sue", "grounds to sue", "grounds for a claim", "class action",
            "compensation claim", "our negligence", "we messed up legally", "data protection law",
            "own the fault", "own that fault", "fault completely", "completely at fault", "our fault entirely", "caused the fire", "caused the damage", "caused the accident", "caused your injury", "caused the injury", "caused the flood", "caused the leak", "responsible for the damage", "responsible for the fire", "responsible for your injury", "fitted it wrong", "installed it wrong", "fitted incorrectly", "installed incorrectly", "wired it wrong", "our installer clearly", "our engineer clearly", "our driver clearly", "we were wrong to", "admit responsibility", "accept responsibility for the", "accept full responsibility", "take full responsibility for the",
            "broke the rules", "broke the labelling", "broke regulations", "breached regulations", "broken the rules", "against regulations", "not compliant", "non-compliant", "failed to comply", "we broke", "our negligence", "knew it was faulty", "flagged as faulty", "wasn't taken out of use", "should have been taken out", "we were aware", "known fault", "known defect", "known safety",
            "we're liable", "we are liable", "we'd be liable", "we will be liable", "accept liability", "admit liability", "accept full liability", "our liability", "liable for your", "liable for the damage", "liable for any", "take liability", "full liability",
            "any legal claim", "legal claim you", "cover all consequences",
        ]
        # Owning a fault is good care, unless the post tells of harm done: then it is an admission of liability.
        faults = [
            "that's on us", "thats on us", "that is on us", "our fault", "our mistake", "we messed up", "we got it wrong",
            "we should have", "we knew", "was faulty", "were faulty", "known issue", "we were aware", "should have been",
            "hadn't updated", "had not updated", "we changed the", "we failed", "our error", "we didn't check",
            "wasn't checked", "not checked", "not maintained", "wasn't maintained", "overdue for",
            "we've known", "we have known", "known about", "we knew about", "aware of the", "been aware", "messed up", "our bad", "we should never", "should never have", "after the warning", "despite the warning", "ignored the warning", "was flagged", "had been flagged", "reported before", "we were told",
            "made an error", "made a mistake", "the dentist made", "our dentist made", "the doctor made", "our staff made", "we made an error", "we made a mistake",
        ]
        harm = [
            "injur*", "hurt", "sprain*", "broke my", "broken bone", "burn", "burns", "burnt", "burned", "bleeding",
            "hospital", "a&e", "palpitations", "allergic", "reaction", "poison*", "food poisoning",
            "vomit*", "ill", "fire", "flood*", "fell", "threw me", "cut my", "bruise*",
            "concussion", "stitches", "scald*", "electric shock", "accident", "wrist", "ankle", "knee",
            "back pain", "rash",
            "damaged my", "damage to my", "crashed into", "car crash",
            "glass in", "found glass", "metal in", "plastic in", "choked", "choking", "cut my leg", "cut my hand", "cut my finger", "leg open", "stitches", "broke my", "made me ill", "made me sick", "poisoned", "allergic", "anaphyla*", "hospitalised", "hospitalized", "injured", "bleeding", "scar",
            "swollen", "purple", "ran over my", "run over", "hit by", "knocked over", "knocked me",
            "wrong tooth", "root canal", "drilled", "abscess", "swollen", "wrong leg", "wrong eye", "wrong medication", "given late",
        ]
        threats = [
            "see you in court", "our lawyers", "our lawyer", "our solicitors", "our solicitor", "our legal team",
            "legal team will", "we'll sue", "we will sue", "sue you", "suing you", "take legal action",
            "legal action against", "go ahead and sue", "good luck suing", "try suing", "try and sue",
            "we'll ban you", "we will ban you", "ban your account", "we'll block you", "report you",
            "reporting you", "reported you", "you'll regret", "you will regret", "watch your back",
            "watch yourself", "or else", "defamation", "defamatory", "libel*", "slander*",
            "cease and desist", "we know where you live", "know where you live", 
            "contact your employer", "police on you", "last warning",
            "call the police on you",
            "go for it", "sides with us", "take us to", "you won't win", "you'll lose", "we always win", "see how far you get", "good luck with the ombudsman",
        ]

        # Politics and religion brought up by our reply (points), or taken up from the post answered
        # (echoed_points). Add or rename topics freely: each key under [sensitive_topic.topics] is a topic
        # named in the reason.
        [sensitive_topic]
        points = 60
        echoed_points = 20
        each_more = 5
        cap = 65
        # A sentence saying the brand stays out of it brings nothing up: "we don't take political positions".
        neutral = [
            "take positions", "take a position", "take sides", "take a side", "stay neutral", "remain neutral",
            "stay out of", "not political", "don't comment on", "do not comment on", "apolitical", "no position on",
            "not something we comment on", "everyone is welcome", "all faiths", "every faith", "all backgrounds",
            "political positions", "take political", "political stance", "take a stance", "no stance", "political sides", "any political",
            "right to peaceful protest", "right to protest", "students' right", "everyone's right",
        ]
        # Taking a side, where the post or the reply touches a topic: counts as bringing it up.
        stances = [
            "we believe", "we support", "we oppose", "we urge", "we stand with", "we stand against", "stand with",
            "stand against", "we're proud to support", "we are proud to support", "we back", "we condemn",
            "we reject", "is cruel", "is wrong", "is evil", "is disgusting", "is a disgrace", "should be ashamed",
            "write to your mp", "write to their mp", "sign the petition", "vote for", "vote against",
            "don't vote", "dont vote", "on the right side", "side of history",
            "spreads hate", "we won't fund", "won't fund", "we refuse to", "we pulled", "we won't support", "we will not support", "not just the", "unlike some", "we don't shut for", "every religious",
            "power to the people", "✊", "for the cause", "the climate lot", "tree huggers", "eco warriors", "snowflakes", "do go on", "go on a bit",
            "speaks the truth", "speak the truth", "tells the truth", "he's right", "she's right", "they're right about", "change your life", "open your eyes", "wake up", "the truth about",
            "this is britain", "this is england", "this is america", "this is a christian", "we close for christmas",
        ]

        [sensitive_topic.topics]
        politics = [
            "election*", "vote", "voting", "voter*", "ballot", "brexit", "trump", "biden", "starmer",
            "sunak", "farage", "tory", "tories", "labour party", "lib dems", "democrat*", "republican*",
            "conservative party", "parliament", "congress", "senate", "prime minister",
            "immigra*", "migrant*", "refugee*", "asylum", "abortion", "gun control", "israel*", "palestin*",
            "gaza", "ukrain*", "russia*", "putin", "protest*", "left wing", "right wing", "leftist*",
            "woke", "maga", "liberal*", "socialis*", "communis*", "fascis*", "nazi*", 
            "net zero",
            "voted", "government", "the government", "ministers", "mps", "unions", "union bosses", "strikers", "this country", "lefties", "christian company", "christian values", "christian country", "christianity", "christians", "pride month", "lgbt*", "trans rights", "gender ideology", "culture war", "patriot*", "the other lot", "deport*", "border*",
            "mp", "legislation", "petition", "referendum", "parliament", "politician*", "minister", "senator", "congressman", "congresswoman", "governor", "mayor", "picket", "union", "immigration", "migrants", "small boats", "rwanda", "deportation", "pro-life", "pro-choice", "gun rights", "second amendment", "nhs cuts", "austerity", "tax cuts", 
            "strike", "strikes", "on strike", "striking workers",
            "boycott*", "news channel", "spreads hate", "hateful", "far right", "far-right", "far left", "far-left", "extremist*", "propaganda",
            "climate", "fossil fuel*", "tree hugger*", "eco warrior*", "windfall tax", "the unions", "activist*", "strike action", "pride", "lgbtq*", "brexiteer*", "remainer*", "trumper*", "liberals", "tories", "leftie*", "wokeism",
        ]
        religion = [
            "jesus", "allah", "muslim*", "islam*", "catholic*", "jewish", "jews", "judaism",
            "hindu*", "sikh*", "buddhis*", "atheis*", "church", "mosque", "synagogue", "religion",
            "religious", "pray", "praying", "prayer*", "bible", "quran", "koran", "torah", "ramadan", "eid",
            "diwali", "hanukkah", "passover", "god bless", "god willing", "inshallah",
            "amen", "sinner*", "hell awaits", "the lord", "satan",
            "god squad", "bible basher*", "religious festival", "christmas is for everyone", "nativity", 
            "preacher*", "pastor*", "imam*", "rabbi*", "priest*", "vicar*", "sermon*", "faith",
        ]

        # The reach of the person answered: points_per_tenfold for every tenfold of followers above
        # from_followers. With these values: 1k followers or fewer 0, 10k 5, 100k 10, 1M 15.
        [reach]
        from_followers = 1000
        points_per_tenfold = 5
        cap = 15

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
        points = 5

        """#
}
