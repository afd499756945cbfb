/// One terminal cell's worth of a post: what is handed to ncurses as one cchar, and the cells Riposte reserves for it.
public struct Glyph: Hashable, Sendable {
    /// One spacing scalar and at most four non-spacing ones (ncurses' CCHARW_MAX is 5), already safe to print.
    public let text: String
    /// What glibc's wcwidth, and so ncurses, advances for `text`: 1 or 2.
    public let textWidth: Int
    /// Cells reserved: `textWidth`, or 2 where a 1-cell degrade is followed by one blank cell.
    public let width: Int
    /// A visible stand-in for something unsafe or invisible; views dim it.
    public let isPlaceholder: Bool

    init(_ text: String, textWidth: Int, width: Int? = nil, isPlaceholder: Bool = false) {
        self.text = text
        self.textWidth = textWidth
        self.width = width ?? textWidth
        self.isPlaceholder = isPlaceholder
    }

    /// A blank cell, used for padding.
    public static let space = Glyph(" ", textWidth: 1)
    /// The mark that ends a truncated row.
    public static let ellipsis = Glyph("…", textWidth: 1)
}
