import CNCursesW
import Foundation
import Glibc
import RiposteUI

/// The real terminal: ncursesw owns the screen while Riposte runs and gives it back exactly as it was.
///
/// Only this target sees ncurses. It copies Riposte's Screen into stdscr cell by cell (ncurses then sends only
/// the difference to the terminal), decodes keys, and follows resizes.
public final class NCursesTerminal: TerminalDevice {
    private var pairs: ColorPairs
    private var shown: Screen?
    /// The bells rung and the last copy sent, kept apart from `shown`, which a hand-over forgets.
    private var bellsRung = 0
    private var copySent: Int?
    private var isOpen = true
    private let sequences: [Int32: KeyDecoding.Sequence]
    private let extraKeys: [Int32: KeyPress]

    /// Takes over the terminal; `colors: false` draws with attributes only (NO_COLOR).
    public init(colors: Bool, mouse: Bool = false) {
        TerminalRestore.saveModes()
        TerminalRestore.installHandlers()
        setlocale(LC_ALL, "")
        initscr()
        TerminalRestore.prepareResetSequence()
        cbreak()
        noecho()
        nonl()
        keypad(riposte_stdscr(), true)
        // Ctrl-S sends a reply: take it (and Ctrl-Q) back from terminal flow control; keep Ctrl-C as a signal.
        var modes = termios()
        if tcgetattr(STDIN_FILENO, &modes) == 0 {
            modes.c_iflag &= ~tcflag_t(IXON)
            tcsetattr(STDIN_FILENO, TCSANOW, &modes)
        }
        // Esc leaves the editor: don't make the user wait a second for ncurses to decide it isn't a sequence.
        set_escdelay(25)
        if colors, has_colors() {
            start_color()
            use_default_colors()
        }
        if mouse {
            mousemask(riposte_mouse_events(), nil)
            // A click is a press: no waiting to see whether a release or a double click follows.
            mouseinterval(0)
        }
        pairs = ColorPairs(enabled: colors)
        sequences = KeyDecoding.defineSequences()
        extraKeys = sequences.compactMapValues { if case let .key(key) = $0 { key } else { nil } }
        curs_set(0)
        // Pasted text arrives marked, so it is typed as text and never run as keys.
        putp(TerminalRestore.bracketedPasteOn)
    }

    deinit {
        close()
    }

    /// Gives the terminal back: leaves full screen and restores the modes the user had.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        TerminalRestore.discardPendingInput()
        putp(TerminalRestore.bracketedPasteOff)
        endwin()
        TerminalRestore.restoreModes()
    }

    public var width: Int { Int(riposte_cols()) }
    public var height: Int { Int(riposte_lines()) }
    public var stopRequested: Bool { TerminalRestore.stopSignal != 0 }
    /// The signal that asked Riposte to stop, if one did: the process exits with 128 plus its number.
    public var stopSignal: Int32? { TerminalRestore.stopSignal == 0 ? nil : TerminalRestore.stopSignal }

    public func draw(_ screen: Screen) {
        let window = riposte_stdscr()
        let full = shown.map { $0.width != screen.width || $0.height != screen.height } ?? true
        if full { werase(window) }
        for row in 0..<min(screen.height, height) {
            for column in 0..<min(screen.width, width) {
                let cell = screen[row, column]
                if cell.isContinuation { continue }
                if !full, let shown, shown[row, column] == cell { continue }
                put(cell, row: row, column: column, window: window)
            }
        }
        if let cursor = screen.cursor {
            wmove(window, Int32(cursor.row), Int32(cursor.column))
            curs_set(1)
        } else {
            curs_set(0)
        }
        wrefresh(window)
        if screen.bells > bellsRung { beep() }
        bellsRung = screen.bells
        if let copy = screen.clipboard, copy.serial != copySent {
            copySent = copy.serial
            // OSC 52: the terminal puts the text on the clipboard. Links are built from checked ids only.
            let sequence = Array("\u{1B}]52;c;\(Data(copy.text.utf8).base64EncodedString())\u{07}".utf8)
            _ = sequence.withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
        }
        shown = screen
    }

    public func handOver(_ body: () -> Void) {
        putp(TerminalRestore.bracketedPasteOff)
        def_prog_mode()
        endwin()
        TerminalRestore.restoreModes()
        body()
        reset_prog_mode()
        putp(TerminalRestore.bracketedPasteOn)
        // Whatever the program left on the screen goes: the next draw paints every cell.
        shown = nil
        clearok(riposte_stdscr(), true)
    }

    private func put(_ cell: Screen.Cell, row: Int, column: Int, window: UnsafeMutablePointer<WINDOW>?) {
        let (attributes, pair) = pairs.attributes(for: cell.style)
        // One spacing character and its non-spacing marks, as the text engine made them; never raw post text.
        var characters = cell.text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        if characters.isEmpty { characters = [wchar_t(32)] }
        characters.append(0)
        var value = cchar_t()
        setcchar(&value, characters, attributes, pair, nil)
        mvwadd_wch(window, Int32(row), Int32(column), &value)
    }

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        let window = riposte_stdscr()
        wtimeout(window, Int32(timeoutMilliseconds))
        var value: wint_t = 0
        switch wget_wch(window, &value) {
        case OK:
            if value == 0x1B, let meta = afterEscape() { return .key(meta) }
            return KeyDecoding.character(UInt32(value)).map(InputEvent.key)
        case KEY_CODE_YES:
            let code = Int32(value)
            if code == KEY_RESIZE {
                shown = nil
                return .resize(width: width, height: height)
            }
            if code == KEY_MOUSE { return mouseEvent() }
            if sequences[code] == .pasteStart { return .paste(readPaste()) }
            return KeyDecoding.functionKey(code, extra: extraKeys).map(InputEvent.key)
        default:
            return nil
        }
    }

    private func mouseEvent() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let kind: MouseEvent.Kind? = switch riposte_mouse_kind(event.bstate) {
        case 1: .click
        case 4: .wheelUp
        case 5: .wheelDown
        default: nil
        }
        return kind.map { .mouse(MouseEvent($0, row: Int(event.y), column: Int(event.x))) }
    }

    /// An Esc followed at once by a key is Alt with that key; anything else is put back for the next read.
    private func afterEscape() -> KeyPress? {
        let window = riposte_stdscr()
        wtimeout(window, 0)
        var value: wint_t = 0
        switch wget_wch(window, &value) {
        case OK:
            if let meta = KeyDecoding.meta(UInt32(value)) { return meta }
            unget_wch(wchar_t(bitPattern: UInt32(value)))
        case KEY_CODE_YES:
            ungetch(Int32(value))
        default:
            break
        }
        return nil
    }

    /// The text between the terminal's paste markers.
    private func readPaste() -> String {
        let window = riposte_stdscr()
        wtimeout(window, 200)
        var text = String.UnicodeScalarView()
        var value: wint_t = 0
        while true {
            let result = wget_wch(window, &value)
            if result == KEY_CODE_YES, sequences[Int32(value)] == .pasteEnd { break }
            if result == KEY_CODE_YES, Int32(value) == KEY_ENTER { text.append("\n"); continue }
            guard result == OK else {
                if result == ERR { break }
                continue
            }
            let scalar = UInt32(value) == 0x0D ? "\n" : Unicode.Scalar(UInt32(value))
            if let scalar { text.append(scalar) }
        }
        return String(text)
    }
}
