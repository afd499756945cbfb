import Foundation
import Testing
import RiposteCore

/// A file that is not UTF-8 is refused at the byte a person has to find, in every reader.
@Suite struct SourceTextTests {
    func decodeError(_ bytes: [UInt8]) -> String? {
        do {
            _ = try SourceText.decode(bytes, file: "f.toml")
            return nil
        } catch {
            return error.description
        }
    }

    static func bytes(_ text: String, _ more: [UInt8]) -> [UInt8] {
        Array(text.utf8) + more
    }

    static let invalid: [([UInt8], String)] = [
        (bytes("a = 1\nb = 2\nc = ", [0xFF]), "f.toml:3:5: byte 0xFF is not UTF-8; save the file as UTF-8"),
        // Columns count characters, as the parsers do: é and 👍 are one each.
        (bytes("é👍 ", [0xC3, 0x28]), "f.toml:1:4: byte 0xC3 is not UTF-8; save the file as UTF-8"),
        // A byte-order mark that starts the file takes no column.
        ([0xEF, 0xBB, 0xBF] + bytes("ab", [0x80]), "f.toml:1:3: byte 0x80 is not UTF-8; save the file as UTF-8"),
        (bytes("a\r\n", [0xE9, 0x74, 0xE9]), "f.toml:2:1: byte 0xE9 is not UTF-8; save the file as UTF-8"),
        // A character cut short by the end of the file.
        (bytes("ab", [0xE2, 0x82]), "f.toml:1:3: byte 0xE2 is not UTF-8; save the file as UTF-8"),
    ]

    @Test("the first byte that is not UTF-8 is named at its line and column", arguments: Self.invalid)
    func invalidByte(_ bytes: [UInt8], _ expected: String) {
        #expect(decodeError(bytes) == expected)
    }

    @Test("UTF-8 text comes back as written, its byte-order mark left for the parser to take once")
    func validText() throws {
        #expect(try SourceText.decode([0xEF, 0xBB, 0xBF] + Array("a = 1".utf8), file: "f") == "\u{FEFF}a = 1")
    }

    @Test("config.toml and voice files that are not UTF-8 are reported at the byte, not at 1:1")
    func readersPointAtTheByte() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("source-text-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let config = folder + "/config.toml"
        try Data(Array("claim_lease = 120\n# caf".utf8) + [0xE9] + Array("\n".utf8)).write(to: URL(fileURLWithPath: config))
        #expect(Settings.load(file: config).errors.map(\.description)
                == ["\(config):2:6: byte 0xE9 is not UTF-8; save the file as UTF-8"])
        try FileManager.default.createDirectory(atPath: folder + "/voices", withIntermediateDirectories: true)
        let voice = folder + "/voices/latin1.toml"
        try Data(Array("name = \"Caf".utf8) + [0xE9, 0x22]).write(to: URL(fileURLWithPath: voice))
        #expect(VoiceLibrary.load(folder: folder + "/voices").errors.map(\.description)
                == ["\(voice):1:12: byte 0xE9 is not UTF-8; save the file as UTF-8"])
    }

    @Test("a file that cannot be read at all says so at 1:1")
    func unreadable() {
        #expect(throws: SourceError(file: "/nonexistent/x.toml", position: .start, message: "cannot read this file")) {
            try SourceText.read(file: "/nonexistent/x.toml")
        }
    }
}

/// Characters that would not show in a terminal are named in messages, whichever reader quoted them.
@Suite struct CodePointNameTests {
    @Test("invisible and control characters are named; emoji joiners and visible text are kept", arguments: [
        ("tab\there", "tab<U+0009>here"),
        ("v\u{B}t", "v<U+000B>t"),
        ("\u{FEFF}bom", "<U+FEFF>bom"),
        ("zero\u{200B}width", "zero<U+200B>width"),
        ("rtl\u{202E}over", "rtl<U+202E>over"),
        ("bell\u{7}", "bell<U+0007>"),
        ("\u{E000}private", "<U+E000>private"),
        ("👨‍👩‍👧 ❤️ café e\u{301}", "👨‍👩‍👧 ❤️ café e\u{301}"),
    ])
    func names(_ text: String, _ shown: String) {
        #expect(CodePointName.replacingInvisibles(in: text) == shown)
    }

    @Test("a SourceError prints the names, so no reader can print a raw one")
    func sourceError() {
        let error = SourceError(file: "voices/a.toml", position: SourcePosition(line: 2, column: 3),
                                message: "unknown key \"tone\u{B}\"")
        #expect(error.description == "voices/a.toml:2:3: unknown key \"tone<U+000B>\"")
    }
}
