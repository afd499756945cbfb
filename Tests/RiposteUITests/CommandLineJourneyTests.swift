import Foundation
import Logging
import RiposteApp
import RiposteCore
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
        #expect(agent.text.contains("Command: queue.p (queue.previous queue.page-down queue.page-up queue.previous-new)"))
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

    @Test(": commands take their argument, as in aerc, and go by short names")
    func commandsWithArguments() throws {
        let sam = try Journey(width: 100, height: 16, posts: TeamJourneyTests.inbox)
        try sam.store.setAgent(Agent(name: "kim", role: .agent), by: "trainer", at: start)
        let ann = try #require(sam.state.queue.selected?.caseID)
        func command(_ line: String) {
            sam.press(":")
            sam.type(line)
            sam.press("Enter")
        }
        command("tag billing vip")
        command("tag -vip")
        #expect(try sam.store.queueRow(ann)?.work.tags == ["billing"])
        command("assign kim")
        #expect(try sam.store.queueRow(ann)?.work.assignee == "kim")
        command("snooze 2h")
        #expect(try sam.store.queueRow(ann)?.status == .snoozed)
        command("filter author:@bob")
        #expect(sam.state.filterName == "limit" && sam.state.queue.rows.map(\.author.handle) == ["@bob"])
        command("view all")
        #expect(sam.state.filterName == "all")
        command("open \(ann.rawValue)")
        #expect(sam.state.thread?.caseID == ann && sam.lines[0].contains("Case #\(ann.rawValue)"))
        command("open 999")
        #expect(sam.state.thread == nil && sam.text.contains("No case #999 in the store"))
        // In the editor, M-x is the command line: a voice by its id.
        command("open \(ann.rawValue)")
        sam.press("r")
        sam.press("M-x")
        sam.type("voice cha")
        sam.press("Tab")
        #expect(sam.state.prompt.map { String($0.text) } == "voice challenger ")
        sam.press("Enter")
        #expect(sam.state.editor?.voiceID == "challenger")
        sam.press("Esc", "q")
        // A wrong argument comes back at the command's own prompt, with what it wants.
        command("snooze soon")
        #expect(sam.state.prompt?.purpose == .snooze([ann]) && sam.text.contains("write how long"))
        sam.press("Esc")
        command("close now")
        #expect(sam.text.contains("case.close takes no argument"))
        sam.press("C-u")
        sam.type("n")
        sam.press("Enter")
        #expect(sam.text.contains("n could be"))
        sam.press("Esc")
        command("clo")
        #expect(try sam.store.queueRow(ann)?.status == .closed)
    }

    @Test("J asks for a case number and opens it, from the queue and from a thread")
    func goToCase() throws {
        let sam = try Journey(width: 100, height: 16, posts: TeamJourneyTests.inbox)
        let last = try #require(sam.state.queue.rows.last?.caseID)
        sam.press("J")
        sam.type("#\(last.rawValue)")
        sam.press("Enter")
        #expect(sam.state.thread?.caseID == last)
        sam.press("J")
        sam.type("x")
        sam.press("Enter")
        #expect(sam.text.contains("write the case's number"))
    }

    @Test("Tab completes names, short names and the argument: tags, agents, voices, views, filter fields and values")
    func argumentCompletion() throws {
        let sam = try Journey(width: 120, height: 16, posts: TeamJourneyTests.inbox)
        try sam.store.setAgent(Agent(name: "kimberly", role: .agent), by: "trainer", at: start)
        try sam.store.tag([CaseID(2)], adding: ["billing", "outage"], removing: [], by: "sam", at: start)
        func completes(_ typed: String, to line: String, _ open: String = ":") {
            sam.press(open)
            sam.type(typed)
            sam.press("Tab")
            #expect(sam.state.prompt.map { String($0.text) } == line, "\(typed)")
            sam.press("Esc")
        }
        completes("snoo", to: "snooze")
        completes("tag bi", to: "tag billing ")
        completes("tag -ou", to: "tag -outage ")
        completes("assign ki", to: "assign kimberly ")
        completes("filter stat", to: "filter status:")
        completes("filter -status:ne", to: "filter -status:new ")
        completes("filter tag:bil", to: "filter tag:billing ")
        completes("view unass", to: "view unassigned ")
        // The prompts the keys open complete the same way.
        completes("ki", to: "kimberly ", "@")
        completes("bi", to: "billing ", "#")
        sam.press("l", "C-u")
        sam.type("role:cu")
        sam.press("Tab")
        #expect(sam.state.prompt.map { String($0.text) } == "role:customer ")
    }

    @Test("prompts edit like a shell line: the cursor moves by character and word, C-u, C-k and C-w delete")
    func promptLineEditing() throws {
        let sam = try Journey(width: 100, height: 16, posts: TeamJourneyTests.inbox)
        sam.press("/")
        sam.type("no signal Leeds")
        sam.press("C-w")
        #expect(sam.state.prompt.map { String($0.text) } == "no signal ")
        sam.press("C-a", "M-f", "Right")
        sam.type("good ")
        #expect(sam.state.prompt.map { String($0.text) } == "no good signal ")
        sam.press("Home", "Delete", "Delete", "Delete")
        #expect(sam.state.prompt.map { String($0.text) } == "good signal ")
        sam.press("End", "Left", "Left", "C-k")
        #expect(sam.state.prompt.map { String($0.text) } == "good signa")
        sam.press("M-b", "C-u")
        #expect(sam.state.prompt.map { String($0.text) } == "signa")
        sam.press("C-e", "Backspace", "C-b", "C-b")
        sam.type("i")
        #expect(sam.state.prompt.map { String($0.text) } == "siign")
        // The cursor is drawn where typing goes.
        #expect(sam.screen.cursor?.column == " Search for: ".count + 3)
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
