import Testing
@testable import RiposteCore

/// The thread view: a post wrapped to the pane, word by word.
struct WrapTests {
    @Test("words move whole to the next line")
    func words() {
        #expect(render(DisplayText.wrap("the quick brown fox", width: 10)) == "the quick|brown fox")
    }

    @Test("a newline starts a line, and an empty line is kept")
    func newlines() {
        #expect(render(DisplayText.wrap("one\n\ntwo\r\nthree", width: 10)) == "one||two|three")
    }

    @Test("a word longer than the line breaks between clusters")
    func longWord() {
        #expect(render(DisplayText.wrap("abcdefghij", width: 4)) == "abcd|efgh|ij")
        #expect(render(DisplayText.wrap("ab 中中中", width: 4)) == "ab|中中|中")
    }

    @Test("a long word starts on the current line when there is room")
    func longWordFillsLine() {
        #expect(render(DisplayText.wrap("ab cdefghij", width: 5)) == "ab cd|efghi|j")
    }

    @Test("a wide glyph is never split across lines")
    func wideGlyph() {
        #expect(render(DisplayText.wrap("a中中", width: 2)) == "a|中|中")
    }

    @Test("indentation is kept, spaces at a wrap are dropped")
    func spaces() {
        #expect(render(DisplayText.wrap("  ab cd", width: 5)) == "  ab|cd")
    }

    @Test("every line is at most the width, also with emoji sequences")
    func emojiLines() {
        let lines = DisplayText.wrap("👨‍👩‍👧 family 🇺🇸 flag 1️⃣ keycap ❤️ love", width: 7)
        #expect(lines.allSatisfy { DisplayText.width(of: $0) <= 7 })
        #expect(render(lines) == "👨|family|⚑  flag|１|keycap|❤  love")
    }

    @Test("below 2 cells a wide glyph shows as an ellipsis; no width, no lines")
    func narrow() {
        #expect(render(DisplayText.wrap("a中", width: 1)) == "a|…")
        #expect(DisplayText.wrap("abc", width: 0).isEmpty)
    }
}
