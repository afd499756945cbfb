import RiposteCore

/// The keys of the screen the user came from, generated from the active keymap and the command table.
enum HelpView {
    /// One help line per command the screen offers: its keys, its name, what it does.
    static func lines(for context: Context, keymap: Keymap, note: Bool = false)
        -> [(keys: String, command: String, help: String)] {
        Command.offered(in: context, note: note).map { command, declaration in
            let keys = keymap.keys(for: command, in: context).map(\.description)
            return (keys.isEmpty ? "(unbound)" : keys.joined(separator: ", "), declaration.name, declaration.help)
        }
    }

    static func render(_ state: AppState, theme: Theme, into screen: inout Screen) {
        guard let context = state.helpFor else { return }
        Bars.title("Riposte · Keys of the \(context.title.lowercased()) screen", right: "keymap \(state.keymap.name)",
                   theme: theme, into: &screen)
        var rows = lines(for: context, keymap: state.keymap, note: state.editor?.writesNote == true)
        if context != .help {
            rows += lines(for: .help, keymap: state.keymap).map { ($0.keys, $0.command, "Close this help") }
        }
        let keyWidth = min(28, rows.map { DisplayText.width(of: $0.keys) }.max() ?? 0)
        let commandWidth = rows.map { DisplayText.width(of: $0.command) }.max() ?? 0
        for (offset, entry) in rows.prefix(screen.height - 3).enumerated() {
            let row = 2 + offset
            var x = screen.put(DisplayText.fit(DisplayText.singleLine(entry.keys), width: keyWidth), row: row,
                               column: 2, style: theme[.author])
            x = screen.put(DisplayText.fit(DisplayText.singleLine(entry.command), width: commandWidth), row: row,
                           column: x + 2, style: theme[.dim])
            screen.put(entry.help, row: row, column: x + 2, style: theme[.row])
        }
        Bars.status(state, theme: theme, into: &screen)
    }
}
