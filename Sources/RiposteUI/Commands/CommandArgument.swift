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
    public var argument: CommandArgument? {
        switch self {
        case .caseSnooze: .duration
        case .caseTag: .tags
        case .caseAssign: .agent
        case .queueLimit: .filter
        case .queueSearch: .words
        case .caseOpen, .caseGoTo: .caseNumber
        case .voicePick: .voice
        case .viewPick: .view
        default: nil
        }
    }

    /// Names people type at `:` besides the commands' own and their last parts (`close` for `case.close`).
    static let aliases: [String: Command] = ["filter": .queueLimit, "voice": .voicePick, "view": .viewPick,
                                             "open": .caseGoTo]

    /// The part after the dot: `snooze` for `case.snooze`.
    var shortName: String { String(rawValue.split(separator: ".").last ?? "") }

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
        if let command = aliases[name], here.contains(command) { return .command(command) }
        let started = here.filter { $0.rawValue.hasPrefix(name) || $0.shortName.hasPrefix(name) }
            + aliases.filter { $0.key.hasPrefix(name) && here.contains($0.value) }.map(\.value)
        let distinct = started.reduce(into: [Command]()) { if !$0.contains($1) { $0.append($1) } }
        if distinct.count == 1 { return .command(distinct[0]) }
        if distinct.count > 1 { return .ambiguous(distinct) }
        let elsewhere = allCases.filter { $0.shortName == name }
        return elsewhere.count == 1 ? .elsewhere(elsewhere[0]) : .unknown
    }
}
