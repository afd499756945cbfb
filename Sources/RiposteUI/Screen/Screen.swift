import RiposteCore

/// A grid of cells that a view renders into; the terminal layer copies it out, and tests read it as text.
public struct Screen: Hashable, Sendable {
    /// One cell: a glyph's text, or the blank continuation of a wide glyph to its left.
    public struct Cell: Hashable, Sendable {
        /// Safe text for the terminal (from the text engine); empty for a continuation cell.
        public var text: String
        /// Cells the terminal advances for `text`: 1 or 2, or 0 for a continuation cell.
        public var width: Int
        public var style: Style

        public static func blank(_ style: Style) -> Cell { Cell(text: " ", width: 1, style: style) }
        public var isContinuation: Bool { width == 0 }
    }

    /// A place on the screen.
    public struct Position: Hashable, Sendable {
        public var row: Int
        public var column: Int

        public init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal shows its cursor (in the editor); hidden when nil.
    public var cursor: Position?
    /// Rings so far: the terminal rings its bell when this grows.
    public var bells = 0
    /// Text for the clipboard: the terminal sends it when its serial is new.
    public var clipboard: ClipboardCopy?

    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// Writes glyphs from `column` and returns the column after the last one written; clips at `limit` (the right edge by default).
    @discardableResult
    public mutating func put(_ glyphs: [Glyph], row: Int, column: Int, style: Style, limit: Int? = nil,
                             placeholderStyle: Style? = nil) -> Int {
        guard row >= 0, row < height else { return column }
        let end = min(limit ?? width, width)
        var x = max(0, column)
        for glyph in glyphs {
            guard x + glyph.width <= end else { break }
            let glyphStyle = glyph.isPlaceholder ? (placeholderStyle ?? style) : style
            clearOverlap(row: row, column: x, span: glyph.width, style: style)
            cells[row * width + x] = Cell(text: glyph.text, width: glyph.textWidth, style: glyphStyle)
            if glyph.width == 2 {
                // A wide glyph's second cell; a one-cell degrade gets a real blank there instead.
                cells[row * width + x + 1] = glyph.textWidth == 2
                    ? Cell(text: "", width: 0, style: glyphStyle) : .blank(glyphStyle)
            }
            x += glyph.width
        }
        return x
    }

    /// Writes trusted interface text (labels, keys); it goes through the same text engine as posts.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, style: Style, limit: Int? = nil) -> Int {
        put(DisplayText.glyphs(text), row: row, column: column, style: style, limit: limit)
    }

    /// Paints `style` over a span of cells, keeping their text (a selection bar, a header).
    public mutating func paint(row: Int, from start: Int = 0, to end: Int? = nil, style: Style) {
        guard row >= 0, row < height else { return }
        for x in max(0, start)..<min(end ?? width, width) { cells[row * width + x].style = style }
    }

    /// Lays `style` over a span of cells (a selection bar), keeping their text and their own colours where it sets none.
    public mutating func overlay(row: Int, from start: Int = 0, to end: Int? = nil, style: Style) {
        guard row >= 0, row < height else { return }
        for x in max(0, start)..<min(end ?? width, width) {
            cells[row * width + x].style = cells[row * width + x].style.overlaid(with: style)
        }
    }

    /// Blanks a span of cells in `style`.
    public mutating func fill(row: Int, from start: Int = 0, to end: Int? = nil, style: Style) {
        guard row >= 0, row < height else { return }
        for x in max(0, start)..<min(end ?? width, width) { cells[row * width + x] = .blank(style) }
    }

    /// Writing over half of a wide glyph leaves the other half as a plain blank, never half a character.
    private mutating func clearOverlap(row: Int, column: Int, span: Int, style: Style) {
        let base = row * width
        if cells[base + column].isContinuation, column > 0 {
            cells[base + column - 1] = .blank(cells[base + column - 1].style)
        }
        let after = column + span
        if after < width, cells[base + after].isContinuation {
            cells[base + after] = .blank(cells[base + after].style)
        }
    }

    /// The screen's rows as text, the way a terminal capture shows them (trailing blanks kept).
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for x in 0..<width where !self[row, x].isContinuation { line += self[row, x].text }
            return line
        }
    }

    /// The text of the screen with trailing blanks removed from every row, for comparing in tests.
    public var text: String {
        lines.map { line in String(line.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }
}
