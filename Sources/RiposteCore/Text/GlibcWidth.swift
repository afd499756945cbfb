/// The width glibc's wcwidth gives a code point under a UTF-8 locale, read from the generated table.
///
/// ncursesw advances the cursor by exactly this for the spacing character of a cell, so it is the
/// only width Riposte may assume for what it hands over. Never calls wcwidth at run time.
enum GlibcWidth {
    /// -1 (glibc will not print it), 0 (combines with the previous character), 1 or 2.
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        let starts = GlibcWidthTable.starts
        var low = 0
        var high = starts.count
        // The last run starting at or before `value`.
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= value { low = middle + 1 } else { high = middle }
        }
        let run = low - 1
        guard run >= 0, value <= GlibcWidthTable.ends[run] else { return 1 }
        return Int(GlibcWidthTable.widths[run])
    }
}
