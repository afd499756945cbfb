import Foundation
import RiposteCore
import RiposteStore
import StoreTestSupport
import Testing

/// Riposte on a PostgreSQL server of the test's own (Tests/Postgres/cluster.sh), which the test stops and starts
/// under a running session, as a network cut or a server restart would.
@Suite("End to end: the team's PostgreSQL server goes away and comes back", .serialized,
       .enabled(if: StoreBackend.postgresURL != nil, "needs PostgreSQL: run the tests under Tests/Postgres/cluster.sh run"))
struct PostgresOutageTests {
    static let script = TerminalPane.packageRoot.appendingPathComponent("Tests/Postgres/cluster.sh").path

    /// Runs `cluster.sh verb folder`; returns what it printed.
    @discardableResult
    func cluster(_ verb: String, _ folder: URL) throws -> String {
        let result = try Subprocess.run([Self.script, verb, folder.path])
        guard result.status == 0 else { throw PaneError("cluster.sh \(verb) failed: \(result.output)") }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A training store at `url` with three mentions, `saying 0` from `handle0` and so on, and Sam's Riposte open on
    /// it with the queue shown.
    func samsSession(on url: String, mentionsBy handle: String, saying text: String) throws -> TerminalPane {
        let sam = try TerminalPane(width: 110, height: 30, deferred: true)
        let mentions = (0..<3).map { index in
            #"{"id": "m\#(index)", "network": "x", "author": {"handle": "\#(handle)\#(index)"}, "text": "\#(text) \#(index)", "created_at": "2024-03-01T09:0\#(index):00Z"}"#
        }
        let file = sam.home.appendingPathComponent("in.jsonl")
        try Data(mentions.joined(separator: "\n").utf8).write(to: file)
        #expect(try Subprocess.run([TerminalPane.binary, "store", "init", "--training", "--store", url]).status == 0)
        #expect(try Subprocess.run([TerminalPane.binary, "import", "--store", url, file.path]).status == 0)
        try sam.start(arguments: ["--store", url, "--as", "sam"])
        try sam.waitFor("\(handle)2")
        return sam
    }

    @Test("the server stops while an agent types: the draft is kept on the machine, saved when the server is back, and live updates resume")
    func serverRestartsMidSession() throws {
        let folder = URL(fileURLWithPath: "/tmp/riposte-outage-\(UUID().uuidString.prefix(8))")
        let url = try cluster("start", folder)
        defer {
            _ = try? cluster("stop", folder)
            try? FileManager.default.removeItem(at: folder)
        }
        let sam = try samsSession(on: url, mentionsBy: "@customer", saying: "help")
        try sam.press("Enter")
        try sam.waitFor("help 0")
        try sam.press("r")
        try sam.waitFor("── reply as")
        try sam.type("Sorry about")
        // Autosave runs within a second; give it that before the cut.
        Thread.sleep(forTimeInterval: 1.5)

        try cluster("stop", folder)
        try sam.type(" the outage")
        try sam.waitFor("kept on this machine", seconds: 10)
        #expect(sam.keptDrafts().contains { $0.contains("Sorry about the outage") })

        #expect(try cluster("start", folder) == url, "the server comes back where it was")
        try sam.waitFor("The store takes writes again: your draft", seconds: 15)
        let store = try StoreLocation(url).open()
        let caseID = try #require(try store.queueRows(after: nil, limit: 10).first?.caseID)
        #expect(try store.thread(caseID, agent: "sam")?.draft?.text == "Sorry about the outage")

        // Live updates resume on a new connection: a mention from elsewhere reaches the queue.
        try sam.press("Escape")
        // Esc and a key sent together read as Alt-key: wait for the thread before going back.
        try sam.waitUntil("the editor to close") { lines in !lines.contains { $0.contains("── reply as") } }
        try sam.press("q")
        try sam.waitFor("@customer2")
        try store.ingest([IncomingPost(
            externalID: "late", author: Account(network: .x, handle: "@latecomer", name: "Late", followers: 1, role: .customer),
            text: "anyone there?", createdAt: Date(timeIntervalSince1970: 1_709_290_000), inReplyTo: nil)])
        try sam.waitFor("@latecomer", seconds: 5)
        #expect(sam.keptDrafts().isEmpty, "the store has the draft: nothing is left on the machine")
    }

    /// Stops (`STOP`) or lets go on (`CONT`) every process of the cluster's server: a server that hangs, not one that
    /// refuses connections.
    func signalServer(_ signal: String, _ folder: URL) throws {
        let pidFile = folder.appendingPathComponent("data/postmaster.pid").path
        let result = try Subprocess.run(["sh", "-c", "pid=$(head -n 1 \(pidFile)); kill -\(signal) $pid $(pgrep -P $pid)"])
        guard result.status == 0 else { throw PaneError("kill -\(signal) failed: \(result.output)") }
    }

    @Test("the server hangs: keys still work, the bar says the store is not answering, and what was asked comes when it answers")
    func serverHangs() throws {
        let folder = URL(fileURLWithPath: "/tmp/riposte-hang-\(UUID().uuidString.prefix(8))")
        let url = try cluster("start", folder)
        var stopped = false
        defer {
            if stopped { try? signalServer("CONT", folder) }
            _ = try? cluster("stop", folder)
            try? FileManager.default.removeItem(at: folder)
        }
        let sam = try samsSession(on: url, mentionsBy: "@caller", saying: "hello")

        try signalServer("STOP", folder)
        stopped = true
        try sam.press("Enter")
        try sam.waitFor("waiting for the store", seconds: 10)
        // The interface is not held: help opens and closes while the thread's read waits on the server.
        try sam.press("?")
        try sam.waitFor("Show the keys of this screen", seconds: 3)
        try sam.press("q")
        try sam.waitUntil("help to close", seconds: 3) { lines in !lines.contains { $0.contains("Show the keys of this screen") } }

        try signalServer("CONT", folder)
        stopped = false
        try sam.waitFor("hello 0", seconds: 10)
        try sam.waitUntil("the bar to stop waiting", seconds: 10) { lines in
            !lines.contains { $0.contains("waiting for the store") }
        }
    }
}
