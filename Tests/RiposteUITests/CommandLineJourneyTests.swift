import Foundation
import Logging
import RiposteApp
import RiposteUI
import Testing

@Suite("Journeys: the : command line runs what the keys run")
struct CommandLineJourneyTests {
    @Test(": with Tab completion runs a command by name; Up brings it back; a wrong name is explained, not run")
    func completeRunRecall() throws {
        let agent = try Journey(width: 100, height: 16, posts: smallInbox)
        let first = agent.state.queue.selected?.caseID
        agent.press(":")
        #expect(agent.state.context == .prompt)
        agent.type("queue.n")
        agent.press("Tab")
        #expect(agent.lines.last?.contains("Command: queue.next") == true)
        agent.press("Enter")
        #expect(agent.state.context == .queue)
        #expect(agent.state.queue.selected?.caseID != first)
        #expect(agent.state.commandHistory == ["queue.next"])

        agent.press(":")
        agent.type("queue.p")
        agent.press("Tab")
        // Two commands start so: the common part is filled in and both are offered.
        #expect(agent.text.contains("Command: queue.p (queue.previous queue.page-down queue.page-up)"))
        agent.press("Esc", ":", "Up")
        #expect(agent.lines.last?.contains("Command: queue.next") == true)
        agent.press("Enter")

        agent.press(":")
        agent.type("reply.send")
        agent.press("Enter")
        #expect(agent.text.contains("reply.send does not work on the mention queue screen"))
        agent.press("Backspace")
        agent.type("x")
        agent.press("Enter")
        #expect(agent.text.contains("no command \"reply.senx\""))
        #expect(agent.state.context == .prompt)
    }

    @Test("the history file keeps command names a line each, and reads back what it wrote")
    func historyFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("riposte-history-\(UUID().uuidString)/h").path
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        #expect(CommandHistoryFile.read(path).isEmpty)
        let runner = EffectRunner(store: try Journey().store, agent: "sam", commandHistoryFile: path, clock: { Date() },
                                  logger: .init(label: "t", factory: { _ in SwiftLogNoOpLogHandler() }))
        _ = runner.run(.saveCommandHistory(["queue.next", "case.open"]))
        #expect(CommandHistoryFile.read(path) == ["queue.next", "case.open"])
    }
}
