import ArgumentParser
import Foundation
import RiposteApp
import RiposteCore
import RiposteUI

/// `riposte keys`: the `?` help of every screen, for a keymap, as text to read or print.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print the keys of every screen, as ? shows them; problems in the keymap's files go to stderr.")

    @Option(name: .customLong("keymap"), help: ArgumentHelp(
        "The keymap: default, vim, emacs, or your own from $XDG_CONFIG_HOME/riposte/keymaps/.", valueName: "name"))
    var keymapName = "default"

    @Option(help: ArgumentHelp("Only this screen: \(Context.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "name"))
    var context: String?

    func run() throws {
        var contexts = Context.allCases
        if let context {
            guard let chosen = Context(rawValue: context) else {
                var message = "--context \(context): no such screen"
                if let close = NameSuggestion.closest(to: context, among: Context.allCases.map(\.rawValue)) {
                    message += "; did you mean \(close)?"
                }
                throw fail(message + " (screens: \(Context.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            contexts = [chosen]
        }
        var warnings: [String] = []
        let keymap = Startup.keymap(named: keymapName, userFolder: RipostePaths().userKeymaps, warnings: &warnings)
        // A name that names nothing: the error alone, not the default keymap's keys under it.
        if keymap.name != Open.bareName(keymapName) {
            throw fail(warnings.last { $0.contains("keymap") } ?? "no keymap \"\(keymapName)\"")
        }
        show(Self.text(keymap, contexts: contexts), terminator: "")
        // Like a compiler: the keys still print, and the status says the files need a look.
        for warning in warnings { warn(warning) }
        if !warnings.isEmpty { throw ExitCode(1) }
    }

    /// One block per screen: its title and name, then a line per command with its keys, its name and its help.
    static func text(_ keymap: Keymap, contexts: [Context]) -> String {
        var text = "Keymap \(keymap.name)\n"
        for context in contexts {
            let lines = keymap.helpLines(for: context)
            let keyWidth = lines.map { DisplayText.width(of: $0.keys) }.max() ?? 0
            let commandWidth = lines.map { DisplayText.width(of: $0.command) }.max() ?? 0
            text += "\n\(context.title) [\(context.rawValue)]\n"
            for line in lines {
                text += "  \(padded(line.keys, keyWidth))  \(padded(line.command, commandWidth))  \(line.help)\n"
            }
        }
        return text
    }

    /// `text` in exactly `width` columns, measured the way the screen measures it.
    static func padded(_ text: String, _ width: Int) -> String {
        // A glyph degraded to one cell keeps its second cell blank, as on screen.
        DisplayText.fit(DisplayText.glyphs(text), width: width)
            .map { $0.text + String(repeating: " ", count: $0.width - $0.textWidth) }.joined()
    }
}
