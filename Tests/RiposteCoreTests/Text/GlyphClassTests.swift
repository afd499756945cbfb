import Testing
@testable import RiposteCore

/// What ncurses gets for each class of cluster, and the cells Riposte reserves (checked in tmux:
/// the cursor moves by exactly `width` for each row below).
struct GlyphClassTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let input: String
        let text: String
        let textWidth: Int
        let width: Int
        var testDescription: String { name }
    }

    static let text: [Case] = [
        Case(name: "ASCII letter", input: "a", text: "a", textWidth: 1, width: 1),
        Case(name: "CJK ideograph", input: "中", text: "中", textWidth: 2, width: 2),
        Case(name: "Hangul syllable", input: "가", text: "가", textWidth: 2, width: 2),
        Case(name: "Hangul jamo L+V+T ride as one cell", input: "\u{1100}\u{1161}\u{11A8}",
             text: "\u{1100}\u{1161}\u{11A8}", textWidth: 2, width: 2),
        Case(name: "fullwidth Latin", input: "Ａ", text: "Ａ", textWidth: 2, width: 2),
        Case(name: "e + combining acute", input: "e\u{301}", text: "e\u{301}", textWidth: 1, width: 1),
        Case(name: "Arabic letter", input: "ا", text: "ا", textWidth: 1, width: 1),
        Case(name: "Arabic letter + fatha", input: "\u{628}\u{64E}", text: "\u{628}\u{64E}", textWidth: 1, width: 1),
        Case(name: "Hebrew shin + dagesh + shin dot", input: "\u{5E9}\u{5BC}\u{5C1}",
             text: "\u{5E9}\u{5BC}\u{5C1}", textWidth: 1, width: 1),
        Case(name: "zalgo keeps its first four marks", input: "a\u{300}\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}",
             text: "a\u{300}\u{301}\u{302}\u{303}", textWidth: 1, width: 1),
        Case(name: "a mark with no base rides on a space", input: "\u{301}", text: " \u{301}", textWidth: 1, width: 1),
        Case(name: "joiners inside a cluster are dropped", input: "a\u{200C}", text: "a", textWidth: 1, width: 1),
        Case(name: "Devanagari vowel sign (second spacing scalar) is dropped", input: "का", text: "क",
             textWidth: 1, width: 1),
        Case(name: "U+FFFD from decoding passes", input: "\u{FFFD}", text: "\u{FFFD}", textWidth: 1, width: 1),
    ]

    static let emoji: [Case] = [
        Case(name: "emoji presentation", input: "😷", text: "😷", textWidth: 2, width: 2),
        Case(name: "ZWJ family keeps its first emoji", input: "👨‍👩‍👧", text: "👨", textWidth: 2, width: 2),
        Case(name: "skin tone keeps the base", input: "👍🏽", text: "👍", textWidth: 2, width: 2),
        Case(name: "flag becomes ⚑ and a blank", input: "🇺🇸", text: "⚑", textWidth: 1, width: 2),
        Case(name: "lone regional indicator too", input: "🇺", text: "⚑", textWidth: 1, width: 2),
        Case(name: "keycap becomes the fullwidth digit", input: "1️⃣", text: "１", textWidth: 2, width: 2),
        Case(name: "unqualified keycap too", input: "#⃣", text: "＃", textWidth: 2, width: 2),
        Case(name: "keycap asterisk", input: "*️⃣", text: "＊", textWidth: 2, width: 2),
        Case(name: "❤️ drops FE0F and takes a blank", input: "❤️", text: "❤", textWidth: 1, width: 2),
        Case(name: "☺️ drops FE0F and takes a blank", input: "☺️", text: "☺", textWidth: 1, width: 2),
        Case(name: "bare ❤ is text, 1 cell", input: "❤", text: "❤", textWidth: 1, width: 1),
        Case(name: "❤ with FE0E is text, 1 cell", input: "❤︎", text: "❤", textWidth: 1, width: 1),
        Case(name: "emoji presentation with FE0E keeps glibc's 2", input: "⌚︎", text: "⌚", textWidth: 2, width: 2),
        Case(name: "rainbow flag: text-default first emoji", input: "🏳️‍🌈", text: "🏳", textWidth: 1, width: 2),
        Case(name: "tag sequence keeps the black flag", input: "🏴󠁧󠁢󠁥󠁮󠁧󠁿", text: "🏴", textWidth: 2, width: 2),
        Case(name: "text-default base with skin tone", input: "☝🏽", text: "☝", textWidth: 1, width: 2),
        Case(name: "ZWJ profession keeps the person", input: "🧑‍💻", text: "🧑", textWidth: 2, width: 2),
    ]

    @Test("text clusters", arguments: text)
    func textCluster(_ example: Case) {
        expectGlyph(example, isPlaceholder: false)
    }

    @Test("emoji sequences", arguments: emoji)
    func emojiSequence(_ example: Case) {
        expectGlyph(example, isPlaceholder: false)
    }

    @Test("an emoji newer than glibc's table is a 2-cell stand-in, since glibc refuses to print it")
    func emojiUnknownToGlibc() {
        let glyph = DisplayText.glyph(for: "\u{1FAE8}")   // shaking face, Unicode 15
        #expect(GlibcWidth.of("\u{1FAE8}") == -1)
        #expect(glyph == Glyph("⍰", textWidth: 1, width: 2, isPlaceholder: true))
    }

    @Test("every glyph in the tables keeps the ncurses contract")
    func contract() {
        for example in Self.text + Self.emoji {
            #expect(contractViolation(DisplayText.glyph(for: Character(example.input))) == nil, "\(example.name)")
        }
    }

    @Test("width of a row adds its glyphs")
    func widthOfRow() {
        #expect(DisplayText.width(of: "a中👍🏽🇺🇸1️⃣❤️é") == 1 + 2 + 2 + 2 + 2 + 2 + 1)
    }

    private func expectGlyph(_ example: Case, isPlaceholder: Bool) {
        let input = Character(example.input)
        #expect(String(input) == example.input, "test input must be one cluster")
        let glyph = DisplayText.glyph(for: input)
        #expect(glyph.text == example.text)
        #expect(glyph.textWidth == example.textWidth)
        #expect(glyph.width == example.width)
        #expect(glyph.isPlaceholder == isPlaceholder)
    }
}
