import RiposteCore

/// Theme files: one line per part of the interface, `role = "colour on colour attributes"`.
///
/// ```toml
/// title = "reverse bold"
/// role.rival = "red bold"
/// ```
public enum ThemeFile {
    /// Reads a theme over `base`: each line restyles one part, everything else keeps `base`'s style.
    public static func parse(_ text: String, file: String, name: String, over base: Theme = Theme(name: "", styles: [:]))
        throws(SourceErrors) -> Theme {
        try TOMLTableReader.read(text, file: file) { root in
            var theme = base
            theme.name = name
            read(root.entries(), prefix: "", into: &theme, collector: root.collector)
            return theme
        }
    }

    /// Dotted names (`role.rival`) may be written as dotted keys or under a `[role]` table.
    static func read(_ entries: [TOMLTable.Entry], prefix: String, into theme: inout Theme,
                     collector: SourceErrorCollector) {
        for entry in entries {
            let name = prefix + entry.key
            switch entry.node.value {
            case let .table(table):
                read(table.entries, prefix: name + ".", into: &theme, collector: collector)
            case let .string(spec):
                guard let role = ThemeRole(rawValue: name) else {
                    var message = "unknown part \"\(name)\""
                    if let close = NameSuggestion.closest(to: name, among: ThemeRole.allCases.map(\.rawValue)) {
                        message += "; did you mean \"\(close)\"?"
                    }
                    collector.add(message, at: entry.keyPosition)
                    continue
                }
                do {
                    theme[role] = try StyleSpec.parse(spec)
                } catch {
                    // Past the opening quote to the word at fault.
                    let position = entry.node.position
                    collector.add(error.message,
                                  at: SourcePosition(line: position.line, column: position.column + 1 + error.offset))
                }
            default:
                collector.add("a style is a string like \"red on default bold\"", at: entry.node.position)
            }
        }
    }
}
