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
}
