import Foundation
import RiposteCore

/// The title bar on top and the status bar at the bottom of every screen.
enum Bars {
    static func title(_ text: String, right: String = "", theme: Theme, into screen: inout Screen) {
        screen.fill(row: 0, style: theme[.title])
        let rightGlyphs = DisplayText.truncate(DisplayText.glyphs(right), width: max(0, screen.width / 2))
        let rightWidth = rightGlyphs.reduce(0) { $0 + $1.width }
        let leftLimit = screen.width - rightWidth - (rightWidth > 0 ? 1 : 0)
        screen.put(DisplayText.truncate(DisplayText.glyphs(" " + text), width: leftLimit), row: 0, column: 0,
                   style: theme[.title])
        screen.put(rightGlyphs, row: 0, column: screen.width - rightWidth - 1, style: theme[.title])
    }

    /// The state's message if there is one, otherwise the few keys that matter here, read from the keymap.
    static func status(_ state: AppState, theme: Theme, into screen: inout Screen, right: [Glyph] = [],
                       rightStyle: Style? = nil) {
        let row = screen.height - 1
        screen.fill(row: row, style: theme[.statusBar])
        let rightWidth = right.reduce(0) { $0 + $1.width }
        let limit = max(0, screen.width - rightWidth - 1)
        if let message = state.message {
            let style = message.isError ? theme[.error] : theme[.message]
            screen.fill(row: row, to: limit, style: style)
            screen.put(DisplayText.truncate([Glyph.space] + DisplayText.singleLine(message.text), width: limit), row: row,
                       column: 0, style: style)
        } else {
            var column = 1
            for (command, label) in hints(for: state.context, note: state.editor?.writesNote == true) {
                guard let key = state.keymap.keys(for: command, in: state.context).first else { continue }
                let keyText = " \(key) ", labelText = " \(label)  "
                guard column + DisplayText.width(of: keyText + labelText) <= limit else { break }
                column = screen.put(keyText, row: row, column: column, style: theme[.key])
                column = screen.put(labelText, row: row, column: column, style: theme[.statusBar])
            }
        }
        screen.put(right, row: row, column: screen.width - rightWidth - 1, style: rightStyle ?? theme[.statusBar])
    }

    /// Over the status bar's right end, however busy the screen: the store has not answered for a while.
    static func storeSlow(since: Date, now: Date, theme: Theme, into screen: inout Screen) {
        let seconds = max(1, Int(now.timeIntervalSince(since)))
        let text = DisplayText.glyphs(" waiting for the store · \(seconds) s ")
        let width = text.reduce(0) { $0 + $1.width }
        guard width < screen.width else { return }
        screen.put(text, row: screen.height - 1, column: screen.width - width, style: theme[.error])
    }

    /// What a message over the bar's right end leaves of the bar's start.
    static let hintsRoom = 24

    /// Over the status bar's right end: a brand account's mentions are not coming in (or replies not going out).
    static func connectorTrouble(_ trouble: String, more: Int, theme: Theme, into screen: inout Screen) {
        let text = DisplayText.glyphs(" ") + DisplayText.singleLine(trouble + (more > 0 ? " (+\(more))" : ""))
            + DisplayText.glyphs(" ")
        var width = 0
        let fitting = text.prefix { glyph in
            width += glyph.width
            return width <= screen.width - Self.hintsRoom
        }
        let shown = fitting.reduce(0) { $0 + $1.width }
        screen.put(Array(fitting), row: screen.height - 1, column: screen.width - shown, style: theme[.error])
    }

    /// The commands the status bar offers on a screen, with the word it shows for each, in their declared places.
    static func hints(for context: Context, note: Bool = false) -> [(Command, String)] {
        Command.offered(in: context, note: note)
            .compactMap { offered in offered.declaration.bar[context].map { (offered.command, $0) } }
            .sorted { $0.1.place < $1.1.place }
            .map { ($0.0, $0.1.text) }
    }
}
