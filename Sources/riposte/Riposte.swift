import ArgumentParser
import Foundation
import RiposteCore

@main
struct Riposte: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "riposte",
        abstract: "A keyboard-first social inbox for brand care teams.",
        subcommands: [Open.self, Import.self, Count.self, AgentCommand.self, ConfigCommand.self, Demo.self,
                      FeedCommand.self, TrainingCommand.self, ReportCommand.self, Bench.self, ClaimRace.self, KeysCommand.self],
        defaultSubcommand: Open.self)
}

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The store file (default: $RIPOSTE_STORE, else $XDG_DATA_HOME/riposte/riposte.sqlite).",
                               valueName: "path"))
    var store: String?

    var paths: RipostePaths { RipostePaths() }

    var storePath: String {
        if let store, !store.isEmpty { return store }
        if let fromEnvironment = ProcessInfo.processInfo.environment["RIPOSTE_STORE"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return paths.defaultStore
    }
}

/// Ends the process with a message on stderr and a non-zero status; used once the terminal is ours no more.
func fail(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("riposte: \(message)\n".utf8))
    return ExitCode(1)
}
