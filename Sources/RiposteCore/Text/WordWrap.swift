extension DisplayText {
    /// Word wrap for the thread view: each newline starts a line, words move whole to the next line,
    /// a word longer than a line breaks between clusters, and every line is at most `width` cells.
    ///
    /// Whitespace becomes one space per Character and is dropped where a line wraps. Below 2 cells a
    /// wide glyph cannot fit, so it is shown as "…" instead.
    public static func wrap(_ text: String, width: Int) -> [[Glyph]] {
        guard width > 0 else { return [] }
        var lines: [[Glyph]] = []
        var paragraph: [Character] = []
        for character in text {
            if character.isNewline {
                lines += wrapParagraph(paragraph, width: width)
                paragraph.removeAll(keepingCapacity: true)
            } else {
                paragraph.append(character)
            }
        }
        lines += wrapParagraph(paragraph, width: width)
        return lines
    }

    private static func wrapParagraph(_ characters: [Character], width: Int) -> [[Glyph]] {
        var lines: [[Glyph]] = []
        var line: [Glyph] = []
        var lineWidth = 0
        var pending: [Glyph] = []   // spaces waiting to see whether the next word fits after them
        var word: [Glyph] = []

        func place(_ glyph: Glyph) {
            let glyph = glyph.width > width ? Glyph.ellipsis : glyph
            if lineWidth + glyph.width > width {
                lines.append(line)
                line = []
                lineWidth = 0
            }
            line.append(glyph)
            lineWidth += glyph.width
        }

        func flushWord() {
            guard !word.isEmpty else { return }
            let wordWidth = self.width(of: word)
            let pendingWidth = self.width(of: pending)
            if lineWidth + pendingWidth + wordWidth <= width {
                line += pending + word
                lineWidth += pendingWidth + wordWidth
            } else if wordWidth <= width {
                if !line.isEmpty { lines.append(line) }
                line = word
                lineWidth = wordWidth
            } else {
                // Longer than any line: start it here if a first piece fits after the spaces, then break
                // between clusters.
                if lineWidth + pendingWidth + min(word[0].width, width) <= width {
                    line += pending
                    lineWidth += pendingWidth
                } else if !line.isEmpty {
                    lines.append(line)
                    line = []
                    lineWidth = 0
                }
                word.forEach(place)
            }
            pending.removeAll()
            word.removeAll()
        }

        for character in characters {
            if character.isWhitespace {
                flushWord()
                pending.append(.space)
            } else {
                word.append(glyph(for: character))
            }
        }
        flushWord()
        lines.append(line)
        return lines
    }
}
