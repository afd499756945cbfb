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
private let happy = RiskContext(recipient: RiskFixtures.customer(), answeredText: "Love the new ad 😍 thank you!")
private let grieving = RiskContext(recipient: RiskFixtures.customer(),
                                   answeredText: "My mum passed away last week and I need to close her contract")
private let rivals = RiskContext(rivalNames: ["Vodafone", "@VodafoneUK"])
private let rivalPost = RiskContext(recipient: Account(network: .x, handle: "@RivalTel", name: "RivalTel", followers: 900_000,
                                                       role: .rival),
                                    answeredText: "@ourbrand our 5G is so fast it finished your sentence")
private let injured = RiskContext(recipient: RiskFixtures.customer(),
                                  answeredText: "Your treadmill belt snapped and I sprained my wrist")
private let sarcastic = RiskContext(recipient: RiskFixtures.customer(),
                                    answeredText: "ordered a king size duvet, got a single. love that for me")
private let keptWaiting = RiskContext(recipient: RiskFixtures.customer(),
                                      answeredText: "slot was 8-10am, it's 11:30. took the morning off work for this")
private let switched = RiskContext(recipient: RiskFixtures.customer(),
                                   answeredText: "moved from nettle to you and my first bill is triple what I expected")
private let contest = RiskContext(recipient: RiskFixtures.customer(),
                                  answeredText: "@loafandlarder your sourdough > @breadco.bsky.social sourdough, not even close")
private let political = RiskContext(recipient: RiskFixtures.customer(), answeredText: "Where do you stand on the election?")
private func voice(_ id: String) -> RiskContext { RiskContext(voice: RiskFixtures.voice(id)) }
private func voice(_ id: String, _ context: RiskContext) -> RiskContext {
    var context = context
    context.voice = RiskFixtures.voice(id)
    return context
}

