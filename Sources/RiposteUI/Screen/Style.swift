/// A terminal colour as a theme names it.
public enum Color: Hashable, Sendable {
    /// The terminal's own default, so Riposte follows the user's terminal theme.
    case `default`
    /// One of the 16 colours the user's terminal palette defines (0-7 normal, 8-15 bright).
    case ansi(UInt8)
    /// One of the 256 indexed colours.
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)
}

/// How a cell is drawn: colours and attributes.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var dim: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(foreground: Color = .default, background: Color = .default, bold: Bool = false, dim: Bool = false,
                underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
    }

    public static let plain = Style()

    /// This style with `other` laid over it: its colours where it sets one, its attributes added.
    public func overlaid(with other: Style) -> Style {
        Style(foreground: other.foreground == .default ? foreground : other.foreground,
              background: other.background == .default ? background : other.background,
              bold: bold || other.bold, dim: dim || other.dim,
              underline: underline || other.underline, reverse: reverse || other.reverse)
    }
}
