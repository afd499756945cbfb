import Foundation
import RiposteApp
import RiposteCore
import RiposteUI
import Testing

@Suite("Keymaps: the shipped flavours, people's own files over them, and the help they give")
struct KeymapFilesTests {
    static let keymaps = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Keymaps")

    static var shipped: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: keymaps.path)) ?? []
        return files.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// A user's keymaps folder holding `files`, removed when the test ends.
    final class UserFolder {
        let path: String
        init(_ files: [String: String] = [:]) throws {
            path = FileManager.default.temporaryDirectory
                .appendingPathComponent("riposte-keymaps-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            for (name, text) in files {
                try text.write(toFile: file(name), atomically: true, encoding: .utf8)
            }
        }
        func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    static func load(_ name: String, user: UserFolder) -> (keymap: Keymap, warnings: [String]) {
        var warnings: [String] = []
        let keymap = Startup.keymap(named: name, userFolder: user.path, warnings: &warnings)
        return (keymap, warnings)
    }

    @Test("Keymaps/ ships the default, a vim and an emacs keymap")
    func shippedNames() {
        #expect(Set(["default", "vim", "emacs"]).isSubset(of: Self.shipped))
    }

    @Test("every shipped keymap loads without a warning, and leaves every screen a way out",
          arguments: shipped)
    func shippedKeymapLoads(name: String) throws {
        let (keymap, warnings) = Self.load(name, user: try UserFolder())
        #expect(warnings == [])
        #expect(keymap.name == name)
        // The file alone, read over the default the way Riposte reads it: every line is right.
        let text = try String(contentsOf: Self.keymaps.appendingPathComponent("\(name).toml"), encoding: .utf8)
        #expect(throws: Never.self) { try KeymapFile.parse(text, file: "\(name).toml", name: name, over: .builtin) }
        for context in Context.allCases {
            let wayOut = Keymap.wayOut(of: context)
            #expect(!keymap.keys(for: wayOut, in: context).isEmpty, "\(name): no key for \(wayOut) on \(context)")
        }
    }

    @Test("vim and emacs each add their own habits over the default's, and only where they belong", arguments: [
        (Context.queue, "C-f", Command?.some(.queuePageDown), Command?.none),
        (.queue, "C-b", .queuePageUp, nil),
        (.queue, "C-n", nil, .queueNext),
        (.queue, "C-v", nil, .queuePageDown),
        (.queue, "M-v", nil, .queuePageUp),
        (.queue, "M->", nil, .queueBottom),
        (.queue, "C-s", nil, .queueSearch),
        (.queue, "M-x", nil, .commandLine),
        (.prompt, "C-p", .promptHistoryPrevious, nil),
        (.prompt, "M-p", nil, .promptHistoryPrevious),
        (.thread, "C-f", .threadPageDown, nil),
        (.thread, "h", .viewClose, nil),
        (.thread, "C-g", nil, .viewClose),
        (.approvals, "l", .approvalOpen, nil),
        (.approvals, "C-p", nil, .approvalsPrevious),
        (.picker, "C-g", nil, .pickerCancel),
        (.prompt, "C-g", nil, .promptCancel),
        (.editor, "C-g", nil, .editorLeave),
        (.report, "C-d", .reportPageDown, nil),
        (.help, "C-g", nil, .viewClose),
    ])
    func flavours(context: Context, key: String, vim: Command?, emacs: Command?) throws {
        let user = try UserFolder()
        let press = try #require(KeyPress(name: key))
        #expect(Self.load("vim", user: user).keymap.command(for: press, in: context) == vim)
        #expect(Self.load("emacs", user: user).keymap.command(for: press, in: context) == emacs)
    }

    @Test("the flavours keep the default's keys they do not rebind, the editor's cursor keys among them")
    func flavoursKeepDefault() throws {
        let user = try UserFolder()
        for name in ["vim", "emacs"] {
            let keymap = Self.load(name, user: user).keymap
            #expect(keymap.command(for: .character("j"), in: .queue) == .queueNext)
            #expect(keymap.command(for: .character("q"), in: .queue) == .appQuit)
            #expect(keymap.command(for: .character(":"), in: .thread) == .commandLine)
            #expect(keymap.command(for: .control("s"), in: .editor) == .replySend)
            // vim's C-f pages lists; in the editor it still moves the cursor.
            #expect(keymap.command(for: .control("f"), in: .editor) == .editorRight)
        }
    }

    @Test("a user's file overrides the shipped keymap of its name line by line; a bad line is reported, the rest loads")
    func userFileOverShipped() throws {
        let user = try UserFolder(["vim.toml": """
            [queue]
            x = "queue.next"
            y = "queue.nxt"
            z = queue.previous
            [thread]
            b = "view.close"
            """])
        let (keymap, warnings) = Self.load("vim", user: user)
        #expect(keymap.name == "vim")
        #expect(keymap.command(for: .character("x"), in: .queue) == .queueNext)
        #expect(keymap.command(for: .character("b"), in: .thread) == .viewClose)
        #expect(keymap.command(for: .character("y"), in: .queue) == nil)
        // Underneath: the shipped vim keymap, and under that the default.
        #expect(keymap.command(for: .control("f"), in: .queue) == .queuePageDown)
        #expect(keymap.command(for: .character("j"), in: .queue) == .queueNext)
        let file = user.file("vim.toml")
        #expect(warnings == [
            "\(file):3:5: unknown command \"queue.nxt\"; did you mean \"queue.next\"?",
            "\(file):4:5: invalid value \"queue.previous\"; put text in quotes to make it a string",
        ])
    }

    @Test("a user's own keymap name is read over the default; an unknown name falls back to the default and says so")
    func ownAndUnknownNames() throws {
        let user = try UserFolder(["mine.toml": "[queue]\nn = \"queue.next\"\n"])
        let mine = Self.load("mine", user: user)
        #expect(mine.warnings == [])
        #expect(mine.keymap.name == "mine")
        #expect(mine.keymap.keys(for: .queueNext, in: .queue) == [.character("j"), .down, .character("n")])
        #expect(mine.keymap.command(for: .control("f"), in: .queue) == nil)

        let missing = Self.load("vi", user: user)
        #expect(missing.keymap == Self.load("default", user: try UserFolder()).keymap)
        let warning = try #require(missing.warnings.first)
        #expect(warning.hasPrefix("no keymap \"vi\" in Keymaps/ or \(user.path); the keymaps are "))
        #expect(warning.contains("emacs, mine, vim"))
        #expect(Self.load("../vim", user: user).warnings.first?.contains("not a keymap name") == true)
    }

    @Test("a line that would take a screen's last way out keeps it, and says why at that line")
    func keepsWayOut() throws {
        let text = """
            [thread]
            q = "thread.next"
            Esc = "thread.previous"
            [help]
            q = "view.close"
            """
        let (keymap, errors) = KeymapFile.load(text, file: "mine.toml", name: "mine", over: .builtin)
        #expect(keymap.command(for: .character("q"), in: .thread) == .threadNext)
        #expect(keymap.keys(for: .viewClose, in: .thread) == [.escape])
        #expect(errors.map(\.description) == [
            "mine.toml:3:1: Esc is the last key for view.close on the thread screen; it stays, "
                + "so the screen keeps a way out",
        ])
    }

    @Test("keys a terminal never sends, and characters on screens where they are typed, are refused")
    func refusedKeys() {
        let text = """
            [queue]
            C-c = "app.quit"
            C-i = "view.next"
            [editor]
            x = "editor.undo"
            Space = "editor.newline"
            C-g = "editor.leave"
            [prompt]
              "?" = "prompt.cancel"
            """
        let (keymap, errors) = KeymapFile.load(text, file: "k.toml", name: "k", over: .builtin)
        #expect(errors.map(\.description) == [
            "k.toml:2:1: C-c never reaches Riposte: the terminal turns it into an interrupt (Riposte quits)",
            "k.toml:3:1: terminals send C-i as Tab; write Tab",
            "k.toml:5:1: x types itself on the editor screen; bind a C-, M-, F or named key",
            "k.toml:6:1: Space types itself on the editor screen; bind a C-, M-, F or named key",
            "k.toml:9:3: ? types itself on the prompt screen; bind a C-, M-, F or named key",
        ])
        #expect(keymap.command(for: .control("g"), in: .editor) == .editorLeave)
        #expect(keymap.command(for: .character("x"), in: .editor) == nil)
    }

    @Test("a misplaced binding or header is reported and the screens around it still load")
    func misplacedLines() {
        let text = """
            j = "queue.next"
            queue.n = "queue.next"
            [queue.sub]
            k = "queue.next"
            [report]
            C-n = "report.next"
            """
        let (keymap, errors) = KeymapFile.load(text, file: "k.toml", name: "k", over: .builtin)
        #expect(errors.map(\.description) == [
            "k.toml:1:1: j = … comes before any screen; put it under one, like [queue]",
            "k.toml:3:1: a screen's table is its name in brackets, like [queue]",
        ])
        #expect(keymap.command(for: .character("n"), in: .queue) == .queueNext)
        #expect(keymap.command(for: .character("k"), in: .queue) == .queuePrevious)
        #expect(keymap.command(for: .control("n"), in: .report) == .reportNext)
    }

    @Test("help lists every command of every screen with the keymap's keys, and a key to close or quit",
          arguments: shipped)
    func helpForEveryScreen(name: String) throws {
        let keymap = Self.load(name, user: try UserFolder()).keymap
        for context in Context.allCases {
            let lines = keymap.helpLines(for: context)
            #expect(lines.map(\.command) == Command.available(in: context).map(\.rawValue))
            for line in lines {
                let command = try #require(Command(rawValue: line.command))
                #expect(line.help == command.help)
                let keys = keymap.keys(for: command, in: context).map(\.description)
                #expect(line.keys == (keys.isEmpty ? "(unbound)" : keys.joined(separator: ", ")))
            }
            let wayOut = try #require(lines.first { $0.command == Keymap.wayOut(of: context).rawValue })
            #expect(wayOut.keys != "(unbound)", "\(name): the \(context) screen's help offers no way out")
        }
    }

    @Test("with the vim keymap, ? shows vim's keys; h closes the help, then goes back from the thread")
    func vimJourney() throws {
        let keymap = Self.load("vim", user: try UserFolder()).keymap
        let journey = try Journey(width: 120, height: 40, keymap: keymap, posts: smallInbox)
        journey.press("Enter", "?")
        #expect(journey.text.contains("keymap vim"))
        #expect(journey.lines.contains { $0.contains("q, Esc, h") && $0.contains("view.close") })
        journey.press("h")
        #expect(journey.state.context == .thread)
        journey.press("h")
        #expect(journey.state.context == .queue)
    }

    @Test("with the emacs keymap, C-n moves down the queue and C-g backs out of a thread")
    func emacsJourney() throws {
        let keymap = Self.load("emacs", user: try UserFolder()).keymap
        let journey = try Journey(width: 100, height: 30, keymap: keymap, posts: smallInbox)
        journey.press("C-n")
        #expect(journey.state.queue.selectedIndex == 1)
        journey.press("C-p", "Enter")
        #expect(journey.state.context == .thread)
        journey.press("C-g")
        #expect(journey.state.context == .queue)
    }
}
