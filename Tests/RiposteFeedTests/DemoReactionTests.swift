import Foundation
import RiposteCore
import RiposteFeed
import RiposteStore
import StoreTestSupport
import Testing

@Suite("Scenarios: every bundled one plays to its end, and reactions answer our replies")
struct DemoReactionTests {
    @Test("each bundled scenario validates and plays to its end in accelerated time", arguments: BundledFeeds.all.map(\.name))
    func bundledScenarioPlays(name: String) throws {
        let bundled = try #require(BundledFeeds.named(name))
        let feed = try bundled.parse()
        #expect(!feed.source.isEmpty && feed.source.localizedCaseInsensitiveContains("recreation"))
        let temporary = try TemporaryStore()
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        let loaded = try DemoFeedLoader.load(feed, text: bundled.text, into: temporary.store, startingAt: start, speed: 600)
        let last = feed.posts.map(\.offset).max() ?? 0
        let end = try #require(try DemoFeedPlayer(store: temporary.store).deliverDue(at: start.addingTimeInterval(last / 600)))
        #expect(end.delivered == loaded.scheduled)
        #expect(end.pending == 0)
        #expect(try temporary.store.queueRows(after: nil, limit: 1000).reduce(0) { $0 + $1.postCount } == feed.posts.count)
    }

    /// The tiny scenario loaded at 60×, Ann's question in the queue, and our reply to it sent `after` seconds later.
    func reply(_ text: String, voice: String = "classic-care", risk: Int = 10, after seconds: Double = 5)
        throws -> (store: TemporaryStore, earned: [DemoReaction], sentAt: Date) {
        let temporary = try TemporaryStore()
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        try DemoFeedLoader.load(try DemoFeedParser.parse(TinyScenario.text, file: "tiny.toml"), text: TinyScenario.text,
                                into: temporary.store, startingAt: start)
        try temporary.store.setAgent(Agent(name: "sam", role: .agent), by: "test", at: start)
        let row = try #require(try temporary.store.queueRows(after: nil, limit: 10).first)
        let question = try #require(try temporary.store.thread(row.caseID, agent: "sam")?.posts.first)
        let sentAt = question.createdAt.addingTimeInterval(seconds)
        let outgoing = OutgoingReply(caseID: row.caseID, inReplyTo: question.id, text: text, voice: voice,
                                     riskScore: risk, riskReasons: [])
        let sent = try temporary.store.sendReply(outgoing, by: "sam", at: sentAt)
        let earned = try DemoReactions(store: temporary.store).replied(outgoing, sent: sent)
        return (temporary, earned, sentAt)
    }

    @Test("a quick, calm answer with an offer wins the customer: her post arrives after its delay, under our reply")
    func winningReply() throws {
        let (temporary, earned, sentAt) = try reply("Hi Ann, send us a DM and we'll look at an offer for you")
        #expect(earned.map(\.id) == ["fan"])
        let player = DemoFeedPlayer(store: temporary.store)
        #expect(try player.deliverDue(at: sentAt.addingTimeInterval(1))?.delivered == 0)
        // Two story minutes at 60× are two real seconds.
        #expect(try player.deliverDue(at: sentAt.addingTimeInterval(2))?.delivered == 1)
        let row = try #require(try temporary.store.queueRows(after: nil, limit: 10).first)
        let thread = try #require(try temporary.store.thread(row.caseID, agent: "sam"))
        let reaction = try #require(thread.posts.last)
        #expect(reaction.text == "ok, that was a good answer")
        #expect(reaction.parentID == thread.posts.first { $0.isOurs }?.id)
        let audit = try temporary.store.auditLog(for: row.caseID).filter { $0.action == "demo.reaction" }
        #expect(audit.map(\.detail) == ["fan (won)"])
    }

    @Test("naming the rival loses: the fan stays away and the rival screenshots it")
    func namingTheRival() throws {
        let (_, earned, _) = try reply("We'd love to keep you over RivalCo: DM us for an offer")
        #expect(earned.map(\.id) == ["screenshot"])
        let byHandle = try reply("DM us, we'll talk you through @rivalco's price and ours")
        #expect(byHandle.earned.map(\.id) == ["screenshot"])
    }

