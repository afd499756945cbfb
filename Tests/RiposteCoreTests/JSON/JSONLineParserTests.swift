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

    @Test("nesting deeper than any post needs is refused, not a crash")
    func deepNesting() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONLineParser.Failure(offset: 64, message: "nested too deeply")) { try parse(deep) }
    }
}
