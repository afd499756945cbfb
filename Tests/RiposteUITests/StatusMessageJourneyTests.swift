import Foundation
import RiposteUI
import Testing

@Suite("Status messages stay long enough to be read")
struct StatusMessageJourneyTests {
    @Test("a message said after the store kept the screen waiting stays its full time from when it appears")
    func messageAfterAWait() throws {
        let journey = try Journey(posts: smallInbox)
        // A store call waited five seconds on a lock: no tick ran meanwhile, so the session's clock is five seconds old.
        journey.clock.now = journey.clock.now.addingTimeInterval(5)
        journey.press(";")
        let said = try #require(journey.state.message?.text)
        journey.wait(1)
        journey.wait(4)
        #expect(journey.state.message?.text == said, "six seconds for an error, counted from the screen that shows it")
        journey.wait(2)
        #expect(journey.state.message == nil)
    }
}
