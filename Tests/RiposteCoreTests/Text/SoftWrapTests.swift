import Testing
@testable import RiposteCore

/// The editor: visual lines as character ranges the cursor maps through.
struct SoftWrapTests {
    private func lines(_ text: String, _ width: Int) -> [String] {
        let characters = Array(text)
        return DisplayText.softWrap(characters, width: width).map { String(characters[$0]) }
    }

    @Test("a line breaks after its last space when the next word does not fit")
    func wordBreak() {
        #expect(lines("hello big world", 10) == ["hello big ", "world"])
    }

    @Test("a newline ends its line and belongs to it; no line is empty, so an empty text has none")
    func newline() {
        #expect(lines("ab\ncd\n", 10) == ["ab\n", "cd\n"])
        #expect(lines("ab\n\ncd", 10) == ["ab\n", "\n", "cd"])
        #expect(DisplayText.softWrap([], width: 10).isEmpty)
    }

    @Test("a word longer than the line breaks between clusters")
    func longWord() {
        #expect(lines("abcdefgh", 3) == ["abc", "def", "gh"])
    }

    @Test("emoji sequences count their cells and are never split")
    func emoji() {
        #expect(lines("👨‍👩‍👧👍🏽🇺🇸x", 4) == ["👨‍👩‍👧👍🏽", "🇺🇸x"])
    }

    @Test("the ranges cover the text in order, each line within the width")
    func cover() {
        let characters = Array("one two\nthree 中文字 four 👨‍👩‍👧 five\n\nsix")
        let ranges = DisplayText.softWrap(characters, width: 6)
        #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == characters.count)
        for (line, next) in zip(ranges, ranges.dropFirst()) { #expect(line.upperBound == next.lowerBound) }
        for range in ranges {
            let cells = characters[range].filter { !$0.isNewline }.reduce(0) { $0 + DisplayText.glyph(for: $1).width }
            #expect(cells <= 6)
        }
    }
}
