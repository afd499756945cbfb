import RiposteUI

/// What `demo play --help` says about steering the demo from inside Riposte: made from the keymap and the command
/// table, as `?` is, so that it names the keys that really do it.
enum DemoPlayKeys {
    static let commands: [Command] = [.demoPause, .demoFaster, .demoSlower]

    /// "In Riposte's queue (keymap default): P pause the demo feed, …; `riposte keys` lists every key."
    static func sentence(_ keymap: Keymap = .builtin) -> String {
        let keys = commands.compactMap { command -> String? in
            guard let key = keymap.keys(for: command, in: .queue).first else { return nil }
            return "\(key) \(command.help.prefix(1).lowercased() + command.help.dropFirst())"
        }
        return "In Riposte's queue (keymap \(keymap.name)): \(keys.joined(separator: "; ")); "
            + "`riposte keys --keymap NAME` lists another keymap's keys."
    }
}
