/// Which command each key runs, per screen.
public struct Keymap: Hashable, Sendable {
    public struct Binding: Hashable, Sendable {
        public var key: KeyPress
        public var command: Command
    }

    public var name: String
    /// Bindings in the order the keymap lists them, which is the order help shows them in.
    public private(set) var bindings: [Context: [Binding]]

    public init(name: String, bindings: [Context: [Binding]] = [:]) {
        self.name = name
        self.bindings = bindings
    }

    public func command(for key: KeyPress, in context: Context) -> Command? {
        bindings[context]?.first { $0.key == key }?.command
    }

    public func keys(for command: Command, in context: Context) -> [KeyPress] {
        bindings[context, default: []].filter { $0.command == command }.map(\.key)
    }

    /// Binds `key` to `command` on a screen, replacing what the key did there before.
    public mutating func bind(_ key: KeyPress, to command: Command, in context: Context) {
        var list = bindings[context, default: []]
        if let index = list.firstIndex(where: { $0.key == key }) {
            list[index].command = command
        } else {
            list.append(Binding(key: key, command: command))
        }
        bindings[context] = list
    }
}

extension Keymap {
    /// The command that leaves a screen: every keymap keeps a key for it, so no screen can trap the user.
    public static func wayOut(of context: Context) -> Command {
        switch context {
        case .queue: .appQuit
        case .thread, .approvals, .report, .dashboard, .help: .viewClose
        case .editor: .editorLeave
        case .picker: .pickerCancel
        case .prompt: .promptCancel
        }
    }

    /// What `?` lists for a screen: each command it offers, with this keymap's keys for it and its help.
    public func helpLines(for context: Context) -> [(keys: String, command: String, help: String)] {
        HelpView.lines(for: context, keymap: self)
    }
}
