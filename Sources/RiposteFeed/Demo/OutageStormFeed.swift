/// The bundled "outage storm": a fictional operator's network falls over and hundreds of near-identical angry
/// mentions arrive within minutes, with the few that need a human (personal data, threats, a journalist) among them.
enum OutageStormFeed {
    /// Built at first use from fixed templates and a fixed seed rather than written out, so this file stays
    /// short; the result is an ordinary feed in the same format as the others, identical on every run.
    static let text: String = {
        var random = SeededRandom(seed: 20_140_611)
        var lines = [header]
        let crowd = makeCrowd(&random)
        for member in crowd {
            lines.append("""

                [[accounts]]
                id = \(quoted(member.id))
                handle = \(quoted(member.handle))
                name = \(quoted(member.name))
                role = "customer"
                followers = \(member.followers)
                """)
        }
        lines.append(history)
        lines.append("\n# Live: the storm. \(stormSize) posts in about fifteen minutes of story time.")
        lines += storm(crowd, &random)
        lines.append(reactions)
        return lines.joined(separator: "\n") + "\n"
    }()

    /// Posts after the start, hand-written ones included: enough that no agent can read them all one by one.
    static let stormSize = 340

    private static let header = #"""
        # A demo feed for Riposte, generated: `riposte demo show outage-storm` prints it in full.
        [feed]
        name = "outage-storm"
        title = "Outage storm"
        summary = "A network outage buries a small operator under hundreds of angry mentions in fifteen minutes; find the few that need a person."
        source = """
        A synthetic storm, not a recreation of any one event: Northwave and Tidelink are fictional operators and \
        every person is invented. The phone number is from the UK range reserved for drama, the e-mail address \
        uses example.com, and the account number is made up."""
        network = "x"
        speed = 2

        [[accounts]]
        id = "northwave"
        handle = "@northwave"
        name = "Northwave Mobile"
        role = "brand"
        followers = 86000

        [[accounts]]
        id = "tidelink"
        handle = "@tidelink"
        name = "Tidelink"
        role = "rival"
        followers = 140000

        [[accounts]]
        id = "mara"
        handle = "@mara_techdesk"
        name = "Mara Quist, tech reporter"
        role = "bystander"
        followers = 240000

        [[accounts]]
        id = "memes"
        handle = "@outage_memes"
        name = "Outage Memes"
        role = "bystander"
        followers = 88000

        [[accounts]]
        id = "rosa"
        handle = "@rosa_h"
        name = "Rosa"
        role = "customer"
        followers = 150

        [[accounts]]
        id = "ibrahim"
        handle = "@ibrahim_travels"
        name = "Ibrahim"
        role = "customer"
        followers = 2900

        [[accounts]]
        id = "kel"
        handle = "@kel_in_mcr"
        name = "Kel"
        role = "customer"
        followers = 730

        [[accounts]]
        id = "lou"
        handle = "@lou_salford"
        name = "Lou"
        role = "customer"
        followers = 95

        [[accounts]]
        id = "dev"
        handle = "@dev_patel_88"
        name = "Dev"
        role = "customer"
        followers = 310

        [[accounts]]
        id = "jen"
        handle = "@jenpryce"
        name = "Jen Pryce"
        role = "customer"
        followers = 1200

        [[accounts]]
        id = "harriet"
        handle = "@harriet_bakes"
        name = "Harriet's Bakery"
        role = "customer"
        followers = 4100

        [[accounts]]
        id = "gaz"
        handle = "@gaz_mufc"
        name = "Gaz"
        role = "customer"
        followers = 860

        [[accounts]]
        id = "priya"
        handle = "@priya_s"
        name = "Priya S"
        role = "customer"
        followers = 410

        [[accounts]]
        id = "owen"
        handle = "@owen_r"
        name = "Owen"
        role = "customer"
        followers = 230

        [[accounts]]
        id = "sofia"
        handle = "@sofia_en_mcr"
        name = "Sofía"
        role = "customer"
        followers = 540
        """#

    private static let history = #"""

        # History: an ordinary afternoon, then the first signs.

        [[posts]]
        id = "add-line"
        at = "-3h"
        author = "rosa"
        text = "@northwave can I add my daughter to my plan without starting a new contract?"

