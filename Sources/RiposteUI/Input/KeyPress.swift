/// A key as the user pressed it, named the way keymap files write it (`j`, `C-s`, `M-f`, `Enter`, `C-Left`).
public enum KeyPress: Hashable, Sendable, CustomStringConvertible {
    /// A printable character, typed or from an input method (emoji, CJK).
    case character(Character)
    /// Ctrl with a letter, or `C-_` (what terminals send for Ctrl-/ too).
    case control(Character)
    /// Alt (Meta) with a character: `M-f`, sent by terminals as Esc then the character.
    case meta(Character)
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, pageUp, pageDown, home, end
    case controlLeft, controlRight, controlHome, controlEnd, metaBackspace
    case function(Int)

    static let namedKeys: [(String, KeyPress)] = [
        ("Enter", .enter), ("Esc", .escape), ("Tab", .tab), ("BackTab", .backTab), ("Backspace", .backspace),
        ("Delete", .delete), ("Insert", .insert), ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("PageUp", .pageUp), ("PageDown", .pageDown), ("Home", .home), ("End", .end), ("Space", .character(" ")),
        ("C-Left", .controlLeft), ("C-Right", .controlRight), ("C-Home", .controlHome), ("C-End", .controlEnd),
        ("M-Backspace", .metaBackspace),
    ]

    /// The key's name in keymap files and in help.
    public var description: String {
        if let (name, _) = Self.namedKeys.first(where: { $0.1 == self }) { return name }
        switch self {
        case let .character(character): return String(character)
        case let .control(letter): return "C-\(letter)"
        case let .meta(character): return "M-\(character)"
        case let .function(number): return "F\(number)"
        default: return "?"
        }
    }

    /// The key a keymap file names, or nil if the name means nothing.
    public init?(name: String) {
        if let (_, key) = Self.namedKeys.first(where: { $0.0 == name }) {
            self = key
        } else if name.count == 3, name.hasPrefix("C-"), let letter = name.last,
                  letter == "_" || (letter.isLetter && letter.isLowercase && letter.isASCII) {
            self = .control(letter)
        } else if name.count == 3, name.hasPrefix("M-"), let character = name.last, Self.isPrintable(character) {
            self = .meta(character)
        } else if name.count >= 2, name.first == "F", let number = Int(name.dropFirst()), (1...12).contains(number) {
            self = .function(number)
        } else if name.count == 1, let character = name.first, Self.isPrintable(character) {
            self = .character(character)
        } else {
            return nil
        }
    }

    static func isPrintable(_ character: Character) -> Bool {
        !character.isWhitespace && character.unicodeScalars.allSatisfy { $0.properties.generalCategory != .control }
    }
}

/// Something the terminal reports: a key, a paste, or a new size.
public enum InputEvent: Hashable, Sendable {
    case key(KeyPress)
    /// Text pasted in one go (bracketed paste): typed as text, never run as keys.
    case paste(String)
    case resize(width: Int, height: Int)
    /// With `--mouse`: a click on a cell, or the wheel turned over it.
    case mouse(MouseEvent)
}

public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case click, wheelUp, wheelDown
    }

    public var kind: Kind
    public var row: Int
    public var column: Int

    public init(_ kind: Kind, row: Int, column: Int) {
        self.kind = kind
        self.row = row
        self.column = column
    }
}
