import Foundation
import RiposteUI
import Testing

@Suite("Journeys: the mouse, for those who ask for it")
struct MouseJourneyTests {
    @Test("a click selects a row and a second click opens it; the wheel moves three at a time; clicks elsewhere do nothing")
    func clickAndWheel() throws {
        let agent = try Journey(width: 100, height: 16, posts: smallInbox)
        #expect(agent.selectedLines.first?.contains("@ann") == true)
        // The list starts on screen row 2, under the title and the column headings.
        agent.session.dispatch(.mouse(MouseEvent(.click, row: 4, column: 30)))
        #expect(agent.selectedLines.first?.contains("@sam") == true)
        agent.session.dispatch(.mouse(MouseEvent(.click, row: 4, column: 30)))
        #expect(agent.state.context == .thread)
        agent.press("q")
        agent.session.dispatch(.mouse(MouseEvent(.wheelUp, row: 5, column: 5)))
        #expect(agent.selectedLines.first?.contains("@ann") == true)
        agent.session.dispatch(.mouse(MouseEvent(.wheelDown, row: 5, column: 5)))
        #expect(agent.state.queue.selectedIndex == 2)
        agent.session.dispatch(.mouse(MouseEvent(.click, row: 0, column: 5)))
        agent.session.dispatch(.mouse(MouseEvent(.click, row: 14, column: 5)))
        #expect(agent.state.queue.selectedIndex == 2)
        #expect(agent.state.context == .queue)
    }
}
