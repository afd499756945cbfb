/// The one place Riposte measures and lays out text for the terminal; views never measure on their own.
///
/// Every function only produces Glyphs: the original String is never changed.
public enum DisplayText {
    /// The cell ncurses gets for one grapheme cluster: always exactly one Glyph, 1 or 2 cells, safe to print.
    public static func glyph(for character: Character) -> Glyph {
        ClusterGlyph.glyph(for: character)
    }

    /// The glyphs of `text`, one per Character, with newlines and tabs shown as placeholders.
    public static func glyphs(_ text: String) -> [Glyph] {
        text.map(glyph(for:))
    }

    /// The cells `text` takes when every Character is shown as its Glyph.
    public static func width(of text: String) -> Int {
        text.reduce(0) { $0 + glyph(for: $1).width }
    }

    /// The cells `glyphs` take.
    public static func width(of glyphs: [Glyph]) -> Int {
        glyphs.reduce(0) { $0 + $1.width }
    }

    /// A one-line snippet: every run of whitespace (newlines and tabs too) becomes one space, and
    /// whitespace at either end is dropped.
    public static func singleLine(_ text: String) -> [Glyph] {
        var glyphs: [Glyph] = []
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !glyphs.isEmpty
                continue
            }
            if pendingSpace { glyphs.append(.space) }
            pendingSpace = false
            glyphs.append(glyph(for: character))
        }
        return glyphs
    }

    /// `text` on one line as the interface would draw it, for a command's output: no control character or escape
    /// sequence from stored text ever reaches the terminal.
    public static func printable(_ text: String) -> String {
        singleLine(text).map(\.text).joined()
    }

    /// `text` for a command's output with its layout kept (line breaks, tabs, runs of spaces): every other control
    /// character and escape sequence is shown as the interface shows it, never sent to the terminal.
    public static func printableLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { glyphs(String($0)).map(\.text).joined() }.joined(separator: "\t")
        }.joined(separator: "\n")
    }

    /// Exactly `width` cells: cut with "…" when longer, padded with spaces when shorter; a wide
    /// glyph that would be split is replaced by padding.
    public static func fit(_ glyphs: [Glyph], width: Int) -> [Glyph] {
        var fitted = truncate(glyphs, width: width)
        let used = self.width(of: fitted)
        if used < width { fitted.append(contentsOf: repeatElement(Glyph.space, count: width - used)) }
        return fitted
    }

    /// At most `width` cells, ending in "…" when something was cut; never half a wide glyph.
    public static func truncate(_ glyphs: [Glyph], width: Int) -> [Glyph] {
        guard width > 0 else { return [] }
        if self.width(of: glyphs) <= width { return glyphs }
        var kept: [Glyph] = []
        var used = 0
        for glyph in glyphs {
            guard used + glyph.width <= width - 1 else { break }
            kept.append(glyph)
            used += glyph.width
        }
        kept.append(.ellipsis)
        return kept
    }
}
