import Testing
import RiposteCore

/// One draft per line: where a reason fires, the words it underlines are marked «like this»;
/// next to it, a close draft where it must stay quiet.
struct ReasonCase: Sendable, CustomTestStringConvertible {
    var kind: RiskKind
    var draft: String
    var context = RiskContext()
    var fires: Bool

    var testDescription: String { "\(kind.rawValue) \(fires ? "fires on" : "stays quiet on") \"\(draft)\"" }

    static func fires(_ kind: RiskKind, _ draft: String, _ context: RiskContext = RiskContext()) -> ReasonCase {
        ReasonCase(kind: kind, draft: draft, context: context, fires: true)
    }

    static func quiet(_ kind: RiskKind, _ draft: String, _ context: RiskContext = RiskContext()) -> ReasonCase {
        ReasonCase(kind: kind, draft: draft, context: context, fires: false)
    }
}

private let angry = RiskContext(recipient: RiskFixtures.customer(), answeredText: RiskFixtures.angryPost)
private let complaining = RiskContext(recipient: RiskFixtures.customer(), answeredText: "Still waiting for my router to arrive")
private let happy = RiskContext(recipient: RiskFixtures.customer(), answeredText: RiskFixtures.calmPost)
private let rivals = RiskContext(rivalNames: ["Vodafone", "@VodafoneUK"])
private func voice(_ id: String) -> RiskContext { RiskContext(voice: RiskFixtures.voice(id)) }

