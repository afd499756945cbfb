import Foundation
import RiposteCore
import RiposteFeed
import RiposteStore
import StoreTestSupport
import Testing

@Suite("Scenarios react: every bundled one answers a good reply and a bad one, the rap battle included")
struct BundledScenarioReactionTests {
    @Test("every bundled scenario has a reaction to win and one to lose", arguments: BundledFeeds.all.map(\.name))
    func winAndLose(name: String) throws {
        let feed = try #require(BundledFeeds.named(name)).parse()
        let outcomes = Set(feed.reactions.map(\.outcome))
        #expect(outcomes.isSuperset(of: [.won, .lost]), "\(name) reacts only with \(outcomes.map(\.rawValue).sorted())")
    }

    /// The rap battle loaded at its own speed and played until `postID` has arrived; our reply to it sent
    /// `after` real seconds later, in `voice` with `risk`: the reactions it earns.
    func answer(_ postID: String, _ text: String, voice: String, risk: Int, after seconds: Double = 5) throws
        -> [String] {
        let temporary = try TemporaryStore()
        let store = temporary.store
        let bundled = try #require(BundledFeeds.named("rap-battle"))
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        try DemoFeedLoader.load(try bundled.parse(), text: bundled.text, into: store, startingAt: start)
        // o2-waits is ten story minutes in: a real minute at 10×.
        _ = try DemoFeedPlayer(store: store).deliverDue(at: start.addingTimeInterval(61))
        try store.setAgent(Agent(name: "sam", role: .agent), by: "test", at: start)
        try store.setAgent(Agent(name: "lee", role: .supervisor), by: "test", at: start)
        for row in try store.queueRows(after: nil, limit: 100) {
            let thread = try #require(try store.thread(row.caseID, agent: "sam"))
            guard let post = thread.posts.first(where: { $0.externalID == "rap-battle:\(postID)" }) else { continue }
            let outgoing = OutgoingReply(caseID: row.caseID, inReplyTo: post.id, text: text, voice: voice,
                                         riskScore: risk, riskReasons: [])
            let at = post.createdAt.addingTimeInterval(seconds)
            // A risky reply goes out as the gate lets it: approved by a supervisor.
            let sent = risk < 60 ? try store.sendReply(outgoing, by: "sam", at: at)
                : try store.approve(try store.requestApproval(outgoing, by: "sam", at: at), editedText: nil, by: "lee",
                                    at: at)
            return try DemoReactions(store: store).replied(outgoing, sent: sent).map(\.id)
        }
        Issue.record("no post \(postID) in the queue")
        return []
    }

    static let comeback = "Mop's for cleaning up after your coverage map 🧽 we'll be here, bars and signal both"

    @Test("O2's jab: a kind comeback in banter wins the round, a leaflet loses it, a nasty one is screenshotted")
    func jab() throws {
        #expect(try answer("o2-jab", Self.comeback, voice: "banter", risk: 20) == ["jab-comeback"])
        #expect(try answer("o2-jab", "We're sorry you feel that way. Our network is rated highly.", voice: "formal",
                           risk: 10) == ["jab-flat"])
        #expect(try answer("o2-jab", "Says the network whose customers can't afford better 🤡", voice: "banter",
                           risk: 75) == ["jab-too-far"])
    }

    @Test("O2 waiting on the comeback: quick banter wins, a flat answer or a risky one loses, a slow one earns nothing")
    func waiting() throws {
        #expect(try answer("o2-waits", Self.comeback, voice: "challenger", risk: 30) == ["waits-comeback"])
        #expect(try answer("o2-waits", "Thank you for your message. We take all feedback seriously.",
                           voice: "classic-care", risk: 5) == ["waits-flat"])
        #expect(try answer("o2-waits", "Waiting? Like your customers wait for a signal, losers", voice: "challenger",
                           risk: 80) == ["waits-too-far"])
        // Eleven story minutes later: the moment has gone.
        #expect(try answer("o2-waits", Self.comeback, voice: "banter", risk: 20, after: 66).isEmpty)
    }

    @Test("a customer caught in the battle is won by someone who looks at her line")
    func careInTheMiddle() throws {
        #expect(try answer("crawling", "Sorry Marta, that's not on. DM us your number and we'll check the line now",
                           voice: "classic-care", risk: 10) == ["crawling-helped"])
        #expect(try answer("crawling", "lol same tbh", voice: "banter", risk: 10).isEmpty)
    }
}