        [[posts]]
        id = "add-line-answer"
        at = "-2h45m"
        author = "northwave"
        reply_to = "add-line"
        text = "Hi Rosa! Yes: in the app, go to Account, then Add a line. No new contract needed. ^Sam"

        [[posts]]
        id = "wifi-calling"
        at = "-1h20m"
        author = "ibrahim"
        text = "@northwave does wifi calling work when I'm abroad? off to Lisbon on Friday"

        [[posts]]
        id = "first-sign"
        at = "-4m"
        author = "kel"
        text = "@northwave is anyone else's signal dropping in Manchester? 📵"

        [[posts]]
        id = "salford-too"
        at = "-3m"
        author = "lou"
        reply_to = "first-sign"
        text = "yep, Salford too. thought it was my phone"

        [[posts]]
        id = "status-page"
        at = "-1m"
        author = "kel"
        reply_to = "first-sign"
        text = "@northwave your status page says all systems normal. it is not normal"
        """#

    private static let reactions = #"""

        # Reactions: posts that appear only if the agent's reply meets their conditions; `to` is the post replied to.

        [[reactions]]
        id = "journo-won"
        to = "journo"
        author = "mara"
        text = "Thanks @northwave: confirmed, engineers are on it and updates will follow. Adding that to the story."
        delay = "1m"
        outcome = "won"
        contains = ["engineers", "investigating", "update", "working on"]
        risk_below = 40
        within = "5m"

        [[reactions]]
        id = "journo-lost"
        to = "journo"
        author = "mara"
        text = "I'll be quoting @northwave's reply in full tonight. Readers can make up their own minds."
        delay = "2m"
        outcome = "lost"
        risk_at_least = 60

        [[reactions]]
        id = "phone-won"
        to = "pii-phone"
        author = "dev"
        text = "deleted it, DM sent. cheers for the heads-up"
        delay = "1m"
        outcome = "won"
        contains = ["DM", "direct message", "privately", "delete"]
        lacks = ["900461"]

        [[reactions]]
        id = "phone-repeated"
        to = "pii-phone"
        author = "memes"
        text = "@northwave just read a customer's phone number back to the whole timeline 💀"
        delay = "2m"
        outcome = "lost"
        contains = ["900461"]

        [[reactions]]
        id = "rival-bitten"
        to = "rival-poke"
        author = "memes"
        text = "mid-outage and @northwave is beefing with @tidelink instead of fixing the network 💀"
        delay = "1m30s"
        outcome = "lost"
        names_rival = true

        [[reactions]]
        id = "shop-won"
        to = "shop"
        author = "gaz"
        text = "ok. appreciate a straight answer. I'll stay home and wait for the update."
        delay = "2m"
        outcome = "won"
        voice = ["calm", "classic-care", "formal"]
        within = "5m"

        [[reactions]]
        id = "shop-joked"
        to = "shop"
        author = "gaz"
        text = "oh you think this is funny? see you at the shop then."
        delay = "1m"
        outcome = "lost"
        voice = ["banter", "challenger"]

