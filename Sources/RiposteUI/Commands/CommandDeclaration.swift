/// What a command is, declared once in `Command.declared`: help, the bottom bar, the `:` command line and `;` all
/// read it, so none keeps a list of its own.
public struct CommandDeclaration: Sendable {
    /// The name keymaps, `:` and help use: the command's raw value.
    public private(set) var name = ""
    /// One line for help.
    public private(set) var help: String
    /// The screens where it works.
    public let screens: Set<Context>
    /// What it may take after its name at `:` (`:snooze 2h`).
    public let argument: CommandArgument?
    /// Other names it answers to at `:`, besides its own and the part after the dot.
    public let aliases: [String]
    /// Whether `;` (mutt's tag-prefix) applies it to every marked case.
    public let appliesToMarked: Bool
    /// Where the bottom bar offers it, screen by screen.
    public private(set) var bar: [Context: BarLabel]
    /// What it is in the editor while the editor writes a note.
    public let inNote: NoteUse

    init(_ help: String, on screens: Set<Context>, argument: CommandArgument? = nil, aliases: [String] = [],
         marked appliesToMarked: Bool = false, bar: [Context: BarLabel] = [:], note inNote: NoteUse = .same) {
        self.help = help
        self.screens = screens
        self.argument = argument
        self.aliases = aliases
        self.appliesToMarked = appliesToMarked
        self.bar = bar
        self.inNote = inNote
    }

    func named(_ name: String) -> CommandDeclaration {
        var named = self
        named.name = name
        return named
    }

    /// The declaration as the editor shows it while it writes a note: nil for what only a reply has.
    var forNote: CommandDeclaration? {
        switch inNote {
        case .same: return self
        case .repliesOnly: return nil
        case let .renamed(help, label):
            var renamed = self
            renamed.help = help
            renamed.bar[.editor] = bar[.editor].map { .place($0.place, label) }
            return renamed
        }
    }
}

/// The word the bottom bar shows for a command on one screen, and its place there counted from the left.
public struct BarLabel: Sendable, Equatable {
    public let place: Int
    public let text: String

    static func place(_ place: Int, _ text: String) -> BarLabel { BarLabel(place: place, text: text) }
}

/// What a command of the editor is when the editor writes an internal note instead of a reply.
public enum NoteUse: Sendable, Equatable {
    case same
    /// Not offered: a note has no voice, template or approval.
    case repliesOnly
    /// Offered with another help line and bar label ("save note" rather than "send").
    case renamed(help: String, bar: String)
}
