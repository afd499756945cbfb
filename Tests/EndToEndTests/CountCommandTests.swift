import Foundation
import Testing

@Suite("riposte count: a reply's length by its network's rule, from standard input")
struct CountCommandTests {
    func count(_ arguments: [String], _ input: [UInt8]) throws -> (status: Int32, output: String) {
        try Subprocess.run([TerminalPane.binary, "count"] + arguments, input: input)
    }

    @Test("--json prints exactly one object", arguments: [
        ("x", "Hello @O2, see https://example.com/a/very/long/path 👨‍👩‍👧 日本", #"{"network": "x", "length": 46, "limit": 280, "valid": true}"#),
        ("mastodon", "hi @ann@social.example https://example.com/x", #"{"network": "mastodon", "length": 31, "limit": 500, "valid": true}"#),
        ("bluesky", "👨‍👩‍👧 e\u{301}", #"{"network": "bluesky", "length": 3, "limit": 300, "valid": true}"#),
    ])
    func json(network: String, text: String, expected: String) throws {
        let result = try count(["--network", network, "--json"], Array(text.utf8))
        #expect(result.output == expected + "\n")
        #expect(result.status == 0)
    }

    @Test("standard input is the text byte for byte: nothing is trimmed")
    func noTrimming() throws {
        let result = try count(["--network", "bluesky", "--json"], Array("  a\n\n".utf8))
        #expect(result.output == #"{"network": "bluesky", "length": 5, "limit": 300, "valid": true}"# + "\n")
    }

    @Test("too long, or empty, is invalid: it says so and exits 1")
    func invalid() throws {
        let long = try count(["--network", "x"], Array(String(repeating: "a", count: 281).utf8))
        #expect(long.output == "x: 281/280, 1 over the limit\n")
        #expect(long.status == 1)
        let empty = try count(["--network", "mastodon", "--json"], [])
        #expect(empty.output == #"{"network": "mastodon", "length": 0, "limit": 500, "valid": false}"# + "\n")
        #expect(empty.status == 1)
        let forbidden = try count(["--network", "x", "--json"], Array("a\u{FEFF}b".utf8))
        #expect(forbidden.output.hasSuffix(#""valid": false}"# + "\n"))
    }

    @Test("input that is not UTF-8 is refused with its position")
    func notText() throws {
        let result = try count(["--network", "x"], Array("abc\nde".utf8) + [0xFF])
        #expect(result.output == "riposte: <stdin>:2:3: not valid UTF-8\n")
        #expect(result.status == 2)
    }

    @Test("a Mastodon instance's own limit is honoured")
    func mastodonLimit() throws {
        let result = try count(["--network", "mastodon", "--mastodon-limit", "10", "--json"], Array("eleven char".utf8))
        #expect(result.output == #"{"network": "mastodon", "length": 11, "limit": 10, "valid": false}"# + "\n")
    }
}
