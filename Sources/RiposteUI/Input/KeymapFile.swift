import RiposteCore

/// Keymap files: one table per screen, one line per key, `key = "command.name"`.
///
/// ```toml
/// [queue]
/// j = "queue.next"
/// "?" = "help.show"
/// ```
///
/// A file is read over another keymap and each line rebinds one key, so a file holds only what it changes and a
/// later line for the same key wins. Lines are read one at a time: a bad line is reported and skipped, and every
/// other line still loads.
public enum KeymapFile {
    /// Reads a keymap over `base`, keeping every good line; `errors` holds the bad ones, in file order.
    public static func load(_ text: String, file: String, name: String, over base: Keymap = Keymap(name: ""))
        -> (keymap: Keymap, errors: [SourceError]) {
        var reading = Reading(keymap: base, collector: SourceErrorCollector(file: file))
        reading.keymap.name = name
        let lines = TOMLParser.withoutByteOrderMark(text).split(omittingEmptySubsequences: false) {
            $0 == "\n" || $0 == "\r\n"
        }
        for (index, line) in lines.enumerated() {
            let content = line.drop { $0 == " " || $0 == "\t" }
            if content.isEmpty || content.first == "#" { continue }
            let table: TOMLTable
            do {
                table = try TOMLParser.parse(lines: [(index + 1, line)], file: file)
            } catch {
                reading.collector.add(error)
                continue
            }
            if content.first == "[" {
                reading.header(table, at: SourcePosition(line: index + 1, column: line.count - content.count + 1))
            } else {
                reading.bindings(table)
            }
        }
        reading.keepWaysOut(base: base)
        return (reading.keymap, reading.collector.errors)
    }

    /// Reads a keymap over `base`; throws every bad line's error if there is any (for files that must be right,
    /// such as the shipped ones in a test).
    public static func parse(_ text: String, file: String, name: String, over base: Keymap = Keymap(name: ""))
        throws(SourceErrors) -> Keymap {
        let (keymap, errors) = load(text, file: file, name: name, over: base)
        if !errors.isEmpty { throw SourceErrors(errors) }
        return keymap
    }

    /// Keys a keymap can name but a terminal never hands to Riposte as themselves.
    static let undeliverable: [KeyPress: String] = [
        .control("c"): "C-c never reaches Riposte: the terminal turns it into an interrupt (Riposte quits)",
        .control("z"): "C-z never reaches Riposte: the terminal turns it into a suspend",
        .control("i"): "terminals send C-i as Tab; write Tab",
        .control("m"): "terminals send C-m as Enter; write Enter",
        .control("j"): "terminals send C-j as Enter; write Enter",
    ]

    /// One file being read: the keymap so far, the errors, and the screen the lines are on.
    struct Reading {
        var keymap: Keymap
        let collector: SourceErrorCollector
        /// The screen of the last `[header]`; nil before the first one.
        var context: Context?
        /// After a header naming no screen: its lines are skipped, the header alone is reported.
        var skippingSection = false
        /// Per screen, the last line that took a key away from the screen's way out.
        var wayOutTaken: [Context: (key: KeyPress, position: SourcePosition)] = [:]

        mutating func header(_ table: TOMLTable, at position: SourcePosition) {
            context = nil
            skippingSection = true
            guard table.entries.count == 1, let entry = table.entries.first, case let .table(inner) = entry.node.value,
                  inner.isEmpty else {
                collector.add("a screen's table is its name in brackets, like [queue]", at: position)
                return
            }
            guard let screen = Self.context(named: entry.key, at: entry.keyPosition, collector: collector)
            else { return }
            context = screen
            skippingSection = false
        }

        mutating func bindings(_ table: TOMLTable) {
            if skippingSection { return }
            for entry in table.entries {
                if let context {
                    bind(entry, in: context)
                } else if case let .table(section) = entry.node.value {
                    // `queue.j = "queue.next"` or `queue = { j = "queue.next" }` before any header.
                    guard let screen = Self.context(named: entry.key, at: entry.keyPosition, collector: collector)
                    else { continue }
                    for binding in section.entries { bind(binding, in: screen) }
                } else {
                    collector.add("\(entry.key) = … comes before any screen; put it under one, like [queue]",
                                  at: entry.keyPosition)
                }
            }
        }

        static func context(named name: String, at position: SourcePosition, collector: SourceErrorCollector)
            -> Context? {
            if let context = Context(rawValue: name) { return context }
            let screens = Context.allCases.map(\.rawValue)
            var message = "unknown screen \"\(name)\""
            if let close = NameSuggestion.closest(to: name, among: screens) {
                message += "; did you mean \"\(close)\"?"
            } else {
                message += " (screens: \(screens.joined(separator: ", ")))"
            }
            collector.add(message, at: position)
            return nil
        }

        mutating func bind(_ binding: TOMLTable.Entry, in context: Context) {
            guard let key = KeyPress(name: binding.key) else {
                collector.add("unknown key \"\(binding.key)\"; write a character, C-x, M-x, F1-F12 or one of "
                              + KeyPress.namedKeys.map(\.0).joined(separator: ", "), at: binding.keyPosition)
                return
            }
            if let reason = KeymapFile.undeliverable[key] {
                collector.add(reason, at: binding.keyPosition)
                return
            }
            if case .character = key, context == .editor || context == .prompt {
                // There an unbound character is typed; binding one would make it impossible to type.
                collector.add("\(key) types itself on the \(context.rawValue) screen; bind a C-, M-, F or named key",
                              at: binding.keyPosition)
                return
            }
            guard case let .string(name) = binding.node.value else {
                collector.add("a binding is a command name in quotes, like \"queue.next\"", at: binding.node.position)
                return
            }
            guard let command = Command(rawValue: name) else {
                var message = "unknown command \"\(name)\""
                if let close = NameSuggestion.closest(to: name, among: Command.allCases.map(\.rawValue)) {
                    message += "; did you mean \"\(close)\"?"
                }
                collector.add(message, at: binding.node.position)
                return
            }
            guard command.contexts.contains(context) else {
                let screens = command.contexts.map(\.rawValue).sorted().joined(separator: ", ")
                collector.add("\(name) does not work on the \(context.rawValue) screen (only: \(screens))",
                              at: binding.node.position)
                return
            }
            let wayOut = Keymap.wayOut(of: context)
            if command != wayOut, keymap.command(for: key, in: context) == wayOut {
                wayOutTaken[context] = (key, binding.keyPosition)
            }
            keymap.bind(key, to: command, in: context)
        }

        /// A screen the base could leave keeps a key to leave it: the last line that took that key away is undone.
        mutating func keepWaysOut(base: Keymap) {
            for (context, taken) in wayOutTaken.sorted(by: { $0.value.position < $1.value.position }) {
                let wayOut = Keymap.wayOut(of: context)
                guard keymap.keys(for: wayOut, in: context).isEmpty, !base.keys(for: wayOut, in: context).isEmpty
                else { continue }
                keymap.bind(taken.key, to: wayOut, in: context)
                collector.add("\(taken.key) is the last key for \(wayOut.rawValue) on the \(context.rawValue) screen; "
                              + "it stays, so the screen keeps a way out", at: taken.position)
            }
        }
    }
}
