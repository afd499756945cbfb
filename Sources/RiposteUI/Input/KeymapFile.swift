import RiposteCore

/// Keymap files: one table per screen, one line per key, `key = "command.name"`.
///
/// ```toml
/// [queue]
/// j = "queue.next"
/// "?" = "help.show"
/// ```
public enum KeymapFile {
    /// Reads a keymap over `base`: each line rebinds one key, everything else keeps `base`'s binding.
    public static func parse(_ text: String, file: String, name: String, over base: Keymap = Keymap(name: ""))
        throws(SourceErrors) -> Keymap {
        try TOMLTableReader.read(text, file: file) { root in
            var keymap = base
            keymap.name = name
            for section in root.entries() {
                guard let context = Context(rawValue: section.key) else {
                    var message = "unknown screen \"\(section.key)\""
                    if let close = NameSuggestion.closest(to: section.key, among: Context.allCases.map(\.rawValue)) {
                        message += "; did you mean \"\(close)\"?"
                    } else {
                        message += " (screens: \(Context.allCases.map(\.rawValue).joined(separator: ", ")))"
                    }
                    root.collector.add(message, at: section.keyPosition)
                    continue
                }
                guard case let .table(table) = section.node.value else {
                    root.collector.add("[\(section.key)] must be a table of key = \"command\" lines",
                                       at: section.node.position)
                    continue
                }
                let reader = TOMLTableReader(table, collector: root.collector)
                for binding in reader.entries() {
                    read(binding, context: context, into: &keymap, reader: reader)
                }
            }
            return keymap
        }
    }

    static func read(_ binding: TOMLTable.Entry, context: Context, into keymap: inout Keymap, reader: TOMLTableReader) {
        guard let key = KeyPress(name: binding.key) else {
            reader.collector.add("unknown key \"\(binding.key)\"; write a character, C-x, M-x, F1-F12 or one of "
                                 + KeyPress.namedKeys.map(\.0).joined(separator: ", "), at: binding.keyPosition)
            return
        }
        guard case let .string(name) = binding.node.value else {
            reader.collector.add("a binding is a command name in quotes, like \"queue.next\"", at: binding.node.position)
            return
        }
        guard let command = Command(rawValue: name) else {
            var message = "unknown command \"\(name)\""
            if let close = NameSuggestion.closest(to: name, among: Command.allCases.map(\.rawValue)) {
                message += "; did you mean \"\(close)\"?"
            }
            reader.collector.add(message, at: binding.node.position)
            return
        }
        guard command.contexts.contains(context) else {
            let screens = command.contexts.map(\.rawValue).sorted().joined(separator: ", ")
            reader.collector.add("\(name) does not work on the \(context.rawValue) screen (only: \(screens))",
                                 at: binding.node.position)
            return
        }
        keymap.bind(key, to: command, in: context)
    }
}
