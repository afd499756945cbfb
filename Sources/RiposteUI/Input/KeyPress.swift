/// A key as the user pressed it, named the way keymap files write it (`j`, `C-s`, `Enter`, `PageDown`).
public enum KeyPress: Hashable, Sendable, CustomStringConvertible {
    /// A printable character, typed or from an input method (emoji, CJK).
    case character(Character)
    /// Ctrl with a letter: `C-s`.
    case control(Character)
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, pageUp, pageDown, home, end
    case function(Int)

    static let namedKeys: [(String, KeyPress)] = [
        ("Enter", .enter), ("Esc", .escape), ("Tab", .tab), ("BackTab", .backTab), ("Backspace", .backspace),
        ("Delete", .delete), ("Insert", .insert), ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("PageUp", .pageUp), ("PageDown", .pageDown), ("Home", .home), ("End", .end), ("Space", .character(" ")),
    ]

    /// The key's name in keymap files and in help.
    public var description: String {
        if let (name, _) = Self.namedKeys.first(where: { $0.1 == self }) { return name }
        switch self {
        case let .character(character): return String(character)
        case let .control(letter): return "C-\(letter)"
        case let .function(number): return "F\(number)"
        default: return "?"
        }
    }

    /// The key a keymap file names, or nil if the name means nothing.
    public init?(name: String) {
        if let (_, key) = Self.namedKeys.first(where: { $0.0 == name }) {
            self = key
        } else if name.count == 3, name.hasPrefix("C-"), let letter = name.last, letter.isLetter, letter.isLowercase,
                  letter.isASCII {
            self = .control(letter)
        } else if name.count >= 2, name.first == "F", let number = Int(name.dropFirst()), (1...12).contains(number) {
            self = .function(number)
        } else if name.count == 1, let character = name.first, !character.isWhitespace,
                  character.unicodeScalars.allSatisfy({ $0.properties.generalCategory != .control }) {
            self = .character(character)
        } else {
            return nil
        }
    }
}

/// Something the terminal reports: a key, or a new size.
public enum InputEvent: Hashable, Sendable {
    case key(KeyPress)
    case resize(width: Int, height: Int)
}
