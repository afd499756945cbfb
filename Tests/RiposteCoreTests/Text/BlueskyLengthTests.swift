import Testing
@testable import RiposteCore

/// Bluesky's rule (app.bsky.feed.post lexicon): at most 300 grapheme clusters and 3000 UTF-8 bytes.
struct BlueskyLengthTests {
    @Test("300 graphemes are valid, 301 overflow at the 301st")
    func graphemeLimit() {
        #expect(ReplyLength.measure(String(repeating: "é", count: 300), on: .bluesky).isValid)
        let over = ReplyLength.measure(String(repeating: "a", count: 301), on: .bluesky)
        #expect(over == LengthReport(network: .bluesky, length: 301, limit: 300, isValid: false, overflowIndex: 300))
    }

    @Test("an emoji sequence is one grapheme, but its bytes count toward 3000")
    func byteLimit() {
        let family = "👨‍👩‍👧‍👦"   // 25 UTF-8 bytes
        #expect(ReplyLength.measure(family, on: .bluesky).length == 1)
        let many = ReplyLength.measure(String(repeating: family, count: 200), on: .bluesky)
        #expect(many.length == 200 && !many.isValid)
        #expect(many.overflowIndex == 120)   // 121 families are 3025 bytes
    }

    @Test("URLs count as the characters they have; empty text is not a reply")
    func urlsAndEmpty() {
        #expect(ReplyLength.measure("https://example.com/" + String(repeating: "a", count: 100), on: .bluesky).length == 120)
        #expect(!ReplyLength.measure("", on: .bluesky).isValid)
    }
}
