import Testing
@testable import RiposteCore

/// X's weighted length, checked against twitter-text's conformance suite (conformance/validate.yml,
/// WeightedTweetsWithDiscountedEmojiCounterTest and UnicodeDirectionalMarkerCounterTest) and cases
/// reasoned out by hand from its v3 configuration.
struct XLengthTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let length: Int
        var testDescription: String { name }
    }

    static let cjk10 = "あいうえおかきくけこ"
    static let lengths: [Case] = [
        Case(name: "plain ASCII counts 1 each", text: "This is a test.", length: 15),
        Case(name: "URL with http counts 23", text: "http://test.com", length: 23),
        Case(name: "URL with https counts 23", text: "https://test.com", length: 23),
        Case(name: "URL without scheme counts 23", text: "test.com", length: 23),
        Case(name: "bare domain with ccTLD", text: "foo.co.jp", length: 23),
        Case(name: "t.co", text: "Hi http://test.co", length: 26),
        Case(name: "several URLs", text: "Test https://test.com test https://test.com test.com test", length: 86),
        Case(name: "a 100-character URL counts 23", text: "https://example.com/" + String(repeating: "a", count: 80), length: 23),
        Case(name: "unknown TLD is no URL", text: "a.b.c.unknowntld", length: 16),
        Case(name: "ftp is no scheme, and a bare domain after / is no URL", text: "ftp://www.example.com/", length: 22),
        Case(name: "a t.co link ends at its slug", text: "https://t.co/abc/def", length: 27),
        Case(name: "a t.co slug over 40 characters is no link",
             text: "http://t.co/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH/path", length: 61),
        Case(name: "a 64-character label is no domain",
             text: String(repeating: "randomurl", count: 7) + "s.com", length: 68),
        Case(name: "a host of 53 kana is over 63 once Punycode-encoded, so no URL",
             text: String(repeating: cjk10, count: 12) + " http://" + String(repeating: cjk10, count: 5) + "あいう.com",
             length: 358),
        Case(name: "a host of 52 kana fits in 63 once Punycode-encoded",
             text: String(repeating: cjk10, count: 12) + " http://" + String(repeating: cjk10, count: 5) + "あい.com",
             length: 264),
        Case(name: "CJK counts 2", text: "저찀쯿쿿", length: 8),
        Case(name: "general punctuation in the light ranges counts 1",
             text: "This is a tweet with general punctuation characters: "
                + String(String.UnicodeScalarView((0x2000...0x200D).map { Unicode.Scalar($0)! }))
                + " ‐ ‑ ‒ – — ― ‖  ‗ ‘ ’ ‚ ‛ “ ” „ ‟ ′ ″ ‴ ‵ ‶ ‷",
             length: 112),
        Case(name: "e + combining acute is one character after NFC", text: "e\u{301}", length: 1),
        Case(name: "Á decomposed is normalized into 1 char", text: "A\u{301}B", length: 2),
        Case(name: "שּׁ is normalized into 3 chars", text: "A\u{FB2C}", length: 4),
        Case(name: "emoji count 2", text: "😷👾😡🔥💩", length: 10),
        Case(name: "a ZWJ family counts 2", text: "👨‍👩‍👧‍👦", length: 2),
        Case(name: "mixed single, double and emoji", text: "H🐱☺👨‍👩‍👧‍👦", length: 7),
        Case(name: "skin tone and ZWJ sequences count 2 each", text: "🙋🏽👨‍🎤", length: 4),
        Case(name: "keycap without FE0F", text: "1⃣", length: 2),
        Case(name: "Unicode 10.0 emoji", text: "Unicode 10.0 emoji: 🤪; 🧕; 🧕🏾; 🏴󠁧󠁢󠁥󠁮󠁧󠁿", length: 34),
        Case(name: "Unicode 9.0 emoji", text: "Unicode 9.0 emoji: 🤠; 💃; 💃🏾", length: 29),
        Case(name: "flag counts 2", text: "🇺🇸", length: 2),
        Case(name: "© alone is text (twemoji wants FE0F for it)", text: "©", length: 1),
        Case(name: "©️ is an emoji", text: "©️", length: 2),
        Case(name: "FE0F after an emoji-presentation emoji counts on its own", text: "😷\u{FE0F}", length: 4),
        Case(name: "CR LF is two characters, as in twitter-text's JS", text: "a\r\nb", length: 4),
        Case(name: "directional markers", text: "\u{2066}\u{202A}http://foobar.پاکستان/\u{202C}\u{2069}", length: 31),
    ]

    @Test("weighted length", arguments: lengths)
    func weightedLength(_ example: Case) {
        #expect(ReplyLength.measure(example.text, on: .x).length == example.length)
    }

    @Test("280 ASCII characters are valid, 281 are not, and the 281st is where it overflows")
    func asciiLimit() {
        let full = ReplyLength.measure(String(repeating: "a", count: 280), on: .x)
        #expect(full == LengthReport(network: .x, length: 280, limit: 280, isValid: true, overflowIndex: nil))
        let over = ReplyLength.measure(String(repeating: "a", count: 281), on: .x)
        #expect(over == LengthReport(network: .x, length: 281, limit: 280, isValid: false, overflowIndex: 280))
    }

    @Test("140 CJK characters are 280 and valid; 160 overflow at the 141st")
    func cjkLimit() {
        #expect(ReplyLength.measure(String(repeating: "の", count: 140), on: .x).isValid)
        let over = ReplyLength.measure(String(repeating: "故", count: 160), on: .x)
        #expect(over.length == 320 && !over.isValid && over.overflowIndex == 140)
    }

    @Test("140 families are 280 and valid; 160 emoji overflow at the 141st emoji")
    func emojiLimit() {
        #expect(ReplyLength.measure(String(repeating: "👨‍👩‍👧‍👦", count: 140), on: .x).isValid)
        let over = ReplyLength.measure(String(repeating: "😷", count: 160), on: .x)
        #expect(over.length == 320 && over.overflowIndex == 140)
    }

    @Test("overflow lands on the character where the limit is passed, a URL on its first character")
    func overflowIndex() {
        let long = "285 chars-" + String(repeating: "xxxxxxxxxx-", count: 25)
        #expect(ReplyLength.measure(long, on: .x).overflowIndex == 280)
        let middle = "285 chars- http://www.twitter.com/jack " + String(repeating: "xxxxxxxxxx-", count: 24)
        let report = ReplyLength.measure(middle, on: .x)
        #expect(report.length == 299 && report.overflowIndex == 284)
        let end = String(repeating: "xxxxxxxxxx-", count: 24) + " http://www.twitter.com/jack "
        #expect(ReplyLength.measure(end, on: .x).length == 289)
        #expect(ReplyLength.measure(end, on: .x).overflowIndex == 265)
        let tenURLs = String(repeating: "https://www.twitter.com/aloha ", count: 10)
        #expect(ReplyLength.measure(tenURLs, on: .x) == LengthReport(
            network: .x, length: 240, limit: 280, isValid: true, overflowIndex: nil))
    }

    @Test("overflow is counted in Characters of the original text, before NFC")
    func overflowInOriginalCharacters() {
        let text = String(repeating: "e\u{301}", count: 281)
        #expect(ReplyLength.measure(text, on: .x).overflowIndex == 280)
    }

    @Test("empty text, U+FFFE, U+FEFF and U+FFFF are invalid")
    func invalid() {
        #expect(!ReplyLength.measure("", on: .x).isValid)
        #expect(ReplyLength.measure("", on: .x).length == 0)
        for forbidden in ["\u{FFFE}", "\u{FEFF}", "\u{FFFF}"] {
            #expect(!ReplyLength.measure("ok" + forbidden, on: .x).isValid)
        }
        let marked = ReplyLength.measure("ABC\u{202A}\u{FFFF}ABC\u{FFFE}", on: .x)
        #expect(marked.length == 12 && !marked.isValid)
        #expect(ReplyLength.measure("I am a Tweet", on: .x).isValid)
    }
}
