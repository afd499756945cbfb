/// What a command typed at `:` may take after its name, as aerc's do (`:snooze 2h`, `:tag vip -spam`): the answer
/// its key would ask for at a prompt, or the item its key would offer in a list.
public enum CommandArgument: Sendable {
    case duration
    case tags
    case agent
    case filter
    case words
    case caseNumber
    case voice
    case view

    /// What the argument is, for messages.
    var title: String {
        switch self {
        case .duration: "how long (30m, 2h, 1d)"
        case .tags: "tags (billing -spam)"
        case .agent: "an agent (me, a name, none)"
        case .filter: "a filter (author:@ann tag:billing)"
        case .words: "words to search for"
        case .caseNumber: "a case number"
        case .voice: "a voice"
        case .view: "a saved view"
        }
    }
}

extension Command {
    /// The part after the dot: `snooze` for `case.snooze`.
    var shortName: String { String(rawValue.split(separator: ".").last ?? "") }

    /// Every name it answers to at `:`: its own, the part after the dot, its aliases.
    var names: [String] { [rawValue, shortName] + declaration.aliases }

    /// What a name typed at `:` means on a screen.
    enum Resolution: Equatable {
        case command(Command)
        /// Several commands of the screen go by it.
        case ambiguous([Command])
        /// A command, but of another screen.
        case elsewhere(Command)
        case unknown
    }

    /// A command's full name, an alias, its last part, or the start of any of these, as long as one command of the
    /// screen answers to it.
    static func resolve(_ name: String, in context: Context) -> Resolution {
        let here = available(in: context).filter { $0 != .commandLine }
        if let command = Command(rawValue: name) {
            return here.contains(command) ? .command(command) : .elsewhere(command)
        }
        let short = here.filter { $0.shortName == name }
        if short.count == 1 { return .command(short[0]) }
        if short.count > 1 { return .ambiguous(short) }
        if let command = here.first(where: { $0.declaration.aliases.contains(name) }) { return .command(command) }
        let started = here.filter { command in command.names.contains { $0.hasPrefix(name) } }
        if started.count == 1 { return .command(started[0]) }
        if started.count > 1 { return .ambiguous(started) }
        let elsewhere = allCases.filter { $0.shortName == name }
        return elsewhere.count == 1 ? .elsewhere(elsewhere[0]) : .unknown
    }
}
