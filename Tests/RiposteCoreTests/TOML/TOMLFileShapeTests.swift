import Testing
import RiposteCore

/// The shapes of file that used to cost more than their size, or crash: one line of 10,000 values, thousands of
/// tables, nesting far past any real file, and byte-order marks where none belongs. Results are checked, times are
/// the benchmark's (`riposte bench --readers-only`).
@Suite struct TOMLFileShapeTests {
    @Test("a line of 10,000 values is read whole, its positions counted on that line")
    func longLine() throws {
        let words = (0..<10_000).map { "\"café \($0)\"" }
        let table = try parseTOML("# words\nwords = [" + words.joined(separator: ", ") + "]\n")
        guard case let .array(items) = table["words"]?.value else { Issue.record("not an array"); return }
        #expect(items.count == 10_000)
        #expect(items.last?.value == .string("café 9999"))
        // "words = [" is 9 characters, and each of the first 9,999 items is followed by ", ".
        let column = 10 + words.dropLast().reduce(0) { $0 + $1.count + 2 }
        #expect(items.last?.position == SourcePosition(line: 2, column: column))
    }

    @Test("an inline table of 10,000 keys, and 10,000 [[posts]], are read whole")
    func manyEntries() throws {
        let inline = try parseTOML("t = { " + (0..<10_000).map { "k\($0) = \($0)" }.joined(separator: ", ") + " }")
        #expect(inline.node(at: "t.k9999")?.value == .integer(9999))
        let posts = try parseTOML((0..<10_000).map { "[[posts]]\nid = \($0)\n" }.joined())
        guard case let .array(items) = posts["posts"]?.value else { Issue.record("not an array"); return }
        #expect(items.count == 10_000)
        #expect(posts.node(at: "posts.9999.id")?.position == SourcePosition(line: 20_000, column: 6))
    }

    @Test("nesting at the limit is read: arrays, inline tables, dotted keys and headers")
    func atTheLimit() throws {
        let limit = NestingLimit.maximumDepth
        #expect(throws: Never.self) {
            try parseTOML("v = " + String(repeating: "[", count: limit) + String(repeating: "]", count: limit))
        }
        #expect(throws: Never.self) {
            try parseTOML("v = " + String(repeating: "{ a = ", count: limit - 1) + "1" + String(repeating: " }", count: limit - 1))
        }
        let path = Array(repeating: "a", count: limit).joined(separator: ".")
        #expect(try parseTOML("\(path) = 1").node(at: path)?.value == .integer(1))
        let header = Array(repeating: "a", count: limit - 1).joined(separator: ".")
        #expect(try parseTOML("[\(header)]\nx = 1").node(at: header + ".x")?.value == .integer(1))
    }

    static func repeated(_ text: String, _ count: Int) -> String {
        String(repeating: text, count: count)
    }

    static func dotted(_ name: String, _ count: Int) -> String {
        Array(repeating: name, count: count).joined(separator: ".")
    }

    static let tooDeepCases: [(String, String)] = [
        ("v = " + repeated("[", 100_000), "t.toml:1:133"),
        ("v = " + repeated("[", 100_000) + repeated("]", 100_000), "t.toml:1:133"),
        ("v = " + repeated("{ a = ", 100_000) + "1", "t.toml:1:773"),
        ("[x]\ny = " + repeated("[{a=", 50_000), "t.toml:2:258"),
        (dotted("a", 100_000) + " = 1", "t.toml:1:257"),
        ("[" + dotted("a", 100_000) + "]", "t.toml:1:258"),
        ("[" + dotted("a", 100) + "]\n" + dotted("b", 20) + " = " + repeated("[", 10) + "1" + repeated("]", 10),
         "t.toml:2:52"),
    ]

    @Test("nesting 100,000 deep is an error at the first level past the limit, never a crash",
          arguments: Self.tooDeepCases)
    func tooDeep(_ text: String, _ position: String) {
        #expect(tomlParseError(text) == "\(position): \(NestingLimit.message)")
    }

    @Test("a byte-order mark is taken once at the start; anywhere else it is an error that names it", arguments: [
        ("\u{FEFF}\u{FEFF}a = 1", "t.toml:1:1"),
        ("a = 1\n\u{FEFF}b = 2", "t.toml:2:1"),
        ("a = 1\nb\u{FEFF} = 2", "t.toml:2:2"),
        ("a = \"x\u{FEFF}y\"", "t.toml:1:7"),
        ("a = 'x\u{FEFF}y'", "t.toml:1:7"),
        ("a = 1 # note\u{FEFF}", "t.toml:1:13"),
        ("a = 1\u{FEFF}", "t.toml:1:6"),
    ])
    func strayByteOrderMark(_ text: String, _ position: String) {
        #expect(tomlParseError(text) == "\(position): U+FEFF (a byte-order mark) may only start the file; delete it, "
                + #"or write \uFEFF in a "..." string if it is meant"#)
    }

    @Test("an error before a stray byte-order mark is reported first, in file order")
    func errorBeforeStrayMark() {
        #expect(tomlParseError("a = = 1\nb = \"\u{FEFF}\"")
                == #"t.toml:1:5: invalid value "="; put text in quotes to make it a string"#)
        #expect(tomlParseError("\u{FEFF}a = \"\\uFEFF\"") == nil)
    }

    @Test("invisible characters in a message are named, never printed", arguments: [
        ("a = 1 \u{B}", "t.toml:1:7: unexpected U+000B after the value; expected the end of the line"),
        ("a\u{200B} = 1", #"t.toml:1:2: "<U+200B>" cannot appear in a bare key; put the key in quotes"#),
        ("a = tru\u{200E}e", #"t.toml:1:5: invalid value "tru<U+200E>e"; put text in quotes to make it a string"#),
        ("a = \"\\\u{7F}\"", #"t.toml:1:6: a backslash must start an escape such as \n or \\; found U+007F"#),
        ("a = 1\n\"k\u{2028}\" = 1\n\"k\u{2028}\" = 2", #"t.toml:3:1: duplicate key "k<U+2028>"; first defined at 2:1"#),
    ])
    func invisibleNamed(_ text: String, _ expected: String) {
        #expect(tomlParseError(text) == expected)
    }
}
