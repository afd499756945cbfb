import Foundation
import Glibc
import RiposteStore

/// A PostgreSQL server on this machine held with SIGSTOP, as a hung server is: its connections stay open and the
/// kernel still acknowledges what is sent to it, but nothing answers. Until `resume`, which also runs if the process
/// is interrupted (SIGINT, SIGTERM) or the value goes away, so that a benchmark never leaves a server stopped.
final class StoppedServer {
    /// Why the server cannot be stopped from here, as a sentence.
    struct Refusal: Error, CustomStringConvertible {
        let description: String
    }

    /// The postmaster first, then its children (backends, checkpointer, WAL writer, autovacuum...).
    let processes: [pid_t]
    private var interrupts: [any DispatchSourceSignal] = []
    private var resumed = false

    /// Stops the server `address` names; throws a `Refusal`, leaving nothing stopped, when it is not on this machine
    /// or not ours to signal.
    init(_ address: PostgresAddress) throws {
        let directory: String
        do {
            directory = try PostgresDatabases.dataDirectory(address)
        } catch {
            throw Refusal(description: "cannot read the server's data directory: \(error)")
        }
        let pidFile = directory + "/postmaster.pid"
        guard let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
              let postmaster = text.split(separator: "\n").first.flatMap({ pid_t($0) }),
              Self.command(of: postmaster) == "postgres" else {
            throw Refusal(description: "no running postmaster named by \(pidFile): the server is not on this machine")
        }
        var stopped: [pid_t] = []
        func stop(_ pid: pid_t) throws {
            guard kill(pid, SIGSTOP) == 0 else {
                let reason = String(cString: strerror(errno))
                for done in stopped.reversed() { kill(done, SIGCONT) }
                throw Refusal(description: "cannot stop the server's process \(pid): \(reason)")
            }
            stopped.append(pid)
        }
        // The postmaster first: stopped, it starts no process after its children are listed.
        try stop(postmaster)
        for child in Self.children(of: postmaster) { try stop(child) }
        processes = stopped
        let processes = stopped
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                for pid in processes { kill(pid, SIGCONT) }
                exit(128 + number)
            }
            source.resume()
            interrupts.append(source)
        }
    }

    /// Lets the server go on; once is enough.
    func resume() {
        guard !resumed else { return }
        resumed = true
        for pid in processes.reversed() { kill(pid, SIGCONT) }
        for source in interrupts { source.cancel() }
        for number in [SIGINT, SIGTERM] { signal(number, SIG_DFL) }
    }

    deinit { resume() }

    /// The process's command name (`comm`), nil when there is no such process.
    static func command(of pid: pid_t) -> String? {
        stat(of: pid).map { $0.command }
    }

    /// The processes whose parent is `parent`.
    static func children(of parent: pid_t) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { pid_t($0) }.filter { stat(of: $0)?.parent == parent }.sorted()
    }

    /// `/proc/PID/stat`'s command and parent: "PID (COMMAND) STATE PPID ...", where the command may hold spaces and
    /// parentheses of its own, so it ends at the last ")".
    static func stat(of pid: pid_t) -> (command: String, parent: pid_t)? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 1, let parent = pid_t(fields[1]) else { return nil }
        return (String(text[text.index(after: open)..<close]), parent)
    }
}
