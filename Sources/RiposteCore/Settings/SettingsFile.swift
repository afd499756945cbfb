import Foundation

/// The format of `config.toml`: `[claims]`, `[approvals]`, `[sla.<network>]`, `[views]` and `[display]` (see
/// `Settings.exampleFile`).
enum SettingsFile {
    static func parse(_ text: String, file: String, over base: Settings) throws(SourceErrors) -> Settings {
        let (settings, errors) = load(text, file: file, over: base)
        if !errors.isEmpty { throw SourceErrors(errors) }
        return settings
    }

    /// Every good setting over `base`, and an error for each bad one: one mistake does not throw away the views
    /// and targets around it. Text that is not TOML at all leaves `base` as it is.
    static func load(_ text: String, file: String, over base: Settings) -> (Settings, [SourceError]) {
        let source = StringValueColumns(text)
        let (settings, errors) = TOMLTableReader.readKeepingGood(text, file: file) { root in
            var settings = base
            rejectUnknown(in: root, known: ["claims", "approvals", "sla", "views", "display"], naming: "table")
            if let approvals = root.optionalTable("approvals") {
                settings.loneSupervisorSendsOwn = approvals.optionalBool("lone_supervisor_sends_own")
                    ?? settings.loneSupervisorSendsOwn
            }
            if let display = root.optionalTable("display") {
                settings.display.keymap = display.optionalString("keymap") ?? settings.display.keymap
                settings.display.theme = display.optionalString("theme") ?? settings.display.theme
                settings.display.colour = display.optionalBool("color") ?? settings.display.colour
                settings.display.bell = display.optionalBool("bell") ?? settings.display.bell
                settings.display.quitAsks = display.optionalBool("ask_before_quit") ?? settings.display.quitAsks
                settings.display.copyLinks = display.optionalBool("copy_links") ?? settings.display.copyLinks
            }
            if let claims = root.optionalTable("claims"),
               let lease = duration(claims, "lease", from: 10, to: 86_400, example: "2m", source) {
                settings.claimLease = lease
            }
            if let sla = root.optionalTable("sla") {
                rejectUnknown(in: sla, known: Network.allCases.map(\.rawValue), naming: "network")
                for network in Network.allCases {
                    guard let targets = sla.optionalTable(network.rawValue) else { continue }
                    readTargets(targets, network, into: &settings.serviceLevels, source)
                }
            }
            if let views = root.optionalTable("views") {
                readViews(views, into: &settings.views, source)
            }
            return settings
        }
        return (settings ?? base, errors)
    }

    /// Records an error at each key of `table` that is not `known`, calling a table that should have
    /// been one of them `what`.
    private static func rejectUnknown(in table: TOMLTableReader, known: [String], naming what: String) {
        for entry in table.table.entries where !known.contains(entry.key) {
            _ = table.node(entry.key)
            let kind = if case .table = entry.node.value { what } else { "key" }
            var message = "unknown \(kind) \"\(entry.key)\""
            if let close = NameSuggestion.closest(to: entry.key, among: known) {
                message += "; did you mean \"\(close)\"?"
            } else {
                message += "; expected one of \(known.joined(separator: ", "))"
            }
            table.collector.add(message, at: entry.keyPosition)
        }
    }

    /// One network's targets; a higher priority may not wait longer than a lower one.
    private static func readTargets(_ table: TOMLTableReader, _ network: Network, into levels: inout ServiceLevels,
                                    _ source: StringValueColumns) {
        var written: Set<Priority> = []
        for priority in Priority.allCases {
            if let target = duration(table, priority.rawValue, from: 60, to: 30 * 86_400, example: "30m", source) {
                levels.setTarget(target, for: network, priority: priority)
                written.insert(priority)
            }
        }
        let ordered = Priority.allCases.reversed().map { $0 }
        for (higher, lower) in zip(ordered, ordered.dropFirst()) {
            let higherTarget = levels.target(for: network, priority: higher)
            let lowerTarget = levels.target(for: network, priority: lower)
            guard higherTarget > lowerTarget, written.contains(higher) || written.contains(lower) else { continue }
            let at = written.contains(higher) ? higher : lower
            table.error(at: at.rawValue, "\(network.label)'s \(higher.rawValue) target (\(WrittenDuration.format(higherTarget))) "
                        + "is longer than its \(lower.rawValue) target (\(WrittenDuration.format(lowerTarget))); "
                        + "a higher priority may not wait longer")
        }
    }

    /// Each `name = "filter"` adds a view, or gives a built-in view (named the same, ignoring case) a new filter.
    private static func readViews(_ table: TOMLTableReader, into views: inout [SavedView], _ source: StringValueColumns) {
        for entry in table.entries() {
            guard case .string(let line) = entry.node.value else {
                table.collector.add("view \"\(entry.key)\" must be a filter in quotes, such as \"tag:billing status:new,open\"; "
                                    + "found \(entry.node.value.kindDescription)", at: entry.node.position)
                continue
            }
            guard !entry.key.trimmingCharacters(in: .whitespaces).isEmpty else {
                table.collector.add("a view needs a name, such as billing = \"tag:billing\"", at: entry.keyPosition)
                continue
            }
            let filter: CaseFilter
            do {
                filter = try CaseFilter.parse(line)
            } catch {
                // The filter's columns count from the string's first character, inside the quotes.
                for mistake in error.errors {
                    table.collector.add(mistake.message,
                                        at: source.position(ofCharacter: mistake.position.column - 1, inStringAt: entry.node.position))
                }
                continue
            }
            let view = SavedView(name: entry.key, filter: filter)
            if let index = views.firstIndex(where: { $0.name.lowercased() == entry.key.lowercased() }) {
                views[index] = view
            } else {
                views.append(view)
            }
        }
    }

    /// A duration written as a string, between `from` and `to` seconds; a mistake is reported where it is
    /// in the string.
    private static func duration(_ table: TOMLTableReader, _ key: String, from: TimeInterval, to: TimeInterval,
                                 example: String, _ source: StringValueColumns) -> TimeInterval? {
        guard let node = table.node(key) else { return nil }
        guard case .string(let text) = node.value else {
            table.collector.add("\"\(key)\" must be a duration in quotes, such as \"\(example)\"; "
                                + "found \(node.value.kindDescription)", at: node.position)
            return nil
        }
        let seconds: TimeInterval
        do {
            seconds = try WrittenDuration.parse(text)
        } catch {
            table.collector.add(error.message, at: source.position(ofCharacter: error.offset, inStringAt: node.position))
            return nil
        }
        guard (from...to).contains(seconds) else {
            table.collector.add("\"\(key)\" must be between \(WrittenDuration.format(from)) and \(WrittenDuration.format(to)); "
                                + "found \(text)", at: node.position)
            return nil
        }
        return seconds
    }
}
