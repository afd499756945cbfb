import ArgumentParser
import Dispatch
import Foundation
import RiposteConnect
import RiposteCore
import RiposteStore
import Synchronization

/// `riposte connect`: the brand's accounts on Mastodon and Bluesky, mentions in and replies out.
struct ConnectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "connect",
        abstract: "Bring the brand's mentions in from Mastodon and Bluesky, and send replies out.",
        discussion: """
            Reads the accounts from $XDG_CONFIG_HOME/riposte/accounts.toml (`riposte connect example` prints one to \
            start from). One `riposte connect` serves each account at a time, however many run on however many \
            machines: the others wait and take over when it stops.
            """,
        subcommands: [ConnectServe.self, ConnectCheck.self, ConnectStatus.self, ConnectExample.self],
        defaultSubcommand: ConnectServe.self)
}

struct AccountsOption: ParsableArguments {
    @Option(help: ArgumentHelp("The accounts file (default: $XDG_CONFIG_HOME/riposte/accounts.toml).",
                               valueName: "file"))
    var accounts: String?

    /// The file, every mistake in it reported at its position.
    func read() throws -> AccountsConfig {
        let path = accounts ?? RipostePaths().accounts
        guard let data = FileManager.default.contents(atPath: path) else {
            throw fail("cannot read \(path): `riposte connect example > \(path)` writes one to start from")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw fail("\(path): not UTF-8") }
        do {
            let config = try AccountsConfig.parse(text, file: path, folder: (path as NSString).deletingLastPathComponent)
            guard !config.accounts.isEmpty else { throw fail("\(path): no [[account]] to serve") }
            return config
        } catch let errors as SourceErrors {
            throw fail("\(errors)")
        }
    }
}

struct ConnectServe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the accounts until stopped (the default).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var accounts: AccountsOption

    func run() throws {
        let config = try accounts.read()
        let store: any InboxStore
        do { store = try global.openStore() } catch { throw fail("\(error)") }
        // A training store's people are played, and its replies go to the simulated network: a practice reply
        // must never reach a real customer.
        guard (try? store.isTraining()) == false else {
            throw fail("\(global.storePath) is a training store: its replies go to the simulated network, never to real accounts")
        }
        let service = ConnectService(config: config, store: store)
        show("serving \(config.accounts.map(\.label).joined(separator: ", ")) as \(service.holder); "
              + "the log is \(RipostePaths().logFile)")
        let running = Task { await service.run() }
        // A stop signal ends the service's tasks, which let their leases go for a standby to take at once.
        let stops = [SIGINT, SIGTERM, SIGHUP].map { signal in
            Foundation.signal(signal, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signal, queue: .global())
            source.setEventHandler { running.cancel() }
            source.resume()
            return source
        }
        awaitOnMainThread { await running.value }
        _ = stops
    }
}

struct ConnectCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the accounts file and log in to each account once.")

    @OptionGroup var accounts: AccountsOption

    func run() throws {
        let config = try accounts.read()
        let roles = AuthorRoles(config)
        let results = awaitOnMainThread {
            var lines: [(String, Bool)] = []
            for account in config.accounts {
                do {
                    let secret = try CredentialReader.read(account.credential)
                    let handle = try await Connectors.make(account, credential: secret, roles: roles).logIn()
                    lines.append(("\(account.label): logged in as \(handle)", true))
                } catch {
                    lines.append(("\(account.label): \(error)", false))
                }
            }
            return lines
        }
        for (line, _) in results { show(line) }
        if results.contains(where: { !$0.1 }) { throw ExitCode(1) }
    }
}

struct ConnectStatus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Print each account's connector: who serves it and how it is doing.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let records: [ConnectorRecord]
        do { records = try global.storeToRead().connectors() } catch let exit as ExitCode { throw exit } catch {
            throw fail("\(error)")
        }
        guard !records.isEmpty else {
            show("no account has been served from this store: start `riposte connect`")
            return
        }
        let now = Date()
        for record in records {
            show("\(record.account): \(record.state.describe(relativeTo: now))"
                  + (record.holder.map { " (served by \($0))" } ?? ""))
        }
    }
}

struct ConnectExample: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "example", abstract: "Print an accounts file to start from.")

    func run() throws {
        print(AccountsConfig.exampleFile)
    }
}

/// Waits on the main thread for async work: a command's main thread is not one of the pool's that the work runs on.
func awaitOnMainThread<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
    let result = Mutex<T?>(nil)
    let done = DispatchSemaphore(value: 0)
    Task {
        let value = await work()
        result.withLock { $0 = value }
        done.signal()
    }
    done.wait()
    return result.withLock { $0 }!
}
