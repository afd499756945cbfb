/// Decides, for one grapheme cluster, exactly what ncurses gets and how many cells Riposte reserves.
///
/// ncursesw keeps one spacing character and at most four non-spacing ones per cell and advances by
/// glibc's wcwidth of the spacing one; terminals disagree with glibc on emoji sequences (tmux draws a
/// ZWJ family in 2 cells, glibc counts 6). So every cluster is reduced to a cell whose width glibc and
/// the terminal agree on, degrading emoji sequences the same way every time.
enum ClusterGlyph {
    static let maxNonSpacing = 4

    static func glyph(for character: Character) -> Glyph {
        let scalars = Array(character.unicodeScalars)
        let first = scalars[0]
        if scalars.count == 1, first.value >= 0x20, first.value < 0x7F {
            return Glyph(String(character), textWidth: 1)
        }
        if EmojiSequence.isRegionalIndicator(first) { return flag }
        if let keycap = keycap(scalars) { return keycap }
        if let base = emojiBase(scalars) { return emoji(base) }
        return plain(scalars)
    }

    /// Flags are two regional indicators: glibc gives each 1 cell, ncurses keeps only the first,
    /// and terminals that treat a lone indicator as emoji draw it 2 wide. ⚑ plus a blank is the
    /// same 2 cells everywhere.
    static let flag = Glyph("⚑", textWidth: 1, width: 2)

    /// A keycap (1️⃣) is digit + FE0F + U+20E3: glibc says 1, emoji terminals draw 2. The fullwidth
    /// digit is 2 in every terminal.
    static func keycap(_ scalars: [Unicode.Scalar]) -> Glyph? {
        guard scalars.contains("\u{20E3}"), let face = fullwidthKeycapFaces[scalars[0]] else { return nil }
        return Glyph(String(face), textWidth: 2)
    }

    static let fullwidthKeycapFaces: [Unicode.Scalar: Unicode.Scalar] = {
        var faces: [Unicode.Scalar: Unicode.Scalar] = ["#": "\u{FF03}", "*": "\u{FF0A}"]
        for digit in 0x30...0x39 { faces[Unicode.Scalar(UInt8(digit))] = Unicode.Scalar(UInt32(0xFF10 + digit - 0x30))! }
        return faces
    }()

    /// The first emoji of a cluster that asks for emoji presentation, or nil for plain text.
    static func emojiBase(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar? {
        let first = scalars[0]
        guard first.value >= 0x80, first.properties.isEmoji else { return nil }
        if scalars.count > 1, scalars[1] == EmojiSequence.textPresentation { return nil }
        if first.properties.isEmojiPresentation { return first }
        let asksForEmoji = scalars.dropFirst().contains {
            $0 == EmojiSequence.emojiPresentation || $0 == EmojiSequence.zeroWidthJoiner || EmojiSequence.isModifier($0)
        }
        return asksForEmoji ? first : nil
    }

    /// An emoji sequence keeps its first emoji (👍 of 👍🏽, 👨 of a family), as ncurses would; a
    /// text-default one (❤️, ☺️) loses its FE0F, so every terminal draws 1 cell, and a blank follows.
    static func emoji(_ base: Unicode.Scalar) -> Glyph {
        switch GlibcWidth.of(base) {
        case 2: Glyph(String(base), textWidth: 2)
        case 1: Glyph(String(base), textWidth: 1, width: 2)
        default: Placeholder.unprintableWide
        }
    }

    /// Text: the spacing scalar and up to four marks after it; joiners and selectors are dropped,
    /// and so is any second spacing scalar (ncurses' setcchar would drop it too).
    static func plain(_ scalars: [Unicode.Scalar]) -> Glyph {
        var text = String.UnicodeScalarView()
        var width = 1
        var marks = 0
        for (index, scalar) in scalars.enumerated() {
            let role = ScalarRole(scalar)
            if index == 0 {
                switch role {
                case .control:
                    return scalars.count == 2 && scalars[1] == "\n" ? Placeholder.lineBreak : Placeholder.control(scalar)
                case .lineBreak: return Placeholder.lineBreak
                case .bidiControl: return Placeholder.bidiControl
                case .invisible: return Placeholder.invisible
                case .unprintable:
                    return scalar.properties.isEmojiPresentation ? Placeholder.unprintableWide : Placeholder.unprintable
                case .nonSpacing:
                    // A mark with nothing to ride on gets a space, so ncurses has a spacing character.
                    text.append(" ")
                case .spacing(let spacing):
                    text.append(scalar)
                    width = spacing
                    continue
                }
            }
            switch role {
            case .nonSpacing:
                guard marks < maxNonSpacing else { continue }
                text.append(scalar)
                marks += 1
            case .invisible:
                continue
            default:
                return Glyph(String(text), textWidth: width)
            }
        }
        return Glyph(String(text), textWidth: width)
    }
}