private let cases: [ReasonCase] = [
    .fires(.secretRequest, "To check it's you, could you DM us «your password»?"),
    .quiet(.secretRequest, "We will never ask for your password, here or in a DM"),
    .fires(.secretRequest, "Just reply with the «3 digits» on the «back of your card»"),
    .quiet(.secretRequest, "Please don't share the 3 digits on the back of your card with anyone"),
    .fires(.secretRequest, "What's «the code» we just texted you?"),
    .fires(.secretRequest, "Noooo not the skins 😱 Drop «your password» in our DMs"),
    .quiet(.secretRequest, "Noooo 😱 not your password, never share it"),
    .quiet(.secretRequest, "Message us from wherever feels safe and we'll set up a new password with you"),
    .quiet(.secretRequest, "You can reset your password in the app under Settings"),
    .fires(.secretRequest, "Please confirm your «date of birth» and postcode below"),
    .quiet(.secretRequest, "DM us your date of birth so we can find the booking"),

    .fires(.personalData, "Call Dave on «+44 7700 900123»"),
    .quiet(.personalData, "Track it at https://example.com/track/07700900123"),
    .fires(.personalData, "Is «07700 900123» still your number?"),
    .quiet(.personalData, "Call us free on 0800 123 4567"),
    .fires(.personalData, "We'll ring «(555) 123-4567» at noon"),
    .quiet(.personalData, "Call 1-800-555-0199 any time"),
    .fires(.personalData, "We've e-mailed «jo.bloggs@example.com»"),
    .quiet(.personalData, "Please write to welfare@riversiderfc.org today",
           RiskContext(recipient: RiskFixtures.customer(), answeredText: "@RiversideRFC a coach messages my son late at night")),
    .quiet(.personalData, "Ring 0345 210 4410 and we'll close the policy for you"),
    .quiet(.personalData, "Write to help@example.com or message @jo_bloggs"),
    .fires(.personalData, "The card «4111 1111 1111 1111» was charged"),
    .quiet(.personalData, "The card 4111 1111 1111 1112 was charged"),
    .fires(.personalData, "Order «48213» leaves «14 Elm Road» today"),
    .quiet(.personalData, "Your order leaves in 2 days, a 5 min walk from the road"),
    .fires(.personalData, "Is your «postcode» still «SW1A 1AA»?"),
    .quiet(.personalData, "Our 4G covers SW1 and most of London"),
    .fires(.personalData, "Reply here with your «account number» and we'll check"),
    .quiet(.personalData, "DM us your account number and we'll check"),

    .fires(.sensitiveSituation, "So sorry! Look on the «bright side» «😅»", grieving),
    .quiet(.sensitiveSituation, "We're so sorry for your loss. DM us and we'll close it for you", grieving),
    .fires(.sensitiveSituation, "Contracts end when they end, «as set out in» our terms", grieving),
    .fires(.sensitiveSituation, "We're so sorry for your loss. DM us and we'll close it", voice("banter", grieving)),

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
    .fires(.profanity, "«Bloody hell», that's quick"),
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
    .fires(.sarcasm, "We'll look into it «😉»", angry),
    .fires(.sarcasm, "Single life chose you «😉»", sarcastic),
    .quiet(.sarcasm, "Single life chose you 😉", RiskContext(recipient: RiskFixtures.customer(),
                                                             answeredText: "my new single duvet is so cosy, love it")),
    .quiet(.sarcasm, "We'll look into it 😉", happy),

    .fires(.mockery, "Maybe «learn to spell» before tweeting"),
    .quiet(.mockery, "Thanks for spelling out what went wrong"),
    .fires(.mockery, "«Haha» we'll check", angry),
    .quiet(.mockery, "Haha we'll check", happy),

    .fires(.contempt, "That's «not our problem», mate"),
    .quiet(.contempt, "That's our problem to fix, not yours"),
    .fires(.contempt, "«Deal with it»."),
    .fires(.contempt, "Delivery windows «are estimates» and are «not guaranteed». «Please see our» delivery terms.", keptWaiting),
    .quiet(.contempt, "Sorry, that's a morning lost. Delivery windows are estimates, so please DM us and we'll rebook.", keptWaiting),
    .quiet(.contempt, "Thanks for the times. Our team will review it within 5 working days and we'll rebook you.", keptWaiting),
    .fires(.contempt, "That's «your problem»"),
    .quiet(.contempt, "We were short-staffed, which isn't your problem. DM us and we'll rebook you", complaining),
    .fires(.contempt, "«So what»? It's one day late"),
    .quiet(.contempt, "So. What we'll do is send a new one today"),
    .quiet(.contempt, "DM us and we'll deal with it today"),

    .fires(.rivalNamed, "Unlike «@VodafoneUK», we answer on Sundays", rivals),
    .quiet(.rivalNamed, "Unlike some, we answer on Sundays", rivals),
    .fires(.rivalNamed, "«Vodafone» who? 😉", rivals),
    .fires(.rivalNamed, "You'll make us rise. «Breadco», we still love you", contest),
    .quiet(.rivalNamed, "You'll make us rise. Bread, we still love you", contest),
    .quiet(.rivalNamed, "Vodka who? 😉", rivals),

    .fires(.rivalAttacked, "«At least we're not» «@VodafoneUK», their signal is «worse»",
           RiskContext(recipient: RiskFixtures.customer(), answeredText: "No signal again, third time this week",
                       rivalNames: ["@VodafoneUK"])),
    .quiet(.rivalAttacked, "Nice try @RivalTel, our 5G is still faster 😉", rivalPost),
    .fires(.rivalAttacked, "«@VodafoneUK» are «clowns»", rivals),
    .fires(.rivalAttacked, "Sorry! «Nettle» Energy's readings are «notoriously» «dodgy», so yours was probably wrong", switched),
    .quiet(.rivalAttacked, "Sorry! Closing readings are often estimated, so send us yours and we'll check it", switched),
    .fires(.rivalAttacked, "Higher than the «councillors» over there who've read a budget 😂", rivalPost),
    .quiet(.rivalAttacked, "Higher than last year, and climbing 😂", rivalPost),
    .quiet(.rivalAttacked, "@VodafoneUK are good sports", rivals),

    .fires(.moneyPromise, "We'll «refund» the «£20» and add a «free month»"),
    .quiet(.moneyPromise, "Feel free to DM us and we'll take a look"),
    .fires(.moneyPromise, "Have «50 quid» «on us»"),
    .quiet(.moneyPromise, "Have 50 reasons to smile"),
    .fires(.moneyPromise, "We'll «send you» «£500» «for the trouble»"),
    .quiet(.moneyPromise, "That's 1,200 people we'll call back"),

    .fires(.promise, "Your parcel is «guaranteed» by Friday"),
    .quiet(.promise, "We can't guarantee Friday, but we'll try"),
    .fires(.promise, "We'll «refund everything» you've paid «since you joined»"),
    .quiet(.promise, "We've refunded the charge and everything is back to normal"),

    .fires(.legal, "We «accept full liability» for the outage"),
    .quiet(.legal, "We're sorry for the outage and we're on it"),
    .fires(.legal, "Carry on and «our lawyers» will be in touch"),
    .quiet(.legal, "Carry on and our team will be in touch"),
    .fires(.legal, "So sorry, «that's on us»: it «was flagged» last week", injured),
    .quiet(.legal, "So sorry, that's on us: the delivery was late", complaining),

    .fires(.sensitiveTopic, "«Don't vote» for «the other lot» 😉"),
    .quiet(.sensitiveTopic, "Don't forget your voucher 😉"),
    .fires(.sensitiveTopic, "«Pray» for us, it's Monday: «prayers» welcome"),
    .quiet(.sensitiveTopic, "We don't take political positions, but we can help with your bill", political),

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
            if !expected.isEmpty { #expect(reason?.ranges == expected) }
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
