import RiposteCore

/// Theme files: one line per part of the interface, `role = "colour on colour attributes"`.
///
/// ```toml
/// title = "reverse bold"
/// role.rival = "red bold"
/// ```
public enum ThemeFile {
    /// Reads a theme over `base`: each line restyles one part, everything else keeps `base`'s style.
    /// Throws every error in the file, each with its position.
    public static func parse(_ text: String, file: String, name: String, over base: Theme = Theme(name: "", styles: [:]))
        throws(SourceErrors) -> Theme {
        let (theme, errors) = load(text, file: file, name: name, over: base)
        if !errors.isEmpty { throw SourceErrors(errors) }
        return theme
    }

    /// Reads a theme over `base` as far as it can: a bad line is reported and skipped, every good line still
    /// restyles its part. Errors come back in file order.
    public static func load(_ text: String, file: String, name: String, over base: Theme = Theme(name: "", styles: [:]))
        -> (theme: Theme, errors: [SourceError]) {
        var theme = base
        theme.name = name
        let collector = SourceErrorCollector(file: file)
        do {
            let table = try TOMLParser.parse(text, file: file)
            read(table.entries, prefix: "", into: &theme, collector: collector)
        } catch {
            // One line TOML can't read would lose the whole file: read it again line by line, so only that
            // line is lost. Theme files are one style per line, so nothing else spans lines.
            readLineByLine(text, file: file, into: &theme, collector: collector)
        }
        return (theme, collector.errors)
    }

    /// Parses each line on its own, under the `[table]` header above it, at its own line number.
    static func readLineByLine(_ text: String, file: String, into theme: inout Theme, collector: SourceErrorCollector) {
        let lines = TOMLParser.withoutByteOrderMark(text).split(separator: "\n", omittingEmptySubsequences: false)
        // The header in force, and its line; a header that doesn't parse skips the lines under it.
        var header: (index: Int, text: Substring)?
        var headerIsBroken = false
        for (index, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("[") {
                do {
                    _ = try TOMLParser.parse(lines: [(index + 1, line)], file: file)
                    header = (index, line)
                    headerIsBroken = false
                } catch {
                    collector.add(error)
                    headerIsBroken = true
                }
                continue
            }
            if headerIsBroken { continue }
            let headerLine = header.map { [($0.index + 1, $0.text)] } ?? []
            do {
                let table = try TOMLParser.parse(lines: headerLine + [(index + 1, line)], file: file)
                read(table.entries, prefix: "", into: &theme, collector: collector)
            } catch {
                collector.add(error)
            }
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
