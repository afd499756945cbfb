import Foundation
import RiposteCore
import RiposteStore
import Testing

@Suite("End to end: an agent and a supervisor on one store; a draft that survives kill -9", .serialized)
struct ApprovalFlowTests {
    static let rant = """
        {"id": "hi", "network": "x", "author": {"handle": "@us", "name": "Us", "followers": 180000, "role": "brand"}, "text": "Ask us anything", "created_at": "2024-03-01T09:00:00Z"}
        {"id": "rant", "network": "x", "author": {"handle": "@ann", "name": "Ann", "followers": 50000}, "text": "Your network is USELESS!!! Three days with no signal 😡", "created_at": "2024-03-01T09:05:00Z", "in_reply_to": "hi"}
        """

    /// A store with Ann's rant, an agent (sam) and a supervisor (kim).
    func store(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("team.sqlite").path
        let file = folder.appendingPathComponent("rant.jsonl")
        try Data(Self.rant.utf8).write(to: file)
        // Two people played from one login: a training store, where --as picks who.
        for command in [["store", "init", "--training", "--store", path], ["import", "--store", path, file.path],
                        ["agent", "add", "sam", "--store", path],
                        ["agent", "add", "kim", "--role", "supervisor", "--store", path]] {
            let result = try Subprocess.run([TerminalPane.binary] + command)
            #expect(result.status == 0, "\(command): \(result.output)")
        }
        return path
    }

    @Test("a risky reply waits for the supervisor in the other pane, who approves it; the agent sees it sent")
    func approvalAcrossPanes() throws {
        let agent = try TerminalPane(width: 110, height: 32, deferred: true)
        let path = try store(in: agent.home)
        let supervisor = try TerminalPane(width: 110, height: 32, deferred: true)
        try agent.start(arguments: ["--store", path, "--as", "sam"])
        try supervisor.start(arguments: ["--store", path, "--as", "kim"])

        try agent.waitFor("@ann")
        try agent.press("Enter")
        try agent.waitFor("USELESS")
        try agent.press("r")
        try agent.waitFor("── reply as @us to @ann")
        try agent.type("Good luck with that, genius. Send us your card 4111 1111 1111 1111 and we'll refund you")
        try agent.waitUntil("a high risk") { lines in
            lines.contains { line in
                line.range(of: #"risk \d+ "#, options: .regularExpression)
                    .map { Int(line[$0].dropFirst(5).dropLast())! >= 60 } ?? false
            }
        }
        try agent.press("C-s")
        try agent.waitFor("⧗ Waiting for a supervisor")

        try supervisor.waitFor("@ann")
        try supervisor.press("A")
        try supervisor.waitFor("1 reply waiting")
        try supervisor.press("Enter")
        try supervisor.waitFor("Asked by sam")
        try supervisor.press("a")
        try supervisor.waitFor("Approved: sent as @us")

        // A demo's store is a training store: the approved reply goes out through the simulated network, past the
        // gate at the door, as a real one would.
        let sent = try agent.waitFor("ours, sent by sam · sent")
        #expect(!sent.contains { $0.contains("⧗ Waiting for a supervisor") })
        try agent.press("q", "q")
        try supervisor.press("q", "q")
        try agent.waitFor("riposte exited 0")
        try supervisor.waitFor("riposte exited 0")

        let audit = try SQLiteInboxStore(path: path).auditLog(for: nil).map { "\($0.agent) \($0.action)" }
        #expect(audit.suffix(5) == ["sam approval.requested", "sam case.release", "kim approval.approved", "sam reply.sent",
                                    "riposte-connect reply.delivered"])
    }

    @Test("kill -9 while typing loses at most the last second: the draft and its cursor come back")
    func killWhileTyping() throws {
        let first = try TerminalPane(deferred: true)
        let path = try store(in: first.home)
        try first.start(arguments: ["--store", path])
        try first.waitFor("@ann")
        try first.press("Enter", "r")
        try first.waitFor("── reply as @us")
        try first.type("So sorry Ann, three days is too long")
        try first.press("Left", "Left", "Left", "Left")
        try first.waitFor("So sorry Ann, three days is too long")
        Thread.sleep(forTimeInterval: 2.5)
        let shell = try first.format("pane_pid")
        let pid = try #require(try Subprocess.run(["pgrep", "-P", shell, "-f", "riposte"]).output
            .split(separator: "\n").first.map(String.init))
        #expect(try Subprocess.run(["kill", "-9", pid]).status == 0)
        try first.waitFor("riposte exited 137")

        let second = try TerminalPane(deferred: true)
        try second.start(arguments: ["--store", path])
        try second.waitFor("@ann")
        try second.press("Enter")
        try second.waitFor("draft waiting")
        try second.press("r")
        let lines = try second.waitFor("Your draft is back")
        let row = try #require(lines.firstIndex { $0.hasPrefix("So sorry Ann, three days is too long") })
        #expect(try second.format("cursor_y") == "\(row)")
        #expect(try second.format("cursor_x") == "32")
    }
}

