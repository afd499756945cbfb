import Foundation
import RiposteApp
import RiposteCore
import RiposteUI
import Testing

@Suite("The shipped keymap and theme files, and errors in people's own")
struct ShippedFilesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func shipped(_ path: String) throws -> String {
        try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("shipped folders are looked for beside the binary, then in the checkout it runs from, then in $XDG_DATA_DIRS (by default /usr/local/share and /usr/share)")
    func lookupOrder() {
        func places(_ executable: String, _ environment: [String: String]) -> [String] {
            ShippedFiles.candidates("Themes", executable: URL(fileURLWithPath: executable), environment: environment)
                .map { "\($0.url.path) \($0.source)" }
        }
        #expect(places("/opt/care/bin/riposte", ["XDG_DATA_DIRS": "/srv/a:relative:/srv/b"]) == [
            "/opt/care/share/riposte/Themes besideBinary", "/srv/a/riposte/Themes dataDirectories",
            "/srv/b/riposte/Themes dataDirectories",
        ])
        #expect(places("/opt/care/bin/riposte", ["XDG_DATA_DIRS": "", "RIPOSTE_SHARE": "/mine"]) == [
            "/mine/Themes environment", "/opt/care/share/riposte/Themes besideBinary",
            "/usr/local/share/riposte/Themes dataDirectories", "/usr/share/riposte/Themes dataDirectories",
        ])
        let built = Self.root.appendingPathComponent(".build/x86_64-unknown-linux-gnu/debug/riposte").path
        #expect(places(built, ["XDG_DATA_DIRS": "/srv/a"]) == [
            Self.root.appendingPathComponent(".build/x86_64-unknown-linux-gnu/share/riposte/Themes").path + " besideBinary",
            Self.root.appendingPathComponent("Themes").path + " checkout", "/srv/a/riposte/Themes dataDirectories",
        ])
    }

    @Test("Keymaps/default.toml binds exactly what the compiled-in keymap binds, in the same order")
    func keymapFile() throws {
        let keymap = try KeymapFile.parse(try shipped("Keymaps/default.toml"), file: "default.toml", name: "default")
        #expect(keymap == Keymap.builtin)
    }

    @Test("Themes/default.toml styles exactly what the compiled-in theme does")
    func themeFile() throws {
        let theme = try ThemeFile.parse(try shipped("Themes/default.toml"), file: "default.toml", name: "default")
        #expect(theme == Theme.builtin)
        #expect(Set(theme.styles.keys) == Set(ThemeRole.allCases))
    }

    @Test("the default theme uses only the terminal's own colours and background")
    func defaultThemeFollowsTerminal() {
        for style in Theme.builtin.styles.values {
            for color in [style.foreground, style.background] {
                if case .ansi = color { continue }
                #expect(color == .default)
            }
        }
    }

    @Test("a keymap line overrides one key; mistakes are reported at their line and column")
    func keymapErrors() throws {
        let text = """
            [queue]
            n = "queue.next"
            j = "queue.nxt"
            "C-%" = "queue.next"
            r = "reply.send"
            [queu]
            x = "app.quit"
            [editor]
            F1 = 3
            """
        let errors = try #require(throws: SourceErrors.self) {
            try KeymapFile.parse(text, file: "mine.toml", name: "mine", over: .builtin)
        }
        #expect(errors.description == """
            mine.toml:3:5: unknown command "queue.nxt"; did you mean "queue.next"?
            mine.toml:4:1: unknown key "C-%"; write a character, C-x, M-x, F1-F12 or one of Enter, Esc, Tab, BackTab, Backspace, Delete, Insert, Up, Down, Left, Right, PageUp, PageDown, Home, End, Space, C-Left, C-Right, C-Home, C-End, M-Backspace
            mine.toml:5:5: reply.send does not work on the queue screen (only: editor)
            mine.toml:6:2: unknown screen "queu"; did you mean "queue"?
            mine.toml:9:6: a binding is a command name in quotes, like "queue.next"
            """)
        let good = try KeymapFile.parse("[queue]\nn = \"queue.next\"\nj = \"queue.previous\"", file: "m.toml",
                                        name: "mine", over: .builtin)
        #expect(good.command(for: .character("n"), in: .queue) == .queueNext)
        #expect(good.command(for: .character("j"), in: .queue) == .queuePrevious)
        #expect(good.command(for: .character("k"), in: .queue) == .queuePrevious)
    }

    @Test("a theme line overrides one part; mistakes are reported at the word that is wrong")
    func themeErrors() throws {
        let text = """
            title = "bold"
            role.rival = "purple bold"
            "sla.breached" = "white on"
            selectoin = "reverse"
            counter = "red green"
            """
        let errors = try #require(throws: SourceErrors.self) {
            try ThemeFile.parse(text, file: "t.toml", name: "t", over: .builtin)
        }
        #expect(errors.description == """
            t.toml:2:15: unknown colour or attribute "purple"
            t.toml:3:25: "on" needs a colour after it
            t.toml:4:1: unknown part "selectoin"; did you mean "selection"?
            t.toml:5:16: a second foreground colour "green"; write "on green" for a background
            """)
        let good = try ThemeFile.parse("title = \"#ff8800 on color17 underline\"", file: "t.toml", name: "t",
                                       over: .builtin)
        #expect(good[.title] == Style(foreground: .rgb(255, 136, 0), background: .indexed(17), underline: true))
        #expect(good[.selection] == Theme.builtin[.selection])
    }
}
