/// The one-line style language of theme files: `"[colour] [on colour] [bold] [dim] [underline] [reverse]"`.
///
/// Colours: `default`, the 16 terminal names (`red`, `bright-blue` ...), `color0`-`color255`, or `#rrggbb`.
public enum StyleSpec {
    public struct Problem: Error, Hashable {
        /// Offset, in characters, of the word that is wrong.
        public var offset: Int
        public var message: String
    }

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    public static func parse(_ spec: String) throws(Problem) -> Style {
        var style = Style()
        var sawForeground = false
        var expectBackground = false
        var onOffset = 0
        var offset = 0
        for word in spec.split(separator: " ", omittingEmptySubsequences: false) {
            defer { offset += word.count + 1 }
            if word.isEmpty { continue }
            if expectBackground {
                guard let color = color(named: word) else {
                    throw Problem(offset: offset, message: "unknown colour \"\(word)\" after \"on\"")
                }
                style.background = color
                expectBackground = false
                continue
            }
            switch word {
            case "on":
                expectBackground = true
                onOffset = offset
            case "bold": style.bold = true
            case "dim": style.dim = true
            case "underline": style.underline = true
            case "reverse": style.reverse = true
            case "plain": break
            default:
                guard let color = color(named: word) else {
                    throw Problem(offset: offset, message: "unknown colour or attribute \"\(word)\"")
                }
                guard !sawForeground else {
                    throw Problem(offset: offset, message: "a second foreground colour \"\(word)\"; write \"on \(word)\" for a background")
                }
                style.foreground = color
                sawForeground = true
            }
        }
        if expectBackground { throw Problem(offset: onOffset, message: "\"on\" needs a colour after it") }
        return style
    }

    static func color(named word: Substring) -> Color? {
        if word == "default" { return .default }
        if let index = names.firstIndex(of: String(word)) { return .ansi(UInt8(index)) }
        if word.hasPrefix("bright-"), let index = names.firstIndex(of: String(word.dropFirst(7))) {
            return .ansi(UInt8(index + 8))
        }
        if word.hasPrefix("color"), let index = UInt8(word.dropFirst(5)) { return .indexed(index) }
        if word.hasPrefix("#"), word.count == 7, let value = UInt32(word.dropFirst(), radix: 16) {
            return .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        }
        return nil
    }
}
