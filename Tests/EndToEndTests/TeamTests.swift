import Foundation
import RiposteCore
import RiposteStore
import StoreTestSupport
import Testing

@Suite("End to end: a team on one store", .serialized)
struct TeamTests {
    @Test("an agent's claim shows in a colleague's queue within a second")
    func claimSeenByColleague() throws {
        let sam = try TerminalPane(width: 110, height: 30, deferred: true)
        let path = sam.home.appendingPathComponent("team.sqlite").path
        let lines = (0..<5).map { index in
            #"{"id": "m\#(index)", "network": "x", "author": {"handle": "@customer\#(index)"}, "text": "help \#(index)", "created_at": "2024-03-01T09:0\#(index):00Z"}"#
        }
        let file = sam.home.appendingPathComponent("in.jsonl")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        #expect(try Subprocess.run([TerminalPane.binary, "store", "init", "--training", "--store", path]).status == 0)
        #expect(try Subprocess.run([TerminalPane.binary, "import", "--store", path, file.path]).status == 0)
        let kim = try TerminalPane(width: 110, height: 30, deferred: true)
        try sam.start(arguments: ["--store", path, "--as", "sam"])
        try kim.start(arguments: ["--store", path, "--as", "kim"])
        try sam.waitFor("@customer4")
        try kim.waitFor("@customer4")

        try sam.press("j", "j", "Enter")
        try sam.waitFor("help 2")
        try sam.press("r")
        try sam.waitFor("── reply as")
        let claimed = Date()
        try kim.waitUntil("kim's queue to show sam's claim", seconds: 5) { lines in
            lines.contains { $0.contains("@customer2") && $0.contains("✎sam") }
        }
        #expect(Date().timeIntervalSince(claimed) < 1.5)
        try kim.press("j", "j", "Enter")
        try kim.waitFor("✎ sam is replying on this case")
        try kim.press("r")
        try kim.waitFor("sam is replying on this case; T takes it over")
    }

    /// SQLite always; PostgreSQL too when the tests run with a server (Tests/Postgres/cluster.sh run).
    static var backends: [StoreBackend] { StoreBackend.postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    @Test("four agents race to claim and answer the same 1,000 cases: each gets one reply and one holder",
          arguments: backends)
    func claimRace(on backend: StoreBackend) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("riposte-race-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A file, or a database of its own on the test server: four processes on one machine or on four.
        var path = folder.appendingPathComponent("race.sqlite").path
        if backend == .postgres {
            let address = try StoreBackend.postgresServer().database("riposte_race_\(UUID().uuidString.prefix(8).lowercased())")
            try PostgresDatabases.create(address)
            path = address.description
        }
        defer { if backend == .postgres { try? PostgresDatabases.drop(PostgresAddress(url: path)) } }
        let file = folder.appendingPathComponent("in.jsonl")
        let lines = (0..<1000).map { index in
            #"{"id": "c\#(index)", "network": "x", "author": {"handle": "@user\#(index)"}, "text": "case \#(index)", "created_at": "2024-03-01T09:00:00Z"}"#
        }
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        #expect(try Subprocess.run([TerminalPane.binary, "store", "init", "--training", "--store", path]).status == 0)
        #expect(try Subprocess.run([TerminalPane.binary, "import", "--store", path, file.path]).status == 0)
        let agents = ["ana", "ben", "cho", "dev"]
        for agent in agents {
            #expect(try Subprocess.run([TerminalPane.binary, "agent", "add", agent, "--store", path]).status == 0)
        }
        // All four at once, as four agents' processes on one file.
        let race = agents.map { "\(TerminalPane.quoted(TerminalPane.binary)) claim-race --store \(TerminalPane.quoted(path)) --as \($0) &" }
            .joined(separator: " ") + " wait"
        let result = try Subprocess.run(["sh", "-c", race])
        #expect(result.status == 0, "\(result.output)")
        let answered = result.output.split(separator: "\n").compactMap { line in
            line.range(of: #"answered (\d+)"#, options: .regularExpression).map { Int(line[$0].dropFirst(9))! }
        }
        #expect(answered.count == 4)
        #expect(answered.reduce(0, +) == 1000)

        let store = try StoreLocation(path).open()
        let rows = try store.queueRows(after: nil, limit: 2000)
        #expect(rows.count == 1000)
        let audit = try store.auditLog(for: nil)
        for row in rows {
            let thread = try #require(try store.thread(row.caseID, agent: "ana"))
            let replies = thread.posts.filter { $0.sentBy != nil }
            #expect(replies.count == 1, "case \(row.caseID) has \(replies.count) replies")
            #expect(thread.work.claim?.agent == replies.first?.sentBy)
            // The audit log names the one claim, by the agent who replied.
            let claims = audit.filter { $0.caseID == row.caseID && $0.action == "case.claim" }
            #expect(claims.map(\.agent) == [replies.first?.sentBy ?? "?"])
        }
    }
}
