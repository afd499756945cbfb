import Foundation
import Testing

/// The built `riposte` binary running in a real terminal: a tmux pane on a private tmux server.
final class TerminalPane {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary under test: `$RIPOSTE_BINARY`, or the debug build `swift build` makes.
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["RIPOSTE_BINARY"], !path.isEmpty { return path }
        return packageRoot.appendingPathComponent(".build/debug/riposte").path
    }

    let socket = "riposte-e2e-\(UUID().uuidString.prefix(8))"
    /// A home of its own: XDG folders, the store and the log all live here.
    let home: URL

    /// Starts `riposte arguments` in a width×height pane. A line is printed before it starts and its exit status
    /// after, so a test can see that the terminal came back as it was.
    /// `deferred` makes the home and waits for `start`, so a test can prepare files first.
    /// `afterExit` is the shell's command once Riposte has exited and its status is printed.
    init(width: Int = 120, height: Int = 40, arguments: [String] = [], environment: [String: String] = [:],
         deferred: Bool = false, afterExit: String = "sleep 600") throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("riposte-e2e-\(UUID().uuidString)")
        self.width = width
        self.height = height
        self.environment = environment
        self.afterExit = afterExit
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            throw PaneError("no binary at \(Self.binary): run `swift build` before the end-to-end tests")
        }
        if !deferred { try start(arguments: arguments) }
    }

    let width: Int
    let height: Int
    let environment: [String: String]
    let afterExit: String
    /// Words that run the binary, before it (as `unshare` runs a command); set before `start`.
    var launcher: [String] = []
    /// The binary this pane runs, the one under test unless a test (of an installed copy) says otherwise.
    var program = TerminalPane.binary

    func start(arguments: [String]) throws {
        var variables = [
            "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path, "USER": "sam", "TERM": "tmux-256color",
            "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "SWIFT_BACKTRACE": "interactive=no",
        ]
        variables.merge(environment) { $1 }
        let exports = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quoted($0.value))" }
            .joined(separator: " ")
        let command = (launcher + [program] + arguments).map(Self.quoted).joined(separator: " ")
        // The shell traps Ctrl-C so that it outlives Riposte and reports its exit.
        // swift test sets NO_COLOR for its own output; the terminal under test has colour unless a test says not.
        let unset = environment["NO_COLOR"] == nil ? "-u NO_COLOR " : ""
        let script = "trap 'true' INT; printf 'before riposte\\n'; env \(unset)\(exports) \(command); echo \"riposte exited $?\"; \(afterExit)"
        // The server this starts lives on after the command returns: it must not inherit our output pipe.
        let start = ["tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", "e2e", "-x", "\(width)",
                     "-y", "\(height)", "sh", "-c", script].map(Self.quoted).joined(separator: " ")
        let (status, output) = try Subprocess.run(["sh", "-c", start + " >/dev/null 2>&1"])
        guard status == 0 else { throw PaneError("tmux did not start: \(output)") }
    }

    deinit {
        _ = try? tmux("kill-server")
        try? FileManager.default.removeItem(at: home)
    }

    var dataHome: URL { home.appendingPathComponent("data") }

    /// The drafts Riposte keeps on this machine while its store will not take them.
    func keptDrafts() -> [String] {
        let folder = home.appendingPathComponent("state/riposte/unsaved-drafts")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".json") }.compactMap {
            try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        }
    }

    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    @discardableResult
    func tmux(_ arguments: String...) throws -> String {
        let (status, output) = try Subprocess.run(["tmux", "-L", socket] + arguments)
        guard status == 0 else { throw PaneError("tmux \(arguments.joined(separator: " ")) failed: \(output)") }
        return output
    }

    /// Presses keys, named as tmux names them (`j`, `Enter`, `C-s`, `Escape`, `Down`).
    func press(_ keys: String...) throws {
        for key in keys { try tmux("send-keys", "-t", "e2e", key) }
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try tmux("send-keys", "-t", "e2e", "-l", text)
    }

    /// The pane's text, one string per row.
    func lines() throws -> [String] {
        try tmux("capture-pane", "-p", "-t", "e2e").components(separatedBy: "\n")
    }

    /// The pane with its attributes as escape sequences, for finding the highlighted row.
    func styledLines() throws -> [String] {
        try tmux("capture-pane", "-p", "-e", "-t", "e2e").components(separatedBy: "\n")
    }

    /// The rows between the title and the status bar that start in reverse video (the selection; SGR 7 is
    /// reverse). Only the start counts: without colour, a breached timer is a reverse cell inside its row.
    func selectedRows() throws -> [Int] {
        let styled = try styledLines()
        return styled.indices.filter { row in
            guard row > 0, row < styled.count - 2, styled[row].hasPrefix("\u{1B}["),
                  let end = styled[row].firstIndex(of: "m") else { return false }
            return styled[row][styled[row].index(styled[row].startIndex, offsetBy: 2)..<end].split(separator: ";")
                .contains("7")
        }
    }

    /// Waits until exactly one row is selected and it shows `text`; returns that row.
    @discardableResult
    func waitForSelected(_ text: String, seconds: Double = 20, sourceLocation: SourceLocation = #_sourceLocation)
        throws -> Int {
        var found: Int?
        try waitUntil("the selected row to show \"\(text)\"", seconds: seconds, sourceLocation: sourceLocation) { lines in
            guard let rows = try? selectedRows(), rows.count == 1, lines[rows[0]].contains(text) else { return false }
            found = rows[0]
            return true
        }
        return found ?? -1
    }

    /// A tmux format value for the pane, such as `alternate_on` or `pane_pid`.
    func format(_ name: String) throws -> String {
        try tmux("display-message", "-p", "-t", "e2e", "#{\(name)}").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits (up to `seconds`) until the pane shows `text`; the slow, shared machine gets time, not a fixed sleep.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 20, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> [String] {
        try waitUntil("the pane to show \"\(text)\"", seconds: seconds, sourceLocation: sourceLocation) { lines in
            lines.contains { $0.contains(text) }
        }
    }

    @discardableResult
    func waitUntil(_ what: String, seconds: Double = 20, sourceLocation: SourceLocation = #_sourceLocation,
                   _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(seconds)
        var last: [String] = []
        while Date() < deadline {
            last = try lines()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("timed out waiting for \(what); the pane shows:\n\(last.joined(separator: "\n"))",
                     sourceLocation: sourceLocation)
        throw PaneError("timed out waiting for \(what)")
    }
}

struct PaneError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
