/// The visible stand-ins for what must not reach the terminal raw.
///
/// Each is 1 cell in glibc and East Asian Neutral, so no terminal setting ("ambiguous is wide")
/// can move the columns after it.
enum Placeholder {
    /// C0 controls as their Control Picture (␛ for ESC), DEL as ␡, every C1 control as ␦.
    static func control(_ scalar: Unicode.Scalar) -> Glyph {
        let value = scalar.value
        let picture: UInt32 = value < 0x20 ? 0x2400 + value : (value == 0x7F ? 0x2421 : 0x2426)
        return Glyph(String(Unicode.Scalar(picture)!), textWidth: 1, isPlaceholder: true)
    }

    /// CR LF, U+2028 and U+2029 where a line cannot break.
    static let lineBreak = Glyph("␤", textWidth: 1, isPlaceholder: true)
    /// A bidi embedding, override, isolate or mark, which would otherwise reorder the row.
    static let bidiControl = Glyph("⇆", textWidth: 1, isPlaceholder: true)
    /// A zero-width or invisible character that could hide a spoof (ZWSP, lone joiner, BOM, filler).
    static let invisible = Glyph("◌", textWidth: 1, isPlaceholder: true)
    /// Something with no agreed width: unassigned, noncharacter, private use, unknown to glibc.
    static let unprintable = Glyph("⍰", textWidth: 1, isPlaceholder: true)
    /// An emoji newer than glibc's table, which terminals draw 2 wide and glibc refuses to print.
    static let unprintableWide = Glyph("⍰", textWidth: 1, width: 2, isPlaceholder: true)
}
