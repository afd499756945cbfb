import Testing
import RiposteCore

/// The score an agent sees as they type, and whether the reply has to wait for a supervisor.
@Suite struct RiskScoreTests {
    let rules = RiskRules.builtin

    @Test("a plain apology to a customer with 200 followers scores low and goes straight out")
    func plainApology() {
        let context = RiskContext(voice: RiskFixtures.voice("classic-care"), recipient: RiskFixtures.customer(followers: 200),
                                  answeredText: "My broadband has been down since Monday and nobody has called back")
        let draft = "Hi Dave, I'm really sorry about the wait. Could you send us a DM so we can look into it? ^JS"
        let assessment = RiskScorer.assess(draft, context: context, rules: rules)
        #expect(assessment.score < 20)
        #expect(!rules.requiresApproval(assessment))
    }

    @Test("a sarcastic line to an angry customer with 50k followers, in the banter voice, needs approval")
    func sarcasmAtAnAngryCustomer() {
        let context = RiskContext(voice: RiskFixtures.voice("banter"), recipient: RiskFixtures.customer(followers: 50_000),
                                  answeredText: RiskFixtures.angryPost)
        let assessment = RiskScorer.assess("Yeah right, we'll get right on that", context: context, rules: rules)
        #expect(assessment.score > 60)
        #expect(rules.requiresApproval(assessment))
        #expect(assessment.reasons.map(\.kind) == [.sarcasm, .voice, .reach])
        #expect(assessment.reason(.sarcasm)?.message
            == "sarcasm (\"Yeah right\") to someone who is angry (\"Worst\", 😡, \"!!!\"): drop the joke and deal with the problem")
        #expect(assessment.reason(.reach)?.message == "@dave_r has 50k followers, who may all see this reply")
    }

    @Test("the same line to a happy fan is banter, not sarcasm")
    func sameLineToAFan() {
        let context = RiskContext(voice: RiskFixtures.voice("banter"), recipient: RiskFixtures.customer(followers: 50_000),
                                  answeredText: RiskFixtures.calmPost)
        let assessment = RiskScorer.assess("Yeah right, we'll get right on that", context: context, rules: rules)
        #expect(assessment.reason(.sarcasm) == nil)
        #expect(!rules.requiresApproval(assessment))
    }

    @Test("a reply with a card number needs approval, and says what to do instead")
    func cardNumber() {
        let context = RiskContext(voice: RiskFixtures.voice("classic-care"), recipient: RiskFixtures.customer(followers: 200))
        let assessment = RiskScorer.assess("Thanks Dave, the card 4111 1111 1111 1111 is now unblocked", context: context,
                                           rules: rules)
        #expect(assessment.score > 60)
        #expect(rules.requiresApproval(assessment))
        #expect(assessment.reasons.first?.message == "a card number: offer a direct message instead")
    }

    @Test("several kinds of personal data are named in one reason, the card first")
    func severalKindsOfPersonalData() {
        let assessment = RiskScorer.assess("Call 07700 900123 or use card 4111111111111111", context: RiskContext(),
                                           rules: rules)
        let reason = assessment.reason(.personalData)
        #expect(reason?.message == "a card number and a phone number: offer a direct message instead")
        #expect(reason?.points == 75)
    }

    @Test("the score stops at 100 while every reason keeps its points")
    func capsAt100() {
        let context = RiskContext(voice: RiskFixtures.voice("challenger"),
                                  recipient: RiskFixtures.customer(followers: 2_000_000),
                                  answeredText: RiskFixtures.angryPost, rivalNames: ["@VodafoneUK"])
        let draft = "YEAH RIGHT, you IDIOT, @VodafoneUK are shit too!!! Refund of £50 to card 4111 1111 1111 1111"
        let assessment = RiskScorer.assess(draft, context: context, rules: rules)
        #expect(assessment.score == 100)
        #expect(assessment.reasons.reduce(0) { $0 + $1.points } > 100)
    }

    @Test("reasons come most points first")
    func reasonsAreOrderedByPoints() {
        let context = RiskContext(voice: RiskFixtures.voice("banter"), recipient: RiskFixtures.customer(followers: 20_000))
        let assessment = RiskScorer.assess("You muppet, have a free month on us", context: context, rules: rules)
        let points = assessment.reasons.map(\.points)
        #expect(points == points.sorted(by: >))
        #expect(assessment.reasons.map(\.kind) == [.insult, .moneyPromise, .voice, .reach])
    }

    @Test("each further insult adds less than the first, up to the reason's cap")
    func repeatedFindingsAreCapped() {
        let one = RiskScorer.assess("muppet", context: RiskContext(), rules: rules).reason(.insult)?.points
        let two = RiskScorer.assess("muppet, numpty", context: RiskContext(), rules: rules).reason(.insult)?.points
        let many = RiskScorer.assess("muppet numpty plonker prat twit idiot moron", context: RiskContext(), rules: rules)
        #expect(one == 20)
        #expect(two == 30)
        #expect(many.reason(.insult)?.points == 50)
    }

    @Test("a strong word counts strong points even after a mild one")
    func strongWordsCountMore() {
        let assessment = RiskScorer.assess("Bloody hell, what a shitshow", context: RiskContext(), rules: rules)
        #expect(assessment.reason(.profanity)?.points == 45)
        #expect(RiskScorer.assess("Bloody hell", context: RiskContext(), rules: rules).reason(.profanity)?.points == 20)
    }

    @Test("reach grows with the log of followers: a few hundred is nothing, 100k is 15 to 20")
    func reachPoints() {
        func points(_ followers: Int) -> Int {
            RiskScorer.assess("Thanks!", context: RiskContext(recipient: RiskFixtures.customer(followers: followers)),
                              rules: rules).reason(.reach)?.points ?? 0
        }
        #expect(points(300) == 0)
        #expect(points(1_000) == 0)
        #expect(points(10_000) == 8)
        #expect(points(100_000) == 16)
        #expect(points(1_000_000) == 24)
        #expect(points(500_000_000) == 25)
    }

    @Test("ranges are Characters of the draft, so emoji and accents before a word do not shift the underline")
    func rangesCountCharacters() {
        let (draft, ranges) = RiskFixtures.marked("👩‍👩‍👧 Café crew: «idiot» move")
        let assessment = RiskScorer.assess(draft, context: RiskContext(), rules: rules)
        #expect(assessment.reason(.insult)?.ranges == ranges)
    }

    @Test("the brand's own lines and e-mail domain may be given out; a customer's may not")
    func publicNumbersAndDomains() throws {
        let brand = try RiskRules.parse("""
            [personal_data]
            public_numbers = ["03", "08", "02079460"]
            public_domains = ["Riposte.example"]
            """, file: "risk.toml")
        let (draft, ranges) = RiskFixtures.marked(
            "Call 020 7946 0958 or help@riposte.example, not «020 7946 1234» or «dave@mail.example»")
        #expect(RiskScorer.assess(draft, context: RiskContext(), rules: brand).reason(.personalData)?.ranges == ranges)
    }

    @Test("the brand's own rival list counts alongside the thread's")
    func rivalsFromTheRulesFile() throws {
        let brand = try RiskRules.parse("[rival_named]\nnames = [\"Virgin Media\", \"@VirginMedia\"]", file: "risk.toml")
        let (draft, ranges) = RiskFixtures.marked("Faster than «virgin media», ask «@virginmedia»")
        let assessment = RiskScorer.assess(draft, context: RiskContext(), rules: brand)
        #expect(assessment.reason(.rivalNamed)?.ranges == ranges)
        #expect(assessment.reason(.rivalNamed)?.message == "names a rival (virgin media, @virginmedia): keep it friendly and about what we do")
    }
}
