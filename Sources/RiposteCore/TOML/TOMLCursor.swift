/// Walks the Unicode scalars of a TOML document and knows the line and column of the current one.
///
/// TOML's grammar is defined on code points, so the cursor reads scalars; walking Characters would
/// glue a quote to a combining mark that follows it. Columns are still counted in Characters.
struct TOMLCursor {
    let file: String
    private let scalars: [Unicode.Scalar]
    private(set) var index = 0
    /// Which line of the text the cursor is on, from 0.
    private var lineIndex = 0
    /// The file's number for each line of the text, when the text is lines picked out of a file.
    private let lineNumbers: [Int]?
    private var lineStart = 0
    /// The last column worked out, so that the next on the same line counts only the scalars since: counted from the
    /// line's start each time, a line of thousands of words (a long word list) cost the square of its length.
    private let lastColumn = ColumnMark()

    private final class ColumnMark {
        var lineStart = -1
        var index = 0
        var column = 1
    }

    /// A cursor at the start of `text`, whose lines are the lines `lineNumbers` of `file`, or all of it when nil.
    /// All of a file may begin with a byte-order mark: the one there is skipped, any other is an error
    /// (`strayByteOrderMark`). Lines picked out of a file come without the file's.
    init(_ text: String, file: String, lineNumbers: [Int]? = nil) {
        self.file = file
        self.lineNumbers = lineNumbers
        var scalars = Array(text.unicodeScalars)
        if lineNumbers == nil, scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        self.scalars = scalars
    }

    private var line: Int {
        guard let lineNumbers, !lineNumbers.isEmpty else { return lineIndex + 1 }
        return lineNumbers[min(lineIndex, lineNumbers.count - 1)]
    }

    /// The first U+FEFF that does not start the file, as an error at its position.
    ///
    /// Editors and tools that join files leave one in the middle; in a key or a value it is invisible, and the key
    /// or the text is not what the person sees.
    var strayByteOrderMark: SourceError? {
        guard let offset = scalars.firstIndex(of: "\u{FEFF}") else { return nil }
        var at = self
        at.advance(by: offset - index)
        return at.error("U+FEFF (a byte-order mark) may only start the file; delete it, or write \\uFEFF in a "
                        + "\"...\" string if it is meant")
    }

    var current: Unicode.Scalar? { peek(0) }

    var isAtEnd: Bool { index >= scalars.count }

    func peek(_ offset: Int) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    /// Whether the next scalars spell `text`.
    func isAt(_ text: String) -> Bool {
        text.unicodeScalars.enumerated().allSatisfy { peek($0.offset) == $0.element }
    }

    /// A line break: LF, or CR LF. A lone CR is not one.
    var isAtNewline: Bool {
        current == "\n" || (current == "\r" && peek(1) == "\n")
    }

    var isAtSpace: Bool { current == " " || current == "\t" }

    var position: SourcePosition {
        var from = lineStart, column = 1
        // Characters can be counted on from the mark only where one ends there for certain: between two ASCII
        // scalars other than CR LF.
        if lastColumn.lineStart == lineStart, lastColumn.index <= index, lastColumn.index > lineStart,
           scalars[lastColumn.index].isASCII, scalars[lastColumn.index - 1].isASCII, scalars[lastColumn.index - 1] != "\r" {
            from = lastColumn.index
            column = lastColumn.column
        }
        var prefix = String.UnicodeScalarView()
        prefix.append(contentsOf: scalars[from..<index])
        column += String(prefix).count
        if index < scalars.count {
            lastColumn.lineStart = lineStart
            lastColumn.index = index
            lastColumn.column = column
        }
        return SourcePosition(line: line, column: column)
    }

    mutating func advance(by count: Int = 1) {
        for _ in 0..<count where index < scalars.count {
            if scalars[index] == "\n" {
                lineIndex += 1
                lineStart = index + 1
            }
            index += 1
        }
    }

    /// Moves past a line break, if the cursor is at one.
    mutating func skipNewline() {
        if current == "\r" { advance() }
        if current == "\n" { advance() }
    }

    mutating func skipSpaces() {
        while isAtSpace { advance() }
    }

    /// Names the current scalar for a message: `"x"`, `end of line`, `end of file` or `U+0007`.
    var currentDescription: String {
        guard let scalar = current else { return "end of file" }
        if isAtNewline { return "end of line" }
        if scalar == "\u{FEFF}" { return "U+FEFF (a byte-order mark)" }
        if CodePointName.isInvisible(scalar) { return scalar.codePointDescription }
        return "\"\(scalar)\""
    }

    func error(_ message: String, at position: SourcePosition? = nil) -> SourceError {
        SourceError(file: file, position: position ?? self.position, message: message)
    }
}

extension Unicode.Scalar {
    /// `U+0007`: how a message names a character that cannot be shown.
    var codePointDescription: String { CodePointName.of(self) }

    /// A control character TOML forbids in strings and comments; tab is allowed everywhere.
    var isForbiddenControl: Bool {
        (value < 0x20 && self != "\t") || value == 0x7F
    }
}