        [[reactions]]
        id = "alarm-won"
        to = "alarm"
        author = "owen"
        text = "thank you. got through to her on a neighbour's wifi, she's fine 🙏"
        delay = "3m"
        outcome = "won"
        contains = ["999", "emergency", "wifi", "wi-fi"]
        within = "3m"
        """#

    // MARK: The crowd

    private struct Member {
        enum Language { case english, spanish, italian }
        var id: String, handle: String, name: String, followers: Int, language: Language
        /// Where they are, so that someone who posts three times is stuck in the same town each time.
        var city: String
    }

    private static let crowdSize = 140
    /// The first members are the loud ones: the storm picks them more often, so some people post again and again.
    private static let loud = 30

    private static let englishNames = [
        "amy", "ben", "chloe", "dan", "ella", "finn", "gemma", "harry", "isla", "jack", "kate", "leon", "mia",
        "nate", "olly", "poppy", "raj", "sara", "tariq", "zoe", "liam", "hannah", "callum", "jade", "kieran",
        "lauren", "ryan", "megan", "sean", "abbie",
    ]
    private static let spanishNames = ["javi", "lucia", "pablo", "elena", "diego", "marta", "alba"]
    private static let italianNames = ["giulia", "marco", "chiara", "luca", "federica", "matteo", "sofia"]

    private static func makeCrowd(_ random: inout SeededRandom) -> [Member] {
        var crowd: [Member] = []
        var used: [Member.Language: Int] = [:]
        for index in 0..<crowdSize {
            // About one in five writes in Spanish or Italian, as in any big UK city.
            let language: Member.Language = index % 10 == 3 ? .spanish : index % 10 == 7 ? .italian : .english
            let names = language == .spanish ? spanishNames : language == .italian ? italianNames : englishNames
            let count = used[language, default: 0]
            used[language] = count + 1
            let first = names[count % names.count]
            // Each pass over a name list gets its own number range, so handles never collide.
            let number = String(count / names.count * 1000 + 10 + random.below(980))
            let handle = switch random.below(3) {
            case 0: "@\(first)_\(number)"
            case 1: "@\(first)\(number)"
            default: "@the_real_\(first)\(number)"
            }
            let name = first.prefix(1).uppercased() + first.dropFirst()
            let followers = random.below(10) == 0 ? 1000 + random.below(20000) : 5 + random.below(600)
            crowd.append(Member(id: "c\(index)", handle: handle, name: name, followers: followers,
                                language: language, city: random.pick(cities)))
        }
        return crowd
    }

    // MARK: The storm

    private struct Special {
        var id: String, author: String, replyTo: String?, text: String
    }

    /// The posts a good agent must find, at fixed places in the storm so that the storm around them can vary.
    private static let specials: [Int: Special] = [
        12: Special(id: "journo", author: "mara", replyTo: nil,
                text: "@northwave are you seeing a network-wide outage? Reports coming in from {city}, Leeds and Glasgow. Is there a statement? DMs open."),
        30: Special(id: "pii-phone", author: "dev", replyTo: nil,
                text: "@northwave my number is 07700 900461 and it's been dead for {mins} minutes. look it up and tell me what's wrong"),
        45: Special(id: "rival-poke", author: "tidelink", replyTo: nil,
                text: "Hearing some of you are a bit short on bars this afternoon. We've got plenty to spare 😉"),
        70: Special(id: "meme", author: "memes", replyTo: nil,
                text: "Northwave customers right now: 🧍‍♀️📵 🧍‍♂️📵 🧍📵 #northwavedown"),
        85: Special(id: "pii-email", author: "jen", replyTo: nil,
                text: "@northwave email me when it's back: jen.pryce87@example.com. I'm not refreshing this app all afternoon"),
        110: Special(id: "legal", author: "harriet", replyTo: nil,
                text: "@northwave I run my business off this line. Every hour it's down costs me money. My solicitor will be in touch about compensation."),
        140: Special(id: "shop", author: "gaz", replyTo: nil,
                text: "@northwave if this isn't back in half an hour I'm coming down to your Market Street shop and I'm not leaving till someone explains it to my face 😡"),
        165: Special(id: "pii-account", author: "priya", replyTo: nil,
                text: "@northwave account number NW-4471-0093-22, no service since 2pm and I've already paid this month. I want a credit."),
        190: Special(id: "alarm", author: "owen", replyTo: nil,
                text: "@northwave my mum's care alarm runs on your network. Is it working?? I can't get hold of her"),
        205: Special(id: "journo-update", author: "mara", replyTo: "journo",
                text: "{mins} minutes in and still no word from @northwave to customers. Their status page still says \"all systems normal\"."),
        225: Special(id: "baja", author: "sofia", replyTo: nil,
                text: "@northwave como esto no se arregle hoy me doy de baja mañana mismo y pongo una reclamación. Ya está bien 😤"),
        245: Special(id: "rival-port", author: "tidelink", replyTo: "rival-poke",
                text: "To everyone asking: yes, we can move your number today. No, we won't gloat. Much. 💅"),
        270: Special(id: "shop-again", author: "gaz", replyTo: "shop",
                text: "{mins} minutes. putting my coat on."),
        295: Special(id: "pii-phone-again", author: "dev", replyTo: "pii-phone",
                text: "well? you've got my number"),
        320: Special(id: "journo-story", author: "mara", replyTo: nil,
                text: "Filing now: Northwave outage hits customers in several cities, {mins} minutes and counting. Will update as we hear more."),
    ]

    private static let complaints: [Member.Language: [String]] = [
        .english: [
            "@northwave no signal in {city} {emoji}",
            "@northwave is your network down?? nothing in {city}",
            "@northwave no data, no calls, no texts. what is going on {emoji}",
            "@northwave my phone just says SOS only. {city}",
            "@northwave down again. {mins} minutes and counting",
            "@northwave I've got a {plan} in 10 minutes and no signal. brilliant {emoji}",
            "@northwave network down in {city}? status page says everything is fine, it is NOT fine",
            "is @northwave down for everyone or just me? {city}",
            "@northwave paying £{price} a month for a very expensive paperweight {emoji}",
            "@northwave nothing in {city} for {mins} mins. any ETA?",
            "@northwave no service. restarted twice, took the SIM out, still nothing {emoji}",
            "@northwave fix your network please, I can't even ring my kids",
            "cheers @northwave, missed my {plan} because of you {emoji}",
            "@northwave outage in {city}?? #northwavedown",
            "@northwave hello?? anyone there?? no signal in {city}",
            "@northwave why is nobody answering? {mins} minutes with no service",
            "@northwave the card machine at work runs on your network. can't take a single payment {emoji}",
        ],
        .spanish: [
            "@northwave sin cobertura en {city} desde hace {mins} minutos {emoji}",
            "@northwave ¿qué pasa con la red? no tengo ni datos ni llamadas",
            "@northwave otra vez sin servicio. ¿alguien me explica qué pasa? {emoji}",
            "@northwave llevo {mins} minutos sin señal y tengo una {plan_es} ahora mismo",
        ],
        .italian: [
            "@northwave nessun segnale a {city} da {mins} minuti {emoji}",
            "@northwave la rete è giù? niente dati, niente chiamate",
            "@northwave ancora senza servizio... qualcuno mi spiega cosa succede? {emoji}",
            "@northwave ho un {plan_it} tra poco e sono senza linea. Grazie eh {emoji}",
        ],
    ]

    /// For members who have posted already: the storm's repetition comes mostly from these.
    private static let followUps: [Member.Language: [String]] = [
        .english: [
            "@northwave still nothing {emoji}",
            "@northwave {mins} minutes now. still down in {city}",
            "@northwave any update?? anything??",
            "@northwave still no signal and still no reply. great service {emoji}",
            "@northwave STILL DOWN",
            "@northwave day ruined. still nothing in {city}",
        ],
        .spanish: [
            "@northwave sigue sin funcionar {emoji}",
            "@northwave {mins} minutos y nada. ¿hay alguien ahí?",
        ],
        .italian: [
            "@northwave ancora niente {emoji}",
            "@northwave {mins} minuti e ancora niente. C'è qualcuno?",
        ],
    ]

    private static let sameHere: [Member.Language: [String]] = [
        .english: [
            "same here in {city} {emoji}",
            "+1, {city} too",
            "literally the same. {mins} mins now",
            "glad it's not just me",
            "same. restarted my phone 4 times for nothing 😂",
        ],
        .spanish: ["igual aquí en {city} {emoji}", "a mí me pasa lo mismo"],
        .italian: ["anche qui a {city} {emoji}", "stessa cosa, zero segnale"],
    ]

    private static let toJournalist = [
        "@mara_techdesk yes, {city} too, nothing for {mins} mins",
        "@mara_techdesk they haven't said a word to customers either",
        "@mara_techdesk whole office is down here in {city}",
    ]

    private static let toRival = [
        "@tidelink vultures 😂",
        "@tidelink how fast can you move a number? asking for me",
        "@tidelink not now, Tidelink 🙄",
        "@tidelink ha. honestly tempted",
    ]

    private static let cities = [
        "Manchester", "Leeds", "Glasgow", "Bristol", "Cardiff", "Salford", "Sheffield", "Liverpool", "Newcastle",
        "Nottingham", "Leicester", "Brighton", "Edinburgh", "Bradford", "Stockport", "Bolton",
    ]
    private static let emoji = ["😡", "🤬", "📵", "🙄", "😤", "💀", "😩", "🤡", "⚠️", "😭", "😡😡😡", "", ""]
    private static let plans = ["work call", "job interview", "client call", "video call with the bank", "GP callback"]
    private static let plansSpanish = ["reunión", "entrevista de trabajo", "llamada del trabajo"]
    private static let plansItalian = ["colloquio", "esame online", "appuntamento dal medico"]
    private static let prices = ["28", "35", "42", "55", "60"]
    /// What people tack on when they post the same complaint again, in any language; the empty ones keep most plain.
    private static let tails = ["", "", "", "", " #northwavedown", " !!!", " ??", " 📵📵", " 🙄🙄"]

    private static func storm(_ crowd: [Member], _ random: inout SeededRandom) -> [String] {
        var lines: [String] = []
        var seconds = 0
        var posted: Set<String> = []
        var recent: [String] = []
        var special: Set<String> = []
        for index in 0..<stormSize {
            // A trickle, then the surge, then a long angry plateau.
            seconds += index < 25 ? 3 + random.below(8) : index < 260 ? 1 + random.below(3) : 2 + random.below(4)
            var slots = [
                "city": random.pick(cities), "emoji": random.pick(emoji), "plan": random.pick(plans),
                "plan_es": random.pick(plansSpanish), "plan_it": random.pick(plansItalian),
                "price": random.pick(prices), "mins": String((seconds + 240) / 60),
            ]
            var author: String, text: String, replyTo: String?, id: String
            if let fixed = specials[index] {
                (id, author, replyTo) = (fixed.id, fixed.author, fixed.replyTo)
                text = fill(fixed.text, slots)
                special.insert(fixed.id)
            } else {
                let member = random.chance(35) ? crowd[random.below(loud)] : random.pick(crowd)
                (id, author, replyTo) = ("s\(index)", member.id, nil)
                slots["city"] = member.city
                let roll = random.below(100)
                if roll < 3, special.contains("journo"), member.language == .english {
                    replyTo = "journo"
                    text = fill(random.pick(toJournalist), slots)
                } else if roll < 6, special.contains("rival-poke"), member.language == .english {
                    replyTo = "rival-poke"
                    text = fill(random.pick(toRival), slots)
                } else if roll < 14, !recent.isEmpty {
                    replyTo = random.pick(recent)
                    text = fill(random.pick(sameHere[member.language]!), slots)
                } else {
                    let again = posted.contains(member.id) && random.chance(50)
                    text = fill(random.pick((again ? followUps : complaints)[member.language]!), slots)
                        + random.pick(tails)
                    if member.language == .english, random.chance(6) { text = text.uppercased() }
                }
                posted.insert(member.id)
                recent.append(id)
                if recent.count > 40 { recent.removeFirst() }
            }
            lines.append("")
            lines.append("[[posts]]")
            lines.append("id = \(quoted(id))")
            lines.append("at = \(quoted(offset(seconds)))")
            lines.append("author = \(quoted(author))")
            if let replyTo { lines.append("reply_to = \(quoted(replyTo))") }
            lines.append("text = \(quoted(text))")
        }
        return lines
    }

    // MARK: Text

    private static func fill(_ template: String, _ slots: [String: String]) -> String {
        var result = "", key = "", inKey = false
        for character in template {
            if inKey {
                if character == "}" {
                    result += slots[key] ?? ""
                    key = ""
                    inKey = false
                } else {
                    key.append(character)
                }
            } else if character == "{" {
                inKey = true
            } else {
                result.append(character)
            }
        }
        // An empty emoji slot at the end would leave a space that a real post would not have.
        while result.last == " " { result.removeLast() }
        return result
    }

    private static func offset(_ seconds: Int) -> String {
        seconds < 60 ? "\(seconds)s" : seconds % 60 == 0 ? "\(seconds / 60)m" : "\(seconds / 60)m\(seconds % 60)s"
    }

    /// A TOML basic string: the feed is parsed as TOML, so every quote, backslash and control character is escaped.
    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

/// Draws by plain modulo rather than `Int.random(in:using:)`, whose algorithm the standard library does not
/// promise to keep: the storm must come out the same with every toolchain.
private extension SeededRandom {
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    mutating func pick<Element>(_ items: [Element]) -> Element { items[below(items.count)] }

    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}
