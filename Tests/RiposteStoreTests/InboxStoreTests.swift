import Foundation
import GRDB
import RiposteCore
@testable import RiposteStore
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

    @Test("a store records the version of the Riposte that migrated it, which no setting can change")
    func recordsWhoMigratedIt() throws {
        let temporary = try TemporaryStore()
        #expect(try temporary.store.value(forKey: "store.migrated_by") == RiposteVersion.current)
        #expect(throws: StoreError.self) { try temporary.store.setValue("0.1.0", forKey: "store.migrated_by") }
        let migration = try temporary.location.migrate()
        #expect(migration.ranNow.isEmpty && migration.lastMigratedBy == RiposteVersion.current)
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

    @Test("the same id on two networks is two posts, and a reply finds its parent on its own network")
    func postIdentityIsNetworkAndID() throws {
        let store = try TemporaryStore().store
        let onX = account("@ann"), onMastodon = account("@ann@social.example", network: .mastodon)
        let first = try store.ingest([post("12345", by: onX, at: 0, text: "no signal"),
                                      post("12345", by: onMastodon, at: 1, text: "pas de réseau")])
        #expect(first == IngestSummary(inserted: 2, alreadyStored: 0, newCases: 2))
        let reply = try store.ingest([post("777", by: account("@bo@social.example", network: .mastodon), at: 2,
                                           replyTo: "12345", text: "same here")])
        #expect(reply == IngestSummary(inserted: 1, alreadyStored: 0, newCases: 0))
        let rows = try store.queueRows(after: nil, limit: 10)
        let mastodon = try #require(rows.first { $0.network == .mastodon })
        #expect(try store.thread(mastodon.caseID, agent: "sam")?.posts.map(\.text) == ["pas de réseau", "same here"])
        let again = try store.ingest([post("12345", by: onX, at: 0), post("12345", by: onMastodon, at: 1)])
        #expect(again == IngestSummary(inserted: 0, alreadyStored: 2, newCases: 0))
    }

    @Test("a store from before v9 keeps every post, its threads and drafts, and then tells networks apart",
          .enabled(if: StoreBackend.current == .sqlite))
    func postIdentityMigration() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("riposte-v8-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: SentReplyGuard.migrationName)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO accounts (id, network, handle, name, followers, role) VALUES (1, 'x', '@ann', 'Ann', 5, 'customer');
                INSERT INTO agents (id, name, role, created_at) VALUES (1, 'sam', 'agent', 0);
                INSERT INTO cases (id, network, status, created_at, last_activity_at, latest_inbound_post_id, waiting_since, post_count)
                    VALUES (1, 'x', 'new', 0, 60000, 2, 0, 2);
                INSERT INTO posts (id, external_id, network, account_id, case_id, parent_id, in_reply_to_external, text, created_at, is_ours)
                    VALUES (1, '12345', 'x', 1, 1, NULL, NULL, 'no signal', 0, 0),
                           (2, '12346', 'x', 1, 1, 1, '12345', 'still none', 60000, 0);
                INSERT INTO drafts (case_id, agent_id, in_reply_to, text, cursor, updated_at) VALUES (1, 1, 2, 'Sorry Ann', 9, 0);
                """)
        }
        try queue.close()
        let store = try SQLiteInboxStore(path: path)
        let thread = try #require(try store.thread(CaseID(1), agent: "sam"))
        #expect(thread.posts.map(\.text) == ["no signal", "still none"])
        #expect(thread.posts.last?.parentID == thread.posts.first?.id)
        #expect(thread.draft?.text == "Sorry Ann")
        let added = try store.ingest([post("12345", by: account("@ann@social.example", network: .mastodon), at: 2),
                                      post("12345", by: account("@ann"), at: 0)])
        #expect(added == IngestSummary(inserted: 1, alreadyStored: 1, newCases: 1))
        let indexes = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'posts' AND sql IS NOT NULL ORDER BY name")
        }
        #expect(indexes == ["posts_awaiting_parent", "posts_by_account", "posts_by_case", "posts_replies_by_time"])
    }

    @Test("a case's row is its customer's: a rival's opening, bystanders and our replies never take it over")
    func rowIsTheCustomers() throws {
        let store = try TemporaryStore().store
        try store.ingest([post("dare", by: account("@rivalco", role: .rival), at: 0, text: "bet you can't rhyme")])
        #expect(try store.queueRows(after: nil, limit: 10).map(\.author.handle) == ["@rivalco"])
        try store.ingest([
            post("ask", by: account("@jess"), at: 1, replyTo: "dare", text: "my bill though?"),
            post("ours", by: account("@us", role: .brand), at: 2, replyTo: "ask"),
            post("lol", by: account("@bars", role: .bystander), at: 3, replyTo: "ours", text: "OHHH"),
            post("lol2", by: account("@fan", role: .bystander), at: 4, replyTo: "ours", text: "again!"),
        ])
        let row = try #require(try store.queueRows(after: nil, limit: 10).first)
        #expect(row.author.handle == "@jess" && row.snippet == "my bill though?")
        #expect(row.latestAuthor == "@fan")
        #expect(try store.queueRow(row.caseID) == row)
    }

    @Test("cases are counted through a filter, no further than asked")
    func caseCount() throws {
        let store = try TemporaryStore().store
        try store.ingest((0..<30).map { post("m\($0)", by: account("@c\($0 % 3)"), at: Double($0)) })
        func count(_ filter: String, upTo limit: Int = 100) throws -> Int {
            try store.caseCount(in: QueueScope(filter: try CaseFilter.parse(filter), agent: "sam", now: epoch,
                                               serviceLevels: .standard), upTo: limit)
        }
        #expect(try count("") == 30)
        #expect(try count("", upTo: 7) == 7)
        #expect(try count("author:@c1") == 10)
        #expect(try count("status:new -author:@c1 post") == 20)
        #expect(try count("is:awaiting") == 0)
    }

    @Test("the team's tags are offered the most used first")
    func tagNames() throws {
        let store = try TemporaryStore().store
        try store.ingest((0..<3).map { post("m\($0)", by: account("@c\($0)"), at: Double($0)) })
        try store.tag([CaseID(1)], adding: ["vip", "billing"], removing: [], by: "sam", at: epoch)
        try store.tag([CaseID(2), CaseID(3)], adding: ["billing"], removing: [], by: "sam", at: epoch)
        #expect(try store.tagNames() == ["billing", "vip"])
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
        // The row tells the case by what Ann asked first, and marks that she spoke last.
        #expect(annCase.snippet == "post a" && annCase.latestAuthor == "@ann")
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

    @Test("a reply that arrived before its parent joins the parent's thread when it comes, in one case",
          arguments: [false, true])
    func replyBeforeItsParent(oneFile: Bool) throws {
        let store = try TemporaryStore().store
        let ann = account("@ann"), bob = account("@bob")
        let parent = post("p", by: ann, at: 0, text: "no signal in Leeds")
        let reply = post("r", by: bob, at: 1, replyTo: "p", text: "same here")
        if oneFile {
            try store.ingest([reply, parent])
        } else {
            try store.ingest([reply])
            try store.ingest([parent])
        }
        let rows = try store.queueRows(after: nil, limit: 10)
        #expect(rows.count == 1)
        let case_ = try #require(rows.first)
        #expect(case_.postCount == 2)
        #expect(case_.waitingSince == epoch)
        let thread = try #require(try store.thread(case_.caseID, agent: "sam"))
        #expect(thread.posts.map(\.externalID) == ["p", "r"])
        #expect(thread.posts[1].parentID == thread.posts[0].id)
        let merges = try store.auditLog(for: nil).filter { $0.action == "case.merge" }
        #expect(merges.count == 2)
        #expect(merges.first?.caseID == case_.caseID)
    }

    @Test("an agent replying on the case a waiting reply started keeps working it, and gets a note, when it joins its thread")
    func waitingReplyJoinsAWorkedThread() throws {
        let store = try TemporaryStore().store
        let ann = account("@ann"), bob = account("@bob")
        try store.ingest([post("root", by: ann, at: 0, text: "no signal in Leeds")])
        try store.ingest([post("late-child", by: bob, at: 3, replyTo: "middle", text: "still nothing here either")])
        let rows = try store.queueRows(after: nil, limit: 10)
        let childCase = try #require(rows.first { $0.author.handle == "@bob" }).caseID
        let rootCase = try #require(rows.first { $0.author.handle == "@ann" }).caseID
        _ = try store.claim(childCase, by: "sam", at: Date(), lease: 3600, takeOver: false)
        try store.ingest([post("middle", by: ann, at: 2, replyTo: "root", text: "and now in York")])

        let after = try store.queueRows(after: nil, limit: 10)
        #expect(after.map(\.caseID) == [rootCase])
        let thread = try #require(try store.thread(rootCase, agent: "sam"))
        #expect(thread.posts.map(\.externalID) == ["root", "middle", "late-child"])
        #expect(thread.work.claim?.agent == "sam")
        #expect(thread.notes.map(\.agent) == ["sam"])
        #expect(thread.notes.first?.text.contains("Case #\(childCase.rawValue) joined this case") == true)
        // Search finds the post that moved under the case it joined.
        let search = QueueScope(filter: try CaseFilter.parse("\"nothing here\""), agent: "sam", now: epoch,
                                serviceLevels: .standard)
        #expect(try store.queueRows(after: nil, limit: 10, in: search).map(\.caseID) == [rootCase])
    }

    @Test("two posts that each say they answer the other make no loop: both stay in the thread")
    func repliesInALoop() throws {
        let store = try TemporaryStore().store
        try store.ingest([post("a", by: account("@ann"), at: 0, replyTo: "b")])
        try store.ingest([post("b", by: account("@bob"), at: 1, replyTo: "a")])
        let rows = try store.queueRows(after: nil, limit: 10)
        #expect(rows.count == 1)
        let thread = try #require(try store.thread(rows[0].caseID, agent: "sam"))
        #expect(Set(thread.posts.map(\.externalID)) == ["a", "b"])
        #expect(thread.posts.contains { $0.parentID == nil })
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
