import Foundation
import RiposteStore
import Testing

@Suite("riposte feed generate: synthetic mentions go into practice stores only")
struct FeedGenerateTests {
    @Test("a new store becomes a training store; one holding a team's work is refused and left as it was")
    func onlyIntoPracticeStores() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("riposte-feed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let practice = folder.appendingPathComponent("practice.sqlite").path
        let made = try Subprocess.run([TerminalPane.binary, "feed", "generate", "--count", "20", "--store", practice])
        #expect(made.status == 0)
        #expect(try Subprocess.run([TerminalPane.binary, "feed", "generate", "--count", "20", "--seed", "2",
                                    "--store", practice]).status == 0)

        let team = folder.appendingPathComponent("team.sqlite").path
        #expect(try Subprocess.run([TerminalPane.binary, "store", "init", "--store", team]).status == 0)
        let mention = folder.appendingPathComponent("one.jsonl")
        try Data(#"{"id": "1", "network": "x", "author": {"handle": "@ann"}, "text": "my order?", "created_at": "2024-03-01T09:00:00Z"}"#.utf8)
            .write(to: mention)
        #expect(try Subprocess.run([TerminalPane.binary, "import", mention.path, "--store", team]).status == 0)
        let refused = try Subprocess.run([TerminalPane.binary, "feed", "generate", "--count", "20", "--store", team])
        #expect(refused.status != 0)
        #expect(refused.output.contains("holds a team's work"))
        #expect(try SQLiteInboxStore(path: team).queueRows(after: nil, limit: 10).count == 1)
    }
}
