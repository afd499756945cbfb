import Testing
@testable import RiposteCore

/// A post is written by a stranger: nothing in it may reach the terminal raw.
struct UnsafeTextTests {
    /// Named by `name` only, so the test log never prints the raw control character.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let input: String
        let shown: String
        var testDescription: String { name }
    }

    static let placeholders: [Case] = [
        Case(name: "NUL", input: "\u{0}", shown: "␀"),
        Case(name: "BEL", input: "\u{7}", shown: "␇"),
        Case(name: "ESC", input: "\u{1B}", shown: "␛"),
        Case(name: "TAB", input: "\t", shown: "␉"),
        Case(name: "LF", input: "\n", shown: "␊"),
        Case(name: "CR", input: "\r", shown: "␍"),
        Case(name: "CR LF", input: "\r\n", shown: "␤"),
        Case(name: "DEL", input: "\u{7F}", shown: "␡"),
        Case(name: "C1 CSI", input: "\u{9B}", shown: "␦"),
        Case(name: "C1 NEL", input: "\u{85}", shown: "␦"),
        Case(name: "C1 OSC", input: "\u{9D}", shown: "␦"),
        Case(name: "line separator", input: "\u{2028}", shown: "␤"),
        Case(name: "paragraph separator", input: "\u{2029}", shown: "␤"),
        Case(name: "LRE", input: "\u{202A}", shown: "⇆"),
        Case(name: "RLE", input: "\u{202B}", shown: "⇆"),
        Case(name: "PDF", input: "\u{202C}", shown: "⇆"),
        Case(name: "LRO", input: "\u{202D}", shown: "⇆"),
        Case(name: "RLO", input: "\u{202E}", shown: "⇆"),
        Case(name: "LRI", input: "\u{2066}", shown: "⇆"),
        Case(name: "RLI", input: "\u{2067}", shown: "⇆"),
        Case(name: "FSI", input: "\u{2068}", shown: "⇆"),
        Case(name: "PDI", input: "\u{2069}", shown: "⇆"),
        Case(name: "LRM", input: "\u{200E}", shown: "⇆"),
        Case(name: "RLM", input: "\u{200F}", shown: "⇆"),
        Case(name: "ALM", input: "\u{61C}", shown: "⇆"),
        Case(name: "ZWSP", input: "\u{200B}", shown: "◌"),
        Case(name: "lone ZWJ", input: "\u{200D}", shown: "◌"),
        Case(name: "lone ZWNJ", input: "\u{200C}", shown: "◌"),
        Case(name: "word joiner", input: "\u{2060}", shown: "◌"),
        Case(name: "BOM", input: "\u{FEFF}", shown: "◌"),
        Case(name: "soft hyphen", input: "\u{AD}", shown: "◌"),
        Case(name: "Mongolian vowel separator", input: "\u{180E}", shown: "◌"),
        Case(name: "lone tag", input: "\u{E0041}", shown: "◌"),
        Case(name: "Hangul filler", input: "\u{3164}", shown: "◌"),
        Case(name: "lone variation selector", input: "\u{FE0F}", shown: "◌"),
        Case(name: "U+FFFE", input: "\u{FFFE}", shown: "⍰"),
        Case(name: "U+FFFF", input: "\u{FFFF}", shown: "⍰"),
        Case(name: "private use", input: "\u{E000}", shown: "⍰"),
        Case(name: "unassigned", input: "\u{378}", shown: "⍰"),
        Case(name: "plane 16 private use", input: "\u{10FFFD}", shown: "⍰"),
    ]

    @Test("controls, bidi controls and invisible characters become visible 1-cell placeholders",
          arguments: placeholders)
    func placeholder(_ example: Case) {
        let glyph = DisplayText.glyph(for: Character(example.input))
        #expect(glyph.text == example.shown)
        #expect(glyph.isPlaceholder)
        #expect(glyph.width == 1 && glyph.textWidth == 1)
        #expect(contractViolation(glyph) == nil)
    }

    @Test("escape sequences (colour, cursor moves, OSC 52 clipboard, OSC 8 links, titles) never pass")
    func escapeSequences() {
        let post = "\u{1B}[31mred\u{1B}[2J\u{1B}]52;c;cHduZWQ=\u{7}\u{1B}]8;;http://evil\u{1B}\\link\u{1B}]0;title\u{9C}\u{9B}1;1H"
        let glyphs = DisplayText.singleLine(post)
        let scalars = glyphs.flatMap { $0.text.unicodeScalars }
        #expect(!scalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(render(glyphs).hasPrefix("␛[31mred␛[2J␛]52;c;cHduZWQ=␇"))
    }

    @Test("bidi overrides cannot reorder the row: every one is shown, none is passed")
    func bidiSpoof() {
        // "invoice" + RLO + "fdp.exe": rendered raw it reads "invoiceexe.pdf".
        let glyphs = DisplayText.singleLine("invoice\u{202E}fdp.exe")
        #expect(render(glyphs) == "invoice⇆fdp.exe")
        #expect(glyphs.filter(\.isPlaceholder).count == 1)
    }

    @Test("a zero-width space hidden in a name is visible")
    func zeroWidthSpoof() {
        #expect(render(DisplayText.singleLine("pay\u{200B}pal")) == "pay◌pal")
    }

    @Test("thousands of combining marks stay in one cell of four marks")
    func zalgo() {
        let zalgo = "Z" + String(repeating: "\u{336}\u{35B}\u{489}", count: 2000)
        let glyphs = DisplayText.singleLine(zalgo)
        #expect(glyphs.count == 1)
        #expect(glyphs[0].text.unicodeScalars.count == 5)
        #expect(DisplayText.width(of: zalgo) == 1)
    }
}