private let cases: [ReasonCase] = [
    .fires(.insult, "Only an «idiot» would pay that much"),
    .quiet(.insult, "Only a genius would pay that little"),
    .fires(.insult, "Those «1d10ts» in accounts again"),
    .quiet(.insult, "Those 10 items in your account again"),
    .fires(.insult, "Nice one «🤡»"),
    .quiet(.insult, "Nice one 🎉"),
    .fires(.insult, "Oh «shut up», you love us really"),
    .quiet(.insult, "We shut up shop at 8, back tomorrow"),

    .fires(.profanity, "What the «f*ck» happened here"),
    .quiet(.profanity, "What the heck happened here"),
    .fires(.profanity, "That's «sh1t» service, sorry"),
    .quiet(.profanity, "That's shift work for you, sorry"),
    .fires(.profanity, "«Shiiiit», sorry!"),
    .quiet(.profanity, "Shiitake risotto for the team tonight"),
    .fires(.profanity, "We're «fucking» on it"),
    .fires(.profanity, "«Bloody» «hell», that's quick"),
    .quiet(.profanity, "Hello from the shell of our old shop"),
    .quiet(.profanity, "Our Scunthorpe store opens at 9"),
    .quiet(.profanity, "Our first class team will assess it"),
    .fires(.profanity, "Such a «$hit» day"),
    .quiet(.profanity, "Such a $5 day"),

    .fires(.sarcasm, "Oh «yeah, right». We'll get right on that", angry),
    .quiet(.sarcasm, "Yeah, right away. We'll get right on that", angry),
    .quiet(.sarcasm, "Oh yeah, right. We'll get right on that", happy),
    .fires(.sarcasm, "«Good luck with that» «/s»", complaining),
    .quiet(.sarcasm, "Good luck with the move!", complaining),
    .quiet(.sarcasm, "Good luck with that exam, Dave 🍀", angry),
    .fires(.sarcasm, "Someone needs to «calm down» «🙄»", angry),
    .quiet(.sarcasm, "Someone needs a nap 😴", angry),

    .fires(.rivalNamed, "Unlike «@VodafoneUK», we answer on Sundays", rivals),
    .quiet(.rivalNamed, "Unlike some, we answer on Sundays", rivals),
    .fires(.rivalNamed, "«Vodafone» who? 😉", rivals),
    .quiet(.rivalNamed, "Vodka who? 😉", rivals),
    .fires(.rivalInsulted, "«@VodafoneUK» are «clowns»", rivals),
    .quiet(.rivalInsulted, "@VodafoneUK are good sports", rivals),

    .fires(.moneyPromise, "We'll «refund» the «£20» and add a «free month»"),
    .quiet(.moneyPromise, "Feel free to DM us and we'll take a look"),
    .fires(.moneyPromise, "Have «50 quid» on us"),
    .quiet(.moneyPromise, "Have 50 reasons to smile"),
    .fires(.moneyPromise, "That's «$ 1,200.50» «we'll pay» back"),
    .quiet(.moneyPromise, "That's 1,200 people we'll call back"),

    .fires(.personalData, "Call Dave on «+44 7700 900123»"),
    .quiet(.personalData, "Track it at https://example.com/track/07700900123"),
    .fires(.personalData, "Is «07700 900123» still your number?"),
    .quiet(.personalData, "Call us free on 0800 123 4567"),
    .fires(.personalData, "We'll ring «(555) 123-4567» at noon"),
    .quiet(.personalData, "Call 1-800-555-0199 any time"),
    .fires(.personalData, "We've e-mailed «jo.bloggs@example.com»"),
    .quiet(.personalData, "We've messaged @jo_bloggs on X"),
    .fires(.personalData, "The card «4111 1111 1111 1111» was charged"),
    .quiet(.personalData, "The card 4111 1111 1111 1112 was charged"),
    .fires(.personalData, "Account «12345678» is fixed"),
    .quiet(.personalData, "Order placed on 2024-11-29 is fixed"),

    .fires(.sensitiveTopic, "So sorry to hear your dad «passed away»"),
    .quiet(.sensitiveTopic, "So sorry your battery died on the way"),
    .fires(.sensitiveTopic, "Reports of a «stabbing» near the store"),
    .quiet(.sensitiveTopic, "Ask the therapist at our wellbeing desk"),
    .fires(.sensitiveTopic, "Hope your mum is home from «hospital» soon, and good luck with the «election»"),
    .quiet(.sensitiveTopic, "Hope your mum is home from holiday soon"),

    .fires(.reach, "Thanks for the kind words", RiskContext(recipient: RiskFixtures.customer(followers: 120_000))),
    .quiet(.reach, "Thanks for the kind words", RiskContext(recipient: RiskFixtures.customer(followers: 200))),

    .fires(.voice, "Fair cop", voice("banter")),
    .quiet(.voice, "Fair cop", voice("classic-care")),

    .fires(.shouting, "«SORRY» «ABOUT» «THE» «WAIT», «ALL» «FIXED»"),
    .quiet(.shouting, "Sorry about the wait, the NHS app is back"),
    .fires(.shouting, "On it«!!!»"),
    .quiet(.shouting, "On it!"),
    .quiet(.shouting, "@BT_UK @EE_HELP thanks"),

    .fires(.emojiAgainstVoice, "Thank you «🙏»", voice("formal")),
    .quiet(.emojiAgainstVoice, "Thank you 🙏", voice("classic-care")),
    .fires(.emojiAgainstVoice, "Love it 🎉«🎉»«🔥»", voice("banter")),
    .quiet(.emojiAgainstVoice, "Love it 🎉🎉🔥", RiskContext()),
]

/// Every reason has a draft that fires it, underlining exactly the words that caused it, and a
/// close draft where it must not fire.
@Suite struct RiskReasonCaseTests {
    @Test(arguments: cases)
    func reason(_ example: ReasonCase) {
        let (draft, expected) = RiskFixtures.marked(example.draft)
        let assessment = RiskScorer.assess(draft, context: example.context, rules: .builtin)
        let reason = assessment.reason(example.kind)
        if example.fires {
            #expect(reason != nil)
            #expect(reason?.ranges == expected)
            #expect((reason?.points ?? 0) > 0)
        } else {
            #expect(reason == nil, "\(reason?.message ?? "")")
        }
    }

    @Test("every reason has a case where it fires and one where it stays quiet")
    func everyKindIsCovered() {
        for kind in RiskKind.allCases {
            #expect(cases.contains { $0.kind == kind && $0.fires }, "\(kind) never fires")
            #expect(cases.contains { $0.kind == kind && !$0.fires }, "\(kind) never stays quiet")
        }
    }
}
