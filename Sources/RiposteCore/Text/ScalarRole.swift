/// What one scalar of a post is, for deciding whether and how it reaches the terminal.
enum ScalarRole: Equatable {
    /// C0, DEL or C1: never printed, shown as a placeholder.
    case control
    /// U+2028 and U+2029, which glibc will not print.
    case lineBreak
    /// Bidi embeddings, overrides, isolates and marks: they could reorder the rest of the row.
    case bidiControl
    /// Format and default-ignorable scalars (ZWSP, joiners, BOM, tags, variation selectors, fillers).
    case invisible
    /// Unassigned, noncharacter, private use, or unknown to this glibc: its width is anyone's guess.
    case unprintable
    /// glibc width 0: rides on the spacing scalar before it in the same cell.
    case nonSpacing
    /// glibc width 1 or 2.
    case spacing(Int)

    init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { self = .control; return }
        if value < 0x7F { self = .spacing(1); return }
        if value == 0x2028 || value == 0x2029 { self = .lineBreak; return }
        if ScalarRole.isBidiControl(value) { self = .bidiControl; return }
        let properties = scalar.properties
        let width = GlibcWidth.of(scalar)
        // Prepended concatenation marks (Arabic number sign ...) are format characters that glibc prints.
        if ScalarRole.prependedConcatenationMarks.contains(value), width > 0 { self = .spacing(width); return }
        if properties.isDefaultIgnorableCodePoint || properties.generalCategory == .format {
            self = .invisible
            return
        }
        switch properties.generalCategory {
        case .unassigned, .privateUse, .surrogate:
            // Private use is East Asian Ambiguous and drawn at any width by icon fonts.
            self = .unprintable
            return
        default:
            break
        }
        if properties.isNoncharacterCodePoint || width < 0 { self = .unprintable; return }
        self = width == 0 ? .nonSpacing : .spacing(width)
    }

    /// U+202A–U+202E, U+2066–U+2069, LRM, RLM and the Arabic letter mark.
    static func isBidiControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            || value == 0x200E || value == 0x200F || value == 0x061C
    }

    static let prependedConcatenationMarks: Set<UInt32> = [
        0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06DD, 0x070F, 0x0890, 0x0891, 0x08E2, 0x110BD, 0x110CD,
    ]
}
