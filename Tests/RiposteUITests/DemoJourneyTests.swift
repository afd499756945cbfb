import Foundation
import RiposteApp
import RiposteFeed
import RiposteUI
import Testing

@Suite("Journeys: a trainer steers the demo feed from the queue")
struct DemoJourneyTests {
    @Test("P pauses and resumes the demo, > and < change its speed, and the title says so")
    func pauseAndSpeed() throws {
        let trainer = try Journey(width: 120)
        let bundled = BundledFeeds.standard
        let loaded = try DemoFeedLoader.load(try bundled.parse(), text: bundled.text, into: trainer.store,
                                             startingAt: start, speed: 10)
        // What the session's feed pump reports each second.
        trainer.session.dispatch(.feedStatus(FeedStatus(name: "rap-battle", pending: loaded.scheduled, speed: 10)))
        #expect(trainer.lines[0].contains("demo rap-battle 10×: \(loaded.scheduled) to come"))
        trainer.press("P")
        #expect(trainer.lines[0].contains("demo rap-battle paused"))
        trainer.press(">")
        trainer.press("P")
        #expect(trainer.lines[0].contains("demo rap-battle 30×"))
        trainer.press("<", "<")
        #expect(trainer.lines[0].contains("demo rap-battle 5×"))
    }

    @Test("with no demo in the store the keys say so instead of doing nothing")
    func noDemo() throws {
        let agent = try Journey()
        agent.press("P")
        #expect(agent.text.contains("No demo feed plays in this store"))
    }

    @Test("R shows the training report: the agent's reply counted, a score with reasons, scrolled with j and closed with q")
    func trainingReport() throws {
        let agent = try Journey(width: 100, height: 12, posts: smallInbox)
        agent.press("Enter")
        agent.wait(30)
        agent.press("r")
        agent.type("Hi Ann, sorry about that: DM us your account and we'll refund the second charge")
        agent.press("C-s")
        agent.press("q", "R")
        #expect(agent.state.context == .report)
        #expect(agent.lines[0].contains("Riposte · Training report"))
        #expect(agent.text.contains("sam: score"))
        #expect(agent.text.contains("replies sent          1"))
        let before = agent.lines[2]
        agent.press("j")
        #expect(agent.lines[2] != before)
        agent.press("q")
        #expect(agent.state.context == .queue)
    }
}
