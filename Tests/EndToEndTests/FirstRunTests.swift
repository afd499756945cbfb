import Foundation
import RiposteCore
import RiposteStore
import Testing

@Suite("End to end: the real binary in a real terminal", .serialized)
struct FirstRunTests {

    @Test("a mistyped --store opens nothing and makes nothing; --create makes the store there")
    func mistypedStore() throws {
        let pane = try TerminalPane(deferred: true)
        let path = pane.home.appendingPathComponent("tema.sqlite").path
        try pane.start(arguments: ["--store", path])
        // The message may wrap anywhere: compared without spaces.
        let said = try pane.waitFor("riposte exited 1").joined().filter { $0 != " " }
        #expect(said.contains("no store at \(path): check the path; --create makes a new one there".filter { $0 != " " }))
        #expect(!FileManager.default.fileExists(atPath: path))
        let created = try TerminalPane(deferred: true)
        try created.start(arguments: ["--store", path, "--create"])
        try created.waitFor("@gran_on_twitter")
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("a new user opens Riposte: the default store is created from the demo feed and the queue is alive")
    func firstRun() throws {
        let pane = try TerminalPane()
        try pane.waitFor("@gran_on_twitter")
        let first = try pane.waitUntil("the view bar's counts") { $0.first?.contains(" new) · ") == true }
        let store = pane.dataHome.appendingPathComponent("riposte/riposte.sqlite").path
        #expect(FileManager.default.fileExists(atPath: store))
        // Who is working is the operating-system login, never $USER (which the pane sets to sam).
        #expect(first[0].contains("Riposte · Queue: all (") && first[0].contains(" new) · "))
        #expect(first[0].contains(" · \(Subprocess.login) · demo rap-battle"))
        #expect(first[1].contains("AGE   PRIO NET  WHO AUTHOR           REACH MENTION"))
        let nina = try #require(first.first { $0.contains("@nina_w") })
        #expect(nina.contains(" X ") && nina.contains("CUS") && nina.contains("145") && nina.contains("replied"))
        #expect(nina.contains("how do I find my PUK code?"))

        // A mention arriving from the demo feed does not move the selected row.
        try pane.waitForSelected("@nina_w")
        try pane.press("j")
        let selectedRow = try pane.waitForSelected("@gran_on_twitter")
        try pane.waitFor("@signalless_sam")
        #expect(try pane.waitForSelected("@gran_on_twitter") == selectedRow)
        try pane.press("Down")
        #expect(try pane.waitForSelected("@felix_fc") == selectedRow + 1)
        try pane.press("k")
        #expect(try pane.waitForSelected("@gran_on_twitter") == selectedRow)

        try pane.press("?")
        let help = try pane.waitUntil("the queue's help") { lines in
            lines.contains { $0.contains("j, Down") && $0.contains("queue.next") && $0.contains("Select the next case") }
        }
        #expect(help[0].contains("Keys of the mention queue screen"))
        #expect(help.contains { $0.contains("Enter") && $0.contains("case.open") })
        try pane.press("q")
        try pane.waitFor("AGE   PRIO NET")

        try pane.press("q")
        let after = try pane.waitFor("riposte exited 0")
        #expect(after.first == "before riposte")
        #expect(try pane.format("alternate_on") == "0")
        #expect(try pane.format("cursor_flag") == "1")
    }
}
