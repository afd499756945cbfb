import RiposteCore
import Testing

@Suite("JSON lines are parsed strictly, with the byte where a mistake is")
struct JSONLineParserTests {
    func parse(_ text: String) throws(JSONLineParser.Failure) -> JSONValue {
        try JSONLineParser.parse(Array(text.utf8)).value
    }

    @Test("values of every kind, with escapes and surrogate pairs")
    func values() throws {
        guard case let .object(members) = try parse(#" {"a": [1, -2.5e3, true, false, null], "b": "\u00e9\n\ud83d\ude00\"", "c": {}} "#)
        else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["a", "b", "c"])
        #expect(members.map(\.keyOffset) == [2, 39, 70])
        guard case let .array(items) = members[0].node.value else { Issue.record("not an array"); return }
        #expect(items.map(\.value.kind) == ["a number", "a number", "a boolean", "a boolean", "null"])
        guard case let .number(digits) = items[1].value else { Issue.record("not a number"); return }
        #expect(digits == "-2.5e3")
        guard case let .string(text) = members[1].node.value else { Issue.record("not a string"); return }
        #expect(text == "é\n😀\"")
    }

    @Test("64-bit ids keep every digit")
    func bigNumbers() throws {
        guard case let .number(digits) = try parse("1234567890123456789012") else { Issue.record("not a number"); return }
        #expect(digits == "1234567890123456789012")
    }

    @Test("mistakes are refused at their byte", arguments: [
        (#"{"a": 1,}"#, 8, #"expected a quoted key"#),
        (#"{"a" 1}"#, 5, #"expected ":" after the key"#),
        (#"{"a": 1, "a": 2}"#, 9, #"duplicate key "a""#),
        (#"[1 2]"#, 3, #"expected "," or "]""#),
        ("\"tab\tinside\"", 4, "a control character must be escaped in a string"),
        (#""\x41""#, 1, #"unknown escape "\x""#),
        (#""\u12G4""#, 1, #"\u needs four hex digits"#),
        (#"01"#, 0, "a number may not start with 0"),
        (#"1."#, 2, #"expected digits after ".""#),
        (#"tru"#, 0, "expected a value"),
        (#""open"#, 0, "unterminated string"),
        (#"{} {}"#, 3, "unexpected text after the JSON value"),
        ("", 0, "expected a value, found the end of the line"),
    ])
    func refuses(text: String, offset: Int, message: String) {
        #expect(throws: JSONLineParser.Failure(offset: offset, message: message)) { try parse(text) }
    }

    @Test("nesting 100,000 deep is refused at the first level past the limit, not a crash")
    func deepNesting() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONLineParser.Failure(offset: 128, message: NestingLimit.message)) { try parse(deep) }
        let objects = String(repeating: #"{"a":"#, count: 100_000)
        #expect(throws: JSONLineParser.Failure(offset: 128 * 5, message: NestingLimit.message)) { try parse(objects) }
    }

    @Test("nesting at the limit is read")
    func nestingAtTheLimit() throws {
        var value = try parse(String(repeating: "[", count: 128) + String(repeating: "]", count: 128))
        var depth = 1
        while case let .array(items) = value, let first = items.first {
            value = first.value
            depth += 1
        }
        #expect(depth == 128)
    }

    @Test("a byte-order mark inside a line, or a byte that is not UTF-8, is named where a value was expected",
          arguments: [
              ("\u{FEFF}{}", 0, "U+FEFF (a byte-order mark) may only start the file"),
              ("[1, \u{FEFF}2]", 4, "U+FEFF (a byte-order mark) may only start the file"),
              ("{\u{FEFF}\"a\": 1}", 1, "U+FEFF (a byte-order mark) may only start the file"),
              ("[1 \u{FEFF}]", 3, "U+FEFF (a byte-order mark) may only start the file"),
              ("é", 0, "expected a value"),
          ])
    func byteOrderMark(text: String, offset: Int, message: String) {
        #expect(throws: JSONLineParser.Failure(offset: offset, message: message)) { try parse(text) }
    }

    @Test("a byte that is not UTF-8 is named by its value, in a string or out of one")
    func invalidBytes() {
        #expect(throws: JSONLineParser.Failure(offset: 3, message: "byte 0xFF is not UTF-8")) {
            try JSONLineParser.parse(Array("[1,".utf8) + [0xFF] + Array("]".utf8))
        }
        #expect(throws: JSONLineParser.Failure(offset: 4, message: "byte 0xC3 is not UTF-8")) {
            try JSONLineParser.parse(Array(#"["ab"#.utf8) + [0xC3, 0x28] + Array(#""]"#.utf8))
        }
    }

    @Test("a U+FEFF inside a string is the string's: posts may hold one")
    func byteOrderMarkInString() throws {
        guard case let .string(text) = try parse("\"a\u{FEFF}b\"") else { Issue.record("not a string"); return }
        #expect(text == "a\u{FEFF}b")
    }

    @Test("a line of 10,000 values and an object of 10,000 keys are read whole")
    func longLines() throws {
        let array = "[" + (0..<10_000).map { "\"w\($0)\"" }.joined(separator: ",") + "]"
        guard case let .array(items) = try parse(array) else { Issue.record("not an array"); return }
        #expect(items.count == 10_000)
        #expect(items.last?.offset == array.utf8.count - 8)
        let object = "{" + (0..<10_000).map { "\"k\($0)\":\($0)" }.joined(separator: ",") + "}"
        guard case let .object(members) = try parse(object) else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == (0..<10_000).map { "k\($0)" })
        let duplicated = "{" + (0..<10_000).map { "\"k\($0)\":1" }.joined(separator: ",") + ",\"k5\":2}"
        #expect(throws: JSONLineParser.Failure(offset: duplicated.utf8.count - 7, message: #"duplicate key "k5""#)) {
            try parse(duplicated)
        }
    }
}
