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

    @Test("the server stops while an agent types: the draft is kept on the machine, saved when the server is back, and live updates resume")
    func serverRestartsMidSession() throws {
        let folder = URL(fileURLWithPath: "/tmp/riposte-outage-\(UUID().uuidString.prefix(8))")
        let url = try cluster("start", folder)
        defer {
            _ = try? cluster("stop", folder)
            try? FileManager.default.removeItem(at: folder)
        }
        let sam = try TerminalPane(width: 110, height: 30, deferred: true)
        let mentions = (0..<3).map { index in
            #"{"id": "m\#(index)", "network": "x", "author": {"handle": "@customer\#(index)"}, "text": "help \#(index)", "created_at": "2024-03-01T09:0\#(index):00Z"}"#
        }
        let file = sam.home.appendingPathComponent("in.jsonl")
        try Data(mentions.joined(separator: "\n").utf8).write(to: file)
        #expect(try Subprocess.run([TerminalPane.binary, "store", "init", "--training", "--store", url]).status == 0)
        #expect(try Subprocess.run([TerminalPane.binary, "import", "--store", url, file.path]).status == 0)

        try sam.start(arguments: ["--store", url, "--as", "sam"])
        try sam.waitFor("@customer2")
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
}
