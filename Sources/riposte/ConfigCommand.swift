import ArgumentParser
import RiposteCore

/// `riposte config`: the team's settings file.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "The team's settings: claims, SLA targets, views.",
        subcommands: [Example.self])

    struct Example: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print config.toml with every key at its default, commented, to copy and edit.")

        func run() {
            print(Settings.exampleFile, terminator: "")
        }
    }
}
