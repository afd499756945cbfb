import CNCursesW
import RiposteUI

/// Turns Riposte's styles into ncurses attributes and colour pairs, allocating pairs as styles first appear.
struct ColorPairs {
    let colors: Int
    let enabled: Bool
    var pairs: [Pair: Int16] = [:]

    struct Pair: Hashable {
        var foreground: Int32
        var background: Int32
    }

    init(enabled: Bool) {
        self.enabled = enabled && has_colors()
        colors = Int(riposte_colors())
    }

    mutating func attributes(for style: Style) -> (attr_t, Int16) {
        var attributes = riposte_a_normal()
        if style.bold { attributes |= riposte_a_bold() }
        if style.dim { attributes |= riposte_a_dim() }
        if style.underline { attributes |= riposte_a_underline() }
        if style.reverse { attributes |= riposte_a_reverse() }
        guard enabled else { return (attributes, 0) }
        let pair = Pair(foreground: number(style.foreground), background: number(style.background))
        if pair == Pair(foreground: -1, background: -1) { return (attributes, 0) }
        if let known = pairs[pair] { return (attributes, known) }
        let allocated = alloc_pair(pair.foreground, pair.background)
        let number = allocated > 0 && allocated <= Int32(Int16.max) ? Int16(allocated) : 0
        pairs[pair] = number
        return (attributes, number)
    }

    /// A colour as ncurses numbers it on this terminal: -1 is the terminal's default.
    func number(_ color: Color) -> Int32 {
        if colors > 256 { return directNumber(color) }
        switch color {
        case .default:
            return -1
        case let .ansi(index):
            // On an 8-colour terminal the bright colours fall back to their normal ones.
            return colors >= 16 ? Int32(index) : Int32(index % 8)
        case let .indexed(index):
            return colors >= 256 ? Int32(index) : number(.ansi(Self.nearestANSI(index: index)))
        case let .rgb(red, green, blue):
            return colors >= 256 ? Int32(Self.paletteIndex(red, green, blue)) : number(.ansi(Self.nearestANSI(
                index: Self.paletteIndex(red, green, blue))))
        }
    }

    /// On a direct-colour terminal (terminfo's RGB capability, such as xterm-direct) ncurses takes numbers from
    /// 8 up as 0xRRGGBB and only 0-7 as palette colours, so indexed and bright colours go by their xterm values.
    func directNumber(_ color: Color) -> Int32 {
        switch color {
        case .default:
            return -1
        case let .ansi(index) where index < 8, let .indexed(index) where index < 8:
            return Int32(index)
        case let .ansi(index), let .indexed(index):
            let (red, green, blue) = Self.xtermRGB(index)
            return directNumber(.rgb(red, green, blue))
        case let .rgb(red, green, blue):
            // 0-7 would be palette colours: the darkest blues stand in for them.
            return max(8, Int32(red) << 16 | Int32(green) << 8 | Int32(blue))
        }
    }

    /// The xterm 256-colour palette entry nearest to an RGB colour: from the 6×6×6 cube or the grey ramp.
    static func paletteIndex(_ red: UInt8, _ green: UInt8, _ blue: UInt8) -> UInt8 {
        let cube = cubeIndex(red, green, blue)
        let average = (Int(red) + Int(green) + Int(blue)) / 3
        let grey = UInt8(232 + min(23, max(0, (average - 3) / 10)))
        func distance(_ index: UInt8) -> Int {
            let (r, g, b) = xtermRGB(index)
            return [(Int(r), Int(red)), (Int(g), Int(green)), (Int(b), Int(blue))].reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        }
        return distance(grey) < distance(cube) ? grey : cube
    }

    /// The xterm 256-colour cube entry nearest to an RGB colour.
    static func cubeIndex(_ red: UInt8, _ green: UInt8, _ blue: UInt8) -> UInt8 {
        func level(_ value: UInt8) -> Int { value < 48 ? 0 : value < 115 ? 1 : (Int(value) - 35) / 40 }
        return UInt8(16 + 36 * level(red) + 6 * level(green) + level(blue))
    }

    /// What xterm shows for an indexed colour by default; the first 16 are the user's to change.
    static func xtermRGB(_ index: UInt8) -> (UInt8, UInt8, UInt8) {
        switch index {
        case 0..<16:
            let basic: [(UInt8, UInt8, UInt8)] = [
                (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
                (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
                (255, 0, 255), (0, 255, 255), (255, 255, 255),
            ]
            return basic[Int(index)]
        case 16..<232:
            let cube = Int(index) - 16
            func level(_ step: Int) -> UInt8 { step == 0 ? 0 : UInt8(55 + 40 * step) }
            return (level(cube / 36), level(cube / 6 % 6), level(cube % 6))
        default:
            let grey = UInt8(8 + 10 * (Int(index) - 232))
            return (grey, grey, grey)
        }
    }

    /// A rough 16-colour stand-in for an indexed colour.
    static func nearestANSI(index: UInt8) -> UInt8 {
        if index < 16 { return index }
        if index >= 232 { return index < 244 ? 8 : 7 }
        let cube = Int(index) - 16
        let red = cube / 36 >= 3 ? 1 : 0, green = cube / 6 % 6 >= 3 ? 2 : 0, blue = cube % 6 >= 3 ? 4 : 0
        return UInt8(red + green + blue)
    }
}