@Suite("End to end: the editor in a real terminal", .serialized)
struct EditorInTerminalTests {
    @Test("a paste arrives as text, newlines and emoji included, not as keys")
    func bracketedPaste() throws {
        let pane = try TerminalPane()
        try pane.waitFor("@nina_w")
        try pane.press("Enter", "r")
        try pane.waitFor("── reply as @tescomobile")
        // q and Esc inside a paste would quit or leave the editor if they were read as keys.
        try pane.tmux("set-buffer", "-b", "reply", "Thanks Nina! q\nEsc is just text here 👍🏽")
        try pane.tmux("paste-buffer", "-p", "-b", "reply", "-t", "e2e")
        let lines = try pane.waitFor("Esc is just text here 👍")
        #expect(lines.contains { $0.hasPrefix("Thanks Nina! q") })
        #expect(lines.contains { $0.contains("Reply on case") })
    }

    @Test("100 KB pasted, marked by the terminal or as a burst of keys, lands whole and goes with one undo",
          arguments: [true, false])
    func largePaste(bracketed: Bool) throws {
        let pane = try TerminalPane()
        try pane.waitFor("@nina_w")
        try pane.press("Enter", "r")
        try pane.waitFor("── reply as @tescomobile")
        let line = "a line of the pasted page, with c, o and n that are commands elsewhere\n"
        let count = 100_000 / line.count
        let page = (1...count).map { "\($0) " + line }.joined() + "the end"
        let file = pane.home.appendingPathComponent("page.txt")
        try Data(page.utf8).write(to: file)
        try pane.tmux("load-buffer", "-b", "page", file.path)
        let started = Date()
        try pane.tmux("paste-buffer", "-b", "page", "-t", "e2e", bracketed ? "-p" : "-r")
        try pane.waitFor("\(page.count)/280", seconds: 30)
        print("a \(page.utf8.count)-byte paste, \(bracketed ? "bracketed" : "as keys"), landed in "
              + String(format: "%.2f s", Date().timeIntervalSince(started)))
        try pane.waitFor("the end")
        try pane.press("C-_")
        try pane.waitFor(" 0/280")
    }

    @Test("a mistake in the user's voice file is reported with its position, and the other voices still load")
    func badVoiceFile() throws {
        let pane = try TerminalPane(deferred: true)
        let voices = pane.home.appendingPathComponent("config/riposte/voices")
        try FileManager.default.createDirectory(at: voices, withIntermediateDirectories: true)
        try Data("id = \"cheeky\"\nname = \"Cheeky\"\ntone = \"very\"\n".utf8)
            .write(to: voices.appendingPathComponent("cheeky.toml"))
        try pane.start(arguments: [])
        try pane.waitFor("Skipped: ~/config/riposte/voices/cheeky.toml:1:1: missing key \"summary\" (and 2 more in the log)")
        let log = try String(contentsOf: pane.home.appendingPathComponent("state/riposte/riposte.log"), encoding: .utf8)
        #expect(log.contains("cheeky.toml:3:1: unknown key \"tone\""))
        try pane.press("Enter", "r", "F3")
        try pane.waitFor("Challenger")
    }
}
