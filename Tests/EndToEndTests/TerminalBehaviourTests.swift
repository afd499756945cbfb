import Foundation
import RiposteCore
import RiposteStore
import Testing

@Suite("End to end: resizes, signals and crashes leave the terminal as it was", .serialized)
struct TerminalBehaviourTests {
    /// The pid of the riposte process in the pane (the pane's shell is its parent).
    func riposteProcess(_ pane: TerminalPane) throws -> String {
        let shell = try pane.format("pane_pid")
        let children = try Subprocess.run(["pgrep", "-P", shell, "-f", "riposte"])
        return try #require(children.output.split(separator: "\n").first.map(String.init))
    }

    /// The shell's line before Riposte is back, the screen is the normal one, and the cursor shows.
    func expectRestored(_ pane: TerminalPane, exit: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let lines = try pane.waitFor("riposte exited \(exit)", sourceLocation: sourceLocation)
        #expect(lines.first == "before riposte", sourceLocation: sourceLocation)
        #expect(try pane.format("alternate_on") == "0", sourceLocation: sourceLocation)
        #expect(try pane.format("cursor_flag") == "1", sourceLocation: sourceLocation)
    }

    @Test("a resize redraws at the new size; too small gets a notice; growing back restores the queue")
    func resize() throws {
        let pane = try TerminalPane()
        try pane.waitFor("@nina_w")
        try pane.tmux("resize-window", "-t", "e2e", "-x", "60", "-y", "15")
        let narrow = try pane.waitUntil("a 60-column queue") { lines in
            lines.count >= 15 && lines[1].hasPrefix(" AGE") && !lines[1].contains("REACH")
        }
        #expect(narrow.allSatisfy { DisplayText.width(of: $0) <= 60 })
        try pane.tmux("resize-window", "-t", "e2e", "-x", "30", "-y", "8")
        try pane.waitFor("Terminal too small")
        try pane.tmux("resize-window", "-t", "e2e", "-x", "100", "-y", "30")
        try pane.waitUntil("the queue at 100 columns") { lines in lines[1].contains("REACH") }
        try pane.press("q")
        try expectRestored(pane, exit: "0")
    }

    @Test("M-e gives the terminal to $VISUAL and takes it back: the editor's text is the reply, the screen redrawn")
    func externalEditor() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("riposte-vi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let editor = folder.appendingPathComponent("editor").path
        // A stand-in for vi: it owns the terminal (it reads a key from it), then rewrites the reply.
        try """
            #!/bin/sh
            printf 'EDITING %s\\n' "$(cat "$1")"
            read answer
            printf 'Rewritten outside Riposte\\n' > "$1"
            """.write(toFile: editor, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: editor)
        let pane = try TerminalPane(environment: ["VISUAL": editor])
        try pane.waitFor("@nina_w")
        try pane.press("Enter", "r")
        try pane.waitFor("── reply as @tescomobile")
        try pane.type("first words")
        try pane.press("M-e")
        let editing = try pane.waitFor("EDITING first words")
        #expect(!editing.contains { $0.contains("Riposte ·") })
        try pane.press("Enter")
        try pane.waitFor("Rewritten outside Riposte")
        try pane.waitFor("Riposte · Reply on case")
        try pane.press("Escape")
        try pane.waitFor("Draft kept")
        try pane.press("q")
        try pane.waitFor("Riposte · Queue")
        try pane.press("q")
        try pane.waitFor("quit anyway? (y/n)")
        try pane.press("y")
        try expectRestored(pane, exit: "0")
    }

    @Test("Ctrl-C quits cleanly, with the status a shell gives an interrupted command", arguments: ["C-c"])
    func interrupt(key: String) throws {
        let pane = try TerminalPane()
        try pane.waitFor("@nina_w")
        try pane.press(key)
        try expectRestored(pane, exit: "130")
    }

    @Test("SIGTERM, SIGHUP and SIGINT in the editor: the terminal is back, the exit names the signal, the draft stays, the case is let go", arguments: [("TERM", 143), ("HUP", 129), ("INT", 130)])
    func terminate(signal: String, status: Int) throws {
        let pane = try TerminalPane()
        try pane.waitFor("@nina_w")
        try pane.press("Enter", "r")
        try pane.waitFor("── reply as @tescomobile")
        try pane.type("Hi Nina, checking that for you now")
        try pane.waitFor("checking that for you now")
        let pid = try riposteProcess(pane)
        #expect(try Subprocess.run(["kill", "-\(signal)", pid]).status == 0)
        try expectRestored(pane, exit: "\(status)")

        let store = try SQLiteInboxStore(path: pane.dataHome.appendingPathComponent("riposte/riposte.sqlite").path)
        let audit = try store.auditLog(for: nil)
        let claimed = try #require(audit.last { $0.action == "case.claim" })
        #expect(audit.last?.action == "case.release")
        #expect(audit.last?.caseID == claimed.caseID)
        let caseID = try #require(claimed.caseID)
        #expect(try store.thread(caseID, agent: claimed.agent)?.draft?.text == "Hi Nina, checking that for you now")
    }

