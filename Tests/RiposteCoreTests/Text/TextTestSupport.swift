@testable import RiposteCore

/// A row as the terminal shows it: each glyph's text, and a blank where a 1-cell degrade reserves 2.
func render(_ glyphs: [Glyph]) -> String {
    glyphs.map { $0.text + String(repeating: " ", count: $0.width - $0.textWidth) }.joined()
}

/// Lines as the terminal shows them, joined with "|" so a failure reads as the screen.
func render(_ lines: [[Glyph]]) -> String {
    lines.map(render).joined(separator: "|")
}

/// Why `glyph` breaks the contract ncurses relies on, or nil when it keeps it: one spacing scalar
/// whose glibc width is `textWidth`, then at most four non-spacing ones, nothing that controls the terminal.
func contractViolation(_ glyph: Glyph) -> String? {
    let scalars = Array(glyph.text.unicodeScalars)
    guard let first = scalars.first else { return "empty text" }
    if !(1...2).contains(glyph.width) || !(1...2).contains(glyph.textWidth) || glyph.textWidth > glyph.width {
        return "widths \(glyph.textWidth)/\(glyph.width)"
    }
    if GlibcWidth.of(first) != glyph.textWidth { return "spacing scalar U+\(hex(first)) is not \(glyph.textWidth) wide" }
    if scalars.count - 1 > 4 { return "\(scalars.count - 1) non-spacing scalars" }
    for scalar in scalars.dropFirst() where GlibcWidth.of(scalar) != 0 {
        return "second spacing scalar U+\(hex(scalar))"
    }
    for scalar in scalars where !prependedConcatenationMarks.contains(scalar.value) {
        let category = scalar.properties.generalCategory
        if category == .control || category == .format || category == .privateUse || category == .unassigned
            || scalar.properties.isDefaultIgnorableCodePoint || scalar.properties.isNoncharacterCodePoint {
            return "unsafe scalar U+\(hex(scalar))"
        }
    }
    return nil
}

/// Format characters that are visible and printed by glibc (the Arabic number sign and its kin).
let prependedConcatenationMarks: Set<UInt32> = [
    0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06DD, 0x070F, 0x0890, 0x0891, 0x08E2, 0x110BD, 0x110CD,
]

func hex(_ scalar: Unicode.Scalar) -> String {
    String(scalar.value, radix: 16, uppercase: true)
}
