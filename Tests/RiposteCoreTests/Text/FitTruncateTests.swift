import Testing
@testable import RiposteCore

/// Columns in the queue: a snippet must end exactly where its column ends, whatever it holds.
struct FitTruncateTests {
    @Test("a short snippet is padded with spaces to the column")
    func pads() {
        #expect(render(DisplayText.fit(DisplayText.singleLine("hi"), width: 5)) == "hi   ")
    }

    @Test("a long snippet is cut with an ellipsis in the last cell")
    func cuts() {
        #expect(render(DisplayText.fit(DisplayText.singleLine("hello world"), width: 6)) == "hello…")
    }

    @Test("a snippet that fits exactly is left alone")
    func exact() {
        #expect(render(DisplayText.fit(DisplayText.singleLine("中文ab"), width: 6)) == "中文ab")
    }

    @Test("a wide glyph that would be split is replaced by padding, never halved")
    func wideAtTheEdge() {
        let fitted = DisplayText.fit(DisplayText.singleLine("中中中"), width: 4)
        #expect(render(fitted) == "中… ")
        #expect(DisplayText.width(of: fitted) == 4)
    }

    @Test("emoji sequences keep the column: each row below is exactly 8 cells", arguments: [
        "👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦", "🇺🇸🇫🇷🇯🇵🇩🇪🇬🇧", "👍🏽👍🏿👍🏻👍👍", "1️⃣2️⃣3️⃣4️⃣5️⃣",
        "❤️☺️❤️☺️❤️", "e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}",
        "مرحبا بالعالم", "שָׁלוֹם עוֹלָם", "日本語のテキスト", "a\u{200B}b\u{FEFF}c\u{AD}d",
    ])
    func emojiColumns(_ snippet: String) {
        let fitted = DisplayText.fit(DisplayText.singleLine(snippet), width: 8)
        #expect(DisplayText.width(of: fitted) == 8)
    }

    @Test("width 1 holds only the ellipsis; width 0 holds nothing")
    func tiny() {
        #expect(render(DisplayText.fit(DisplayText.singleLine("abc"), width: 1)) == "…")
        #expect(DisplayText.fit(DisplayText.singleLine("abc"), width: 0).isEmpty)
        #expect(DisplayText.fit([], width: 2) == [.space, .space])
    }

    @Test("truncate leaves short rows alone and never pads")
    func truncateShort() {
        #expect(render(DisplayText.truncate(DisplayText.singleLine("ab"), width: 5)) == "ab")
        #expect(render(DisplayText.truncate(DisplayText.singleLine("abcdef"), width: 5)) == "abcd…")
        #expect(render(DisplayText.truncate(DisplayText.singleLine("中中中"), width: 4)) == "中…")
    }

    @Test("singleLine collapses whitespace runs, newlines and tabs to one space and trims the ends")
    func singleLine() {
        #expect(render(DisplayText.singleLine("  hello,\n\n\tworld \r\n ")) == "hello, world")
    }
}
