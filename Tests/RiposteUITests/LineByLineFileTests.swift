import Foundation
import RiposteApp
import RiposteCore
import RiposteUI
import Testing

/// Keymaps and themes are read a line at a time so a bad line costs only itself; a long file must still be read in
/// time linear in its size, with every position the file's own, and a byte-order mark taken only at the start.
@Suite struct LineByLineFileTests {
    @Test("a keymap of 10,000 lines is read whole, a bad line at its end reported at its own line")
    func longKeymap() {
        let lines: [String] = ["\u{FEFF}[queue]"] + (1..<9_999).map { $0.isMultiple(of: 2) ? "j = \"queue.next\"" : "# note \($0)" }
            + ["k = \"queue.nope\""]
        let (keymap, errors) = KeymapFile.load(lines.joined(separator: "\n"), file: "k.toml", name: "k", over: .builtin)
        #expect(errors.map(\.description)
                == [#"k.toml:10000:5: unknown command "queue.nope"; did you mean "queue.top"?"#])
        #expect(keymap.command(for: .character("j"), in: .queue) == .queueNext)
    }

    @Test("a theme of 10,000 lines with a mistake is read line by line, each line under its [table]")
    func longTheme() {
        let lines: [String] = ["\u{FEFF}[role]"] + (1..<9_999).map { $0.isMultiple(of: 2) ? "rival = \"red\"" : "# note \($0)" }
            + ["brand = green"]
        let (theme, errors) = ThemeFile.load(lines.joined(separator: "\n"), file: "t.toml", name: "t", over: .builtin)
        #expect(errors.map(\.description)
                == [#"t.toml:10000:9: invalid value "green"; put text in quotes to make it a string"#])
        #expect(theme[.roleRival] == Style(foreground: .ansi(1)))
    }

    @Test("a byte-order mark after the start of a keymap or a theme is an error that names it", arguments: [
        "[queue]\nj = \"queue.next\"\n\u{FEFF}k = \"queue.previous\"",
        "title = \"bold\"\n\n\u{FEFF}header = \"bold\"",
    ])
    func strayMark(_ text: String) {
        let errors = text.hasPrefix("[") ? KeymapFile.load(text, file: "f.toml", name: "f", over: .builtin).errors
            : ThemeFile.load(text, file: "f.toml", name: "f", over: .builtin).errors
        #expect(errors.map(\.description) == [
            #"f.toml:3:1: U+FEFF (a byte-order mark) may only start the file; delete it, or write \uFEFF in a "..." string if it is meant"#,
        ])
    }

    @Test("a keymap or theme file that is not UTF-8 is reported at the byte")
    func notUTF8() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("line-files-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bytes = Array("[queue]\nj = \"queue.next\" # ".utf8) + [0xFF] + Array("\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/mine.toml"))
        var warnings: [String] = []
        _ = Startup.keymap(named: "mine", userFolder: folder, warnings: &warnings)
        #expect(warnings.first == "\(folder)/mine.toml:2:20: byte 0xFF is not UTF-8; save the file as UTF-8")
        let theme = ThemeLibrary.load(named: "mine", shippedFolder: nil, userFolder: folder)
        #expect(theme.warnings.first == "\(folder)/mine.toml:2:20: byte 0xFF is not UTF-8; save the file as UTF-8")
    }
}
