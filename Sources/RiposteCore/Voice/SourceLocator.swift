/// Finds text in a file by its lines, so an error about part of a string value points at that
/// part rather than at the string's opening quote. Columns are counted in Characters, as the
/// TOML parser counts them.
struct SourceLocator {
    private let lines: [[Character]]

    init(_ text: String) {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        lines = body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map(Array.init)
    }

    /// Where the `occurrence`-th (from 0) copy of `needle` starts, searching from `start` on;
    /// nil if the file does not hold it as written (it was spelled with escapes).
    func position(of needle: String, occurrence: Int, from start: SourcePosition) -> SourcePosition? {
        let needle = Array(needle)
        var remaining = occurrence
        var column = max(0, start.column - 1)
        for lineIndex in max(0, start.line - 1)..<lines.count {
            let line = lines[lineIndex]
            while column + needle.count <= line.count {
                if line[column..<column + needle.count].elementsEqual(needle) {
                    if remaining == 0 { return SourcePosition(line: lineIndex + 1, column: column + 1) }
                    remaining -= 1
                }
                column += 1
            }
            column = 0
        }
        return nil
    }
}
