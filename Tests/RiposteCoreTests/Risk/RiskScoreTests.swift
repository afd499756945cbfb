import Testing
import RiposteCore

/// The score an agent sees as they type, and whether the reply has to wait for a supervisor: the judgement reads the
/// post answered as well as the reply.
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

    @Test("a banter-voice joke to a customer whose mother has died waits for a supervisor, and says why in both texts")
    func jokeToTheBereaved() throws {
        let post = "my mum passed away on Friday and you're still texting her about upgrades"
        let context = RiskContext(voice: RiskFixtures.voice("banter"), recipient: RiskFixtures.customer(), answeredText: post)
        let assessment = RiskScorer.assess("Ah, our robots never sleep 😅 We'll sort it!", context: context, rules: rules)
        #expect(rules.requiresApproval(assessment))
        let reason = try #require(assessment.reason(.sensitiveSituation))
        #expect(reason.points >= rules.threshold)
        #expect(reason.message.contains("grief (\"mum passed away\")") && reason.message.contains("the Banter voice"))
        #expect(reason.postRanges.map { String(Array(post)[$0]) } == ["mum passed away"])
    }

    @Test("the same news answered plainly and kindly goes out")
    func kindReplyToTheBereaved() {
        let context = RiskContext(voice: RiskFixtures.voice("calm"), recipient: RiskFixtures.customer(),
                                  answeredText: "my mum passed away on Friday and you're still texting her about upgrades")
        let draft = "We're so sorry about your mum. We've stopped the messages, and if you DM us we'll close her account for you."
        #expect(!rules.requiresApproval(RiskScorer.assess(draft, context: context, rules: rules)))
    }

    @Test("asking a customer for their account number and password is held whatever the voice and whatever the rules")
    func askingForAPassword() throws {
        let lenient = try RiskRules.parse("""
            threshold = 100
            [secret_request]
            points = 0
            [personal_data]
            points = 0
            card_points = 0
            """, file: "risk.toml")
        for voice in ["classic-care", "calm", "formal", "banter"] {
            let context = RiskContext(voice: RiskFixtures.voice(voice), recipient: RiskFixtures.customer())
            let assessment = RiskScorer.assess("Reply with your account number and password and we'll check", context: context,
                                               rules: lenient)
            #expect(lenient.requiresApproval(assessment), "\(voice)")
            #expect(assessment.reason(.secretRequest) != nil)
        }
    }

    @Test("a promise of a £500 payment is held; refunding the exact charge is not a promise")
    func moneyPromised() {
        let complaint = RiskContext(voice: RiskFixtures.voice("classic-care"), recipient: RiskFixtures.customer(),
                                    answeredText: "You charged me £14.99 after I cancelled")
        let promise = RiskScorer.assess("So sorry! We'll send you £500 for the trouble.", context: complaint, rules: rules)
        #expect(rules.requiresApproval(promise))
        #expect(promise.reason(.moneyPromise)?.points ?? 0 >= rules.threshold)
        let refund = RiskScorer.assess("So sorry! DM us and we'll refund the £14.99.", context: complaint, rules: rules)
        #expect(!rules.requiresApproval(refund))
    }

    @Test("banter in a banter thread stays allowed: a rival's jab answered in the banter voice")
    func banterWithARival() {
        let context = RiskContext(voice: RiskFixtures.voice("banter"),
                                  recipient: Account(network: .x, handle: "@RivalTel", name: "RivalTel", followers: 2_000_000,
                                                     role: .rival),
                                  answeredText: "@ourbrand your 5G is slower than a snail on holiday 🐌",
                                  rivalNames: ["@RivalTel", "RivalTel"])
        let draft = "Bold words from a network whose signal still needs a map to find the high street 🗺️😉 @RivalTel"
        let assessment = RiskScorer.assess(draft, context: context, rules: rules)
        #expect(!rules.requiresApproval(assessment), "\(assessment.reasons.map(\.message))")
    }

    @Test("knocking that rival in front of an upset customer is held")
    func knockingARivalInFrontOfACustomer() {
        let context = RiskContext(voice: RiskFixtures.voice("banter"), recipient: RiskFixtures.customer(),
                                  answeredText: "No signal for the third day running. Switching to @RivalTel",
                                  rivalNames: ["@RivalTel"])
        let assessment = RiskScorer.assess("Enjoy their dropped calls then 😂 @RivalTel", context: context, rules: rules)
        #expect(rules.requiresApproval(assessment))
        #expect(assessment.reason(.rivalAttacked) != nil)
    }

    @Test("a self-harm post needs a reply that points to help, however kind")
    func selfHarmNeedsHelp() {
        let context = RiskContext(voice: RiskFixtures.voice("calm"), recipient: RiskFixtures.customer(),
                                  answeredText: "honestly I don't want to be here anymore. phone's cut off too")
        let kind = "We're so sorry you're feeling like this. DM us and we'll sort the phone."
        let helpful = kind + " If you're in danger please call 999, or Samaritans free on 116 123."
        #expect(rules.requiresApproval(RiskScorer.assess(kind, context: context, rules: rules)))
        #expect(!rules.requiresApproval(RiskScorer.assess(helpful, context: context, rules: rules)))
    }

    @Test("a bereavement mentioned earlier in the thread still counts when the customer writes again")
    func earlierPostsCount() {
        var context = RiskContext(voice: RiskFixtures.voice("banter"), recipient: RiskFixtures.customer(),
                                  answeredText: "ok and what about the final bill?")
        let draft = "Final bill incoming 🎉 Don't spend it all at once!"
        #expect(!rules.requiresApproval(RiskScorer.assess(draft, context: context, rules: rules)))
        context.earlierPosts = ["Dad died last week, I need to close his contract"]
        #expect(rules.requiresApproval(RiskScorer.assess(draft, context: context, rules: rules)))
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
        #expect(one == 30)
        #expect(two == 40)
        #expect(many.reason(.insult)?.points == 70)
    }

    @Test("a mild insult to someone who is already upset counts as a strong one")
    func mildInsultToSomeoneUpset() {
        let calm = RiskScorer.assess("don't be silly", context: RiskContext(), rules: rules).reason(.insult)?.points
        let upset = RiskContext(recipient: RiskFixtures.customer(), answeredText: RiskFixtures.angryPost)
        #expect(calm == 30)
        #expect(RiskScorer.assess("don't be silly", context: upset, rules: rules).reason(.insult)?.points == 60)
    }

    @Test("reach grows with the log of followers: a few hundred is nothing, a million is 15")
    func reachPoints() {
        func points(_ followers: Int) -> Int {
            RiskScorer.assess("Thanks!", context: RiskContext(recipient: RiskFixtures.customer(followers: followers)),
                              rules: rules).reason(.reach)?.points ?? 0
        }
        #expect(points(300) == 0)
        #expect(points(1_000) == 0)
        #expect(points(10_000) == 5)
        #expect(points(100_000) == 10)
        #expect(points(1_000_000) == 15)
        #expect(points(500_000_000) == 15)
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
            "Call 020 7946 0958 or care@riposte.example, not «020 7946 1234» or «dave@mail.example»")
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