    @Test("text still arriving when Riposte stops never reaches the shell after it")
    func pendingInputIsDropped() throws {
        let ran = FileManager.default.temporaryDirectory.appendingPathComponent("riposte-ran-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: ran) }
        // After Riposte, an interactive shell reads whatever is left in the terminal's input, as a user's would.
        let pane = try TerminalPane(afterExit: "exec sh -i")
        try pane.waitFor("@nina_w")
        try pane.press("Enter", "r")
        try pane.waitFor("── reply as @tescomobile")
        let pid = try riposteProcess(pane)
        // Stopped, Riposte reads nothing: 20 KB of keys wait in the terminal, a command on every line, sent as a
        // terminal without bracketed paste would send them.
        #expect(try Subprocess.run(["kill", "-STOP", pid]).status == 0)
        let line = "touch \(ran.path) && echo this line ran from the paste                    \n"
        let paste = pane.home.appendingPathComponent("paste.txt")
        try Data(String(repeating: line, count: 20_000 / line.utf8.count).utf8).write(to: paste)
        try pane.tmux("load-buffer", "-b", "keys", paste.path)
        try pane.tmux("paste-buffer", "-b", "keys", "-t", "e2e")
        #expect(try Subprocess.run(["kill", "-TERM", pid]).status == 0)
        #expect(try Subprocess.run(["kill", "-CONT", pid]).status == 0)
        // Not the status line: had the lines run, their output would have scrolled it away.
        _ = try pane.waitUntil("Riposte to exit") { _ in (try? Subprocess.run(["kill", "-0", pid]).status) != 0 }
        try pane.type("echo the shell is here\n")
        try pane.waitFor("the shell is here", seconds: 10)
        #expect(!FileManager.default.fileExists(atPath: ran.path))
    }

    @Test("a crash signal still gives the terminal back, and the process dies of it", arguments: [("SEGV", 139), ("ABRT", 134)])
    func crash(signal: String, status: Int) throws {
        let pane = try TerminalPane()
        try pane.waitFor("@nina_w")
        let pid = try riposteProcess(pane)
        #expect(try Subprocess.run(["kill", "-\(signal)", pid]).status == 0)
        let lines = try pane.waitFor("riposte exited \(status)")
        #expect(lines.first == "before riposte")
        #expect(try pane.format("alternate_on") == "0")
        #expect(try pane.format("cursor_flag") == "1")
    }

    @Test("a --theme or --keymap that names nothing is refused, with the names there are; real ones start, with or without colour",
          arguments: [(["--theme", "solarised"], "no theme \"solarised\""), (["--keymap", "vi"], "no keymap \"vi\"")])
    func unknownNames(arguments: [String], message: String) throws {
        let pane = try TerminalPane(arguments: arguments)
        let lines = try pane.waitFor("riposte exited 1")
        let said = lines.joined(separator: " ")
        #expect(said.contains(message))
        #expect(said.contains(arguments[0] == "--theme" ? "dark-256" : "emacs"))
        for environment in [[:], ["NO_COLOR": "1"]] {
            let good = try TerminalPane(arguments: ["--theme", "dark-256.toml", "--keymap", "vim"], environment: environment)
            try good.waitFor("@nina_w")
        }
    }

    @Test("riposte keys --keymap with a name that names nothing prints the error and the names there are, not the default's keys")
    func keysOfAnUnknownKeymap() throws {
        let result = try Subprocess.run([TerminalPane.binary, "keys", "--keymap", "vi"])
        #expect(result.status == 1)
        #expect(result.output.contains("no keymap \"vi\"") && result.output.contains("emacs"))
        #expect(!result.output.contains("Keymap default"))
        #expect(try Subprocess.run([TerminalPane.binary, "keys", "--keymap", "vim"]).output.hasPrefix("Keymap vim"))
    }

    @Test("NO_COLOR draws without colour, the selection still in reverse video; --color brings colour back")
    func noColor() throws {
        // SGR 30–37, 90–97 and 38;… set a foreground colour; 40–47, 100–107 and 48;… a background.
        let colour = #"\e\[[0-9;]*(3[0-7]|9[0-7]|4[0-7]|10[0-7]|38;[0-9;]+|48;[0-9;]+)m"#
            .replacingOccurrences(of: "\\e", with: "\u{1B}")
        func colours(_ pane: TerminalPane) throws -> Bool {
            try pane.styledLines().contains { $0.range(of: colour, options: .regularExpression) != nil }
        }
        let plain = try TerminalPane(environment: ["NO_COLOR": "1"])
        try plain.waitForSelected("@nina_w")
        #expect(try !colours(plain))
        let forced = try TerminalPane(arguments: ["--color"], environment: ["NO_COLOR": "1"])
        try forced.waitForSelected("@nina_w")
        #expect(try colours(forced))
    }

    @Test("with --mouse a click in the real terminal selects the row under it, and the wheel moves the selection")
    func mouse() throws {
        let pane = try TerminalPane(arguments: ["--mouse"])
        try pane.waitForSelected("@nina_w")
        // An X10 mouse report, as a terminal sends it: Esc [ M, then button, column and row, each plus 32 (1-based).
        func report(button: Int, row: Int, column: Int) -> String {
            "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + button))) + String(UnicodeScalar(UInt8(33 + column)))
                + String(UnicodeScalar(UInt8(33 + row)))
        }
        try pane.tmux("send-keys", "-t", "e2e", "-l", report(button: 0, row: 4, column: 10))
        let clicked = try pane.waitForSelected("@felix_fc")
        #expect(clicked == 4)
        try pane.tmux("send-keys", "-t", "e2e", "-l", report(button: 64, row: 4, column: 10))
        try pane.waitForSelected("@nina_w")
    }
}