    @Test("too slow, too risky, or missing the words: nothing fires")
    func conditionsNotMet() throws {
        #expect(try reply("Hi Ann, DM us for an offer", after: 11).earned.isEmpty)
        #expect(try reply("Hi Ann, DM us for an offer", risk: 40).earned.isEmpty)
        #expect(try reply("Hi Ann, we're sorry to hear that").earned.isEmpty)
    }

    @Test("the training report counts what each agent did: the reply, its speed and risk, the reaction it won, a rejection")
    func trainingFigures() throws {
        let (temporary, _, sentAt) = try reply("Hi Ann, send us a DM and we'll look at an offer for you", risk: 12)
        let store = temporary.store
        try store.setAgent(Agent(name: "kim", role: .agent), by: "test", at: sentAt)
        try store.setAgent(Agent(name: "lee", role: .supervisor), by: "test", at: sentAt)
        let row = try #require(try store.queueRows(after: nil, limit: 10).first)
        let question = try #require(try store.thread(row.caseID, agent: "kim")?.posts.first)
        let asked = try store.requestApproval(OutgoingReply(caseID: row.caseID, inReplyTo: question.id, text: "lol",
                                                            voice: "banter", riskScore: 70, riskReasons: []),
                                              by: "kim", at: sentAt.addingTimeInterval(200))
        try store.reject(asked, reason: "not now", by: "lee", at: sentAt.addingTimeInterval(210))

        let figures = try store.training(since: sentAt.addingTimeInterval(-60))
        #expect(figures.map(\.agent) == ["kim", "sam"])
        let sam = figures[1]
        // The risk recorded is the store's own judgement of the reply, not the 12 its editor claimed.
        #expect(sam == AgentTraining(agent: "sam", repliesSent: 1, firstResponses: [5], risks: [0], reactionsWon: 1))
        #expect(figures[0].approvalsRequested == 1 && figures[0].approvalsRejected == 1 && figures[0].repliesSent == 0)
        #expect(try store.training(since: sentAt.addingTimeInterval(1000)).isEmpty)
    }

    @Test("a voice condition holds only for the listed voices")
    func voiceCondition() {
        let condition = DemoReaction.Condition(voices: ["banter"])
        func reply(_ voice: String?) -> DemoReaction.Reply {
            DemoReaction.Reply(text: "hi", voice: voice, risk: 0, storyDelay: 0, namesRival: false)
        }
        #expect(condition.holds(for: reply("banter")))
        #expect(!condition.holds(for: reply("formal")))
        #expect(!condition.holds(for: reply(nil)))
    }

    @Test("every mistake in a reaction is reported at its line and column")
    func reactionErrors() throws {
        let text = """
            [feed]
            name = "bad"
            title = "t"

            [[accounts]]
            id = "us"
            handle = "@us"
            role = "brand"

            [[posts]]
            id = "p1"
            at = "-1m"
            author = "us"
            text = "hello"

            [[reactions]]
            id = "r1"
            to = "p2"
            author = "nobody"
            text = "x"
            delay = "soon"
            outcome = "won"
            voice = ["sassy"]
            risk_below = 140

            [[reactions]]
            id = "r1"
            to = "p1"
            author = "us"
            text = "y"
            delay = "1m"
            outcome = "maybe"
            within = 5
            """
        let errors = try #require(throws: SourceErrors.self) { try DemoFeedParser.parse(text, file: "bad.toml") }
        #expect(errors.description == """
            bad.toml:18:6: "p2" is not a post of this feed; did you mean "p1"?
            bad.toml:19:10: unknown account "nobody"
            bad.toml:21:9: "delay" is a length of story time like "45s", "2m" or "1h30m"
            bad.toml:23:9: unknown voice "sassy"; the voices are classic-care, calm, formal, banter, challenger
            bad.toml:24:14: "risk_below" must be between 0 and 100; found 140
            bad.toml:27:6: reaction "r1" is already defined at 17:6
            bad.toml:32:11: "outcome" must be one of "won", "lost", "neutral"; found "maybe"
            bad.toml:33:10: "within" is a length of story time like "45s", "2m" or "1h30m"
            """)
    }
}
