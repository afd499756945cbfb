import Foundation
import GRDB
import RiposteCore
import RiposteStore
import StoreTestSupport
import Testing

@Suite("The store keeps the inbox in a real database")
struct InboxStoreTests {
    @Test("a new store is a WAL file with the whole schema", .enabled(if: StoreBackend.current == .sqlite))
    func newStoreIsWAL() throws {
        let temporary = try TemporaryStore()
        let queue = try DatabaseQueue(path: temporary.path)
        let mode = try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let tables = try queue.read {
            try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        for table in ["accounts", "agents", "audit", "cases", "drafts", "feed_schedule", "meta", "posts"] {
            #expect(tables.contains(table), "missing table \(table)")
        }
    }

    @Test("reopening a store keeps its data and runs no migration twice")
    func reopen() throws {
        let temporary = try TemporaryStore()
        try temporary.store.ingest([post("1", by: account("@ann"), at: 0)])
        let again = try temporary.reopened()
        #expect(try again.queueRows(after: nil, limit: 10).count == 1)
    }

    @Test("a store written by a newer Riposte is refused with a clear message",
          .enabled(if: StoreBackend.current == .sqlite))
    func newerStoreRefused() throws {
        let temporary = try TemporaryStore()
        let queue = try DatabaseQueue(path: temporary.path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')") }
        #expect(throws: StoreError.newerSchema(path: temporary.path)) {
            try SQLiteInboxStore(path: temporary.path)
        }
    }

    @Test("a mention starts a case; replies join their parent's case; a post seen twice is stored once")
    func casesFollowThreads() throws {
        let store = try TemporaryStore().store
        let ann = account("@ann"), brand = account("@us", role: .brand)
        let summary = try store.ingest([
            post("a", by: ann, at: 0),
            post("b", by: account("@bob"), at: 1),
            post("a-reply", by: brand, at: 2, replyTo: "a"),
            post("a-again", by: ann, at: 3, replyTo: "a-reply"),
            post("a", by: ann, at: 0),
        ])
        #expect(summary == IngestSummary(inserted: 4, alreadyStored: 1, newCases: 2))
        let rows = try store.queueRows(after: nil, limit: 10)
        #expect(rows.map(\.author.handle) == ["@bob", "@ann"])
        let annCase = try #require(rows.last)
        #expect(annCase.postCount == 3)
        #expect(annCase.snippet == "post a-again")
        // Ann wrote again after our reply: the case needs a look again, and waits from her new post.
        #expect(annCase.status == .new)
        #expect(annCase.waitingSince == epoch.addingTimeInterval(180))
        let thread = try #require(try store.thread(annCase.caseID, agent: "sam"))
        #expect(thread.posts.map(\.externalID) == ["a", "a-reply", "a-again"])
        #expect(thread.posts.map(\.isOurs) == [false, true, false])
        #expect(thread.posts[2].parentID == thread.posts[1].id)
    }

    @Test("a reply to a post the store never saw starts its own case")
    func unknownParent() throws {
        let store = try TemporaryStore().store
        try store.ingest([post("x", by: account("@ann"), at: 0, replyTo: "never-seen")])
        let rows = try store.queueRows(after: nil, limit: 10)
        #expect(rows.count == 1)
        let thread = try #require(try store.thread(rows[0].caseID, agent: "sam"))
        #expect(thread.posts[0].parentID == nil)
    }

    @Test("an import with a bad post stores nothing at all")
    func ingestIsAtomic() throws {
        let store = try TemporaryStore().store
        struct Refused: Error {}
        #expect(throws: Refused.self) {
            try store.ingestAll { add in
                try add(post("1", by: account("@ann"), at: 0))
                throw Refused()
            }
        }
        #expect(try store.queueRows(after: nil, limit: 10).isEmpty)
    }
}
