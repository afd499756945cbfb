import ArgumentParser
import Foundation
import Logging
import RiposteApp
import RiposteCore
import RiposteStore

@main
struct Riposte: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "riposte",
        abstract: "A keyboard-first social inbox for brand care teams.",
        version: RiposteVersion.current,
        subcommands: [Open.self, Import.self, Count.self, RiskCommand.self, AgentCommand.self, AuditCommand.self,
                      ConfigCommand.self, Demo.self, FeedCommand.self, TrainingCommand.self, ReportCommand.self,
                      StoreCommand.self, ConnectCommand.self, Bench.self, ClaimRace.self, KeysCommand.self],
        defaultSubcommand: Open.self)

    static func main() {
        _ = ProcessLog.sink
        let subcommands = Set(configuration.subcommands.map { $0._commandName })
        main(LeadingGlobalOptions.movedAfterCommand(Array(CommandLine.arguments.dropFirst()), subcommands: subcommands))
    }
}

/// People write global options first, as with git, docker or psql: `riposte --store S import F`. The parser takes
/// them after the command, so they are moved there.
enum LeadingGlobalOptions {
    static func movedAfterCommand(_ arguments: [String], subcommands: Set<String>) -> [String] {
        var leading: [String] = [], rest = arguments[...]
        while let first = rest.first {
            if first == "--store", rest.count >= 2 {
                leading += rest.prefix(2)
                rest = rest.dropFirst(2)
            } else if first.hasPrefix("--store=") {
                leading.append(first)
                rest = rest.dropFirst()
            } else {
                break
            }
        }
        guard !leading.isEmpty, let command = rest.first, subcommands.contains(command) else { return arguments }
        // At the end, where the innermost command (`store check`) takes them; before a `--`, after which all is text.
        var moved = Array(rest)
        moved.insert(contentsOf: leading, at: moved.firstIndex(of: "--") ?? moved.endIndex)
        return moved
    }
}

/// swift-log is set up once per process, before any command runs: every command, the store's connections
/// included, logs to the log file and never to the terminal.
enum ProcessLog {
    static let sink: FileLogHandler.Sink = {
        let sink = FileLogHandler.Sink(path: RipostePaths().logFile)
        LoggingSystem.bootstrap { label in FileLogHandler(label: label, sink: sink) }
        return sink
    }()
}

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(help: ArgumentHelp("""
        The store: a SQLite file's path, or postgres://user@host[:port]/database for a team's shared PostgreSQL \
        (default: $RIPOSTE_STORE, else $XDG_DATA_HOME/riposte/riposte.sqlite).
        """, valueName: "path|url"))
    var store: String?

    var paths: RipostePaths { RipostePaths() }

    /// The store as given: a file's path or a PostgreSQL URL.
    var storePath: String {
        if let store, !store.isEmpty { return store }
        if let fromEnvironment = ProcessInfo.processInfo.environment["RIPOSTE_STORE"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return paths.defaultStore
    }

    func storeLocation() throws -> StoreLocation {
        try StoreLocation(storePath)
    }

    /// Opens the store, creating and migrating it as needed.
    func openStore() throws -> any InboxStore {
        try storeLocation().open()
    }

    /// The store, if there is one: a SQLite file that does not exist is not created.
    func existingStore() throws -> (any InboxStore)? {
        let location = try storeLocation()
        if case let .file(path) = location, !FileManager.default.fileExists(atPath: path) { return nil }
        return try location.open()
    }

    /// The store, for a command that only reads it: one that does not exist is an error naming the path, never a new
    /// empty store that reads as zeros.
    func storeToRead() throws -> any InboxStore {
        guard let store = try existingStore() else {
            throw fail("no store at \(storePath): check the path, or make one with `riposte store init`")
        }
        return store
    }
}

/// Ends the process with a message on stderr and a non-zero status; used once the terminal is ours no more.
func fail(_ message: String) -> ExitCode {
    warn(message)
    return ExitCode(1)
}

/// A message on stderr, shown as `show` shows text.
func warn(_ message: String) {
    FileHandle.standardError.write(Data("riposte: \(DisplayText.printableLines(message))\n".utf8))
}

/// A command's output on stdout. Names, handles, post text, tags, notes and reasons in it come from the store or a
/// file someone else wrote: they are shown as the interface shows them, so no escape sequence in them reaches the
/// terminal.
func show(_ text: String, terminator: String = "\n") {
    print(DisplayText.printableLines(text), terminator: terminator)
}
