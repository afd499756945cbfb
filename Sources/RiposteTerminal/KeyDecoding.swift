import CNCursesW
import RiposteUI

/// What get_wch returned, as a key Riposte understands.
enum KeyDecoding {
    static func character(_ value: UInt32) -> KeyPress? {
        switch value {
        case 0x0D, 0x0A: return .enter
        case 0x1B: return .escape
        case 0x09: return .tab
        case 0x7F: return .backspace
        case 0x1F: return .control("_")
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(value + 0x60)!))
        case 0x00, 0x1C...0x1E, 0x80...0x9F: return nil
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }

    /// The key after an Esc that came on its own: Alt sends Esc then the key.
    static func meta(_ value: UInt32) -> KeyPress? {
        if value == 0x7F || value == 0x08 { return .metaBackspace }
        guard case let .character(character)? = character(value) else { return nil }
        return .meta(character)
    }

    static func functionKey(_ code: Int32, extra: [Int32: KeyPress]) -> KeyPress? {
        if let key = extra[code] { return key }
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END, KEY_LL: return .end
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BACKSPACE: return .backspace
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_F0 + 1...KEY_F0 + 12: return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// Sequences xterm-like terminals send that terminfo may not name: Ctrl with arrows, and bracketed paste.
    static let sequences: [(String, Sequence)] = [
        ("\u{1B}[1;5D", .key(.controlLeft)), ("\u{1B}[1;5C", .key(.controlRight)),
        ("\u{1B}[1;5H", .key(.controlHome)), ("\u{1B}[1;5F", .key(.controlEnd)),
        ("\u{1B}[200~", .pasteStart), ("\u{1B}[201~", .pasteEnd),
    ]

    enum Sequence: Hashable {
        case key(KeyPress)
        case pasteStart
        case pasteEnd
    }

    /// Teaches ncurses the sequences above, reusing the code terminfo gave one if it has; returns code → meaning.
    static func defineSequences() -> [Int32: Sequence] {
        var codes: [Int32: Sequence] = [:]
        var next = KEY_MAX + 1
        for (text, meaning) in sequences {
            var code = key_defined(text)
            if code <= 0 {
                code = next
                next += 1
                define_key(text, code)
            }
            codes[code] = meaning
        }
        return codes
    }
}
