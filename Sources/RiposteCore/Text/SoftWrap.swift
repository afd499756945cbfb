extension DisplayText {
    /// The editor's visual lines, as character-index ranges that cover `characters` in order.
    ///
    /// A "\n" ends its line and belongs to it; a line breaks after its last whitespace when the next
    /// word does not fit, or between clusters inside a word longer than a line. Without the "\n",
    /// every line is at most `width` cells (a lone glyph wider than `width` still gets its own line).
    /// No range is empty: an empty text has none, and the line after a final "\n", where the cursor
    /// then sits, is the editor's to add.
    public static func softWrap(_ characters: [Character], width: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var lineStart = 0
        var lineWidth = 0
        var breakAfter: Int?   // index just after the line's last whitespace
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isNewline {
                ranges.append(lineStart..<index + 1)
                lineStart = index + 1
                lineWidth = 0
                breakAfter = nil
                index += 1
                continue
            }
            let cells = glyph(for: character).width
            if lineWidth + cells > width, index > lineStart {
                let end = breakAfter.map { $0 > lineStart ? $0 : index } ?? index
                ranges.append(lineStart..<end)
                lineStart = end
                breakAfter = nil
                // Re-measure the word carried over to the new line.
                lineWidth = characters[end..<index].reduce(0) { $0 + glyph(for: $1).width }
                continue
            }
            lineWidth += cells
            if character.isWhitespace { breakAfter = index + 1 }
            index += 1
        }
        if lineStart < characters.count { ranges.append(lineStart..<characters.count) }
        return ranges
    }
}
