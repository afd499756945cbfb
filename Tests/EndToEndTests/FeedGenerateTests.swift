import Foundation
import RiposteStore
import Testing

@Suite("riposte feed generate: synthetic mentions go into practice stores only")
struct FeedGenerateTests {
    @Test("a new store becomes a training store; one holding a team's work is refused and left as it was")
    func onlyIntoPracticeStores() throws {
        let folder = try CommandFolder()
        let practice = folder.url.appendingPathComponent("practice.sqlite").path
        let made = try Subprocess.run([TerminalPane.binary, "feed", "generate", "--count", "20", "--store", practice])
        #expect(made.status == 0)
        #expect(try Subprocess.run([TerminalPane.binary, "feed", "generate", "--count", "20", "--seed", "2",
                                    "--store", practice]).status == 0)

        let team = folder.store
        #expect(try folder.riposte(["store", "init"]).status == 0)
        let mention = folder.url.appendingPathComponent("one.jsonl")
        try Data(#"{"id": "1", "network": "x", "author": {"handle": "@ann"}, "text": "my order?", "created_at": "2024-03-01T09:00:00Z"}"#.utf8)
            .write(to: mention)
        #expect(try folder.riposte(["import", mention.path]).status == 0)
        let refused = try folder.riposte(["feed", "generate", "--count", "20"])
        #expect(refused.status != 0)
        #expect(refused.output.contains("holds a team's work"))
        #expect(try SQLiteInboxStore(path: team).queueRows(after: nil, limit: 10).count == 1)
    }
}
