import ArgumentParser
import Foundation
import Glibc
import Logging
import RiposteApp
import RiposteConnect
import RiposteCore
import RiposteFeed
import RiposteStore
import RiposteTerminal
import RiposteUI

/// `riposte` / `riposte open`: the interactive inbox.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the inbox (the default).")

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("as"), help: ArgumentHelp(
        "On a training store, the agent to work as (default: your login's agent). A team store knows you by your login.",
        valueName: "name"))
    var agent: String?

    @Flag(help: "Do not fill a newly created store with the bundled demo feed.")
    var noDemo = false

    @Flag(help: "Make the store if there is none at --store or $RIPOSTE_STORE (the default store is made anyway).")
    var create = false

    @Option(name: .customLong("keymap"), help: ArgumentHelp(
        "The keymap: default (mutt's habits), vim, emacs, or your own from $XDG_CONFIG_HOME/riposte/keymaps/ "
            + "(default: config.toml's [display] keymap, else default).",
        valueName: "name"))
    var keymapName: String?

    @Option(name: .customLong("theme"), help: ArgumentHelp(
        "The theme: default, monochrome, dark-256, light-256, truecolor, or your own from $XDG_CONFIG_HOME/riposte/themes/.",
        valueName: "name"))
    var themeName: String?

    @Flag(name: .customLong("color"), help: "Draw in colour even when NO_COLOR is set.")
    var forceColour = false

    @Flag(help: "Click a row to select it, turn the wheel to move (the terminal's own selection then needs Shift).")
    var mouse = false

    func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw fail("the inbox needs a terminal; see `riposte --help` for the commands that don't")
        }
        let paths = global.paths
        let logger = try makeLogger(paths)
        let location: StoreLocation
        let store: any InboxStore
        let watcher: any StoreChangeWatching
        let agent: Agent
        var warnings: [String] = []
        let riskRules: RiskRules
        do {
            location = try global.storeLocation()
            // A mistyped path would otherwise open as a new store, full of the demo, easy to take for the real one.
            if case let .file(path) = location, !create, path != paths.defaultStore,
               !FileManager.default.fileExists(atPath: path) {
                throw fail("no store at \(path): check the path; --create makes a new one there")
            }
            store = try Startup.openStore(location, fillNewStoreWithDemo: !noDemo, now: Date())
            agent = try WorkingAgent.resolve(on: store, named: self.agent)
            riskRules = try Startup.riskRules(store, paths: paths, warnings: &warnings)
            watcher = try location.changeWatcher()
        } catch {
            throw fail("\(error)")
        }
        let name = agent.name
        let settings = Startup.settings(paths, warnings: &warnings)
        let display = settings.display
        let keymap = Startup.keymap(named: keymapName ?? display.keymap, userFolder: paths.userKeymaps,
                                    warnings: &warnings)
        // A name typed on the command line that names nothing is a mistake to fix now, not a default to start on.
        if let asked = keymapName, keymap.name != Self.bareName(asked) {
            throw fail(warnings.last { $0.contains("keymap") } ?? "no keymap \"\(asked)\"")
        }
        let colours = forceColour || display.colour == true
            || (display.colour != false && ColourChoice.wantsColour(environment: ProcessInfo.processInfo.environment,
                                                                   forced: false))
        let theme = Startup.theme(named: themeName ?? display.theme, userFolder: paths.userThemes, colours: colours,
                                  warnings: &warnings)
        if let asked = themeName, theme.name != Self.bareName(asked) {
            throw fail(warnings.last { $0.contains("theme") } ?? "no theme \"\(asked)\"")
        }
        let voices = Startup.voices(paths, warnings: &warnings)
        for warning in warnings { logger.warning("\(warning)") }
        logger.info("opening", metadata: ["store": "\(global.storePath)", "agent": "\(name)"])

        let terminal = NCursesTerminal(colors: colours, mouse: mouse)
        var state = AppState(agent: name, role: agent.role, width: terminal.width, height: terminal.height, now: Date(),
                             keymap: keymap, settings: settings, voices: voices, riskRules: riskRules)
        state.wallClock = WallClockTime(environment: ProcessInfo.processInfo.environment)
        if let first = warnings.first {
            // The file with the mistake was skipped; the rest, and the built-ins, are in use.
            let more = warnings.count > 1 ? " (and \(warnings.count - 1) more in the log)" : ""
            let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
            let shown = first.hasPrefix(home + "/") ? "~" + first.dropFirst(home.count) : first
            state.message = StatusMessage("Skipped: \(shown)\(more)", isError: true, lasts: 10)
        }
        if let altered = Startup.auditTail(store) {
            logger.error("audit chain broken", metadata: ["message": "\(altered)"])
            state.message = StatusMessage(altered, isError: true, lasts: 60)
        }
        state.commandHistory = CommandHistoryFile.read(paths.commandHistory)
        let unsaved = UnsavedDrafts(stateHome: paths.stateHome, store: location, agent: name)
        if unsaved.deliver(to: store, by: name, at: Date()) > 0 {
            state.message = StatusMessage("Drafts kept on this machine while the store was unreachable are saved now",
                                          lasts: 10)
        }
        let runner = EffectRunner(store: store, agent: name, settings: settings, commandHistoryFile: paths.commandHistory,
                                  unsavedDrafts: unsaved, clock: { Date() }, logger: logger)
        let session = AppSession(state: state, runner: runner, theme: theme, watcher: watcher,
                                 player: DemoFeedPlayer(store: store), logger: logger, inBackground: true)
        let simulated = SimulatedNetworkRun(store: store, logger: logger)
        session.run(on: terminal)
        terminal.close()
        simulated.stop()
        logger.info("closed")
        // As a shell reports a process a signal ended, so a script can tell a stop from a quit.
        if let signal = terminal.stopSignal { throw ExitCode(128 + signal) }
    }

    /// A keymap's or theme's name as given, without the `.toml` a user may add.
    static func bareName(_ name: String) -> String {
        name.hasSuffix(".toml") ? String(name.dropLast(5)) : name
    }

    func makeLogger(_ paths: RipostePaths) throws -> Logger {
        do {
            try ProcessLog.sink.open()
        } catch {
            throw fail("cannot write the log \(paths.logFile): \(error.localizedDescription)")
        }
        return Logger(label: "riposte")
    }
}
