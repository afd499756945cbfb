import Foundation
import GRDB
import RiposteCore
@testable import RiposteStore
import StoreTestSupport
import Testing

/// A large import and an agent on one SQLite file, each with its own connections as two processes have.
@Suite("A large import lets the team keep working, and is still all or nothing",
       .enabled(if: StoreBackend.current == .sqlite))
struct ImportChunkTests {
    let temporary: TemporaryStore
    let importer: SQLiteInboxStore
    let agent: SQLiteInboxStore

    init() throws {
        temporary = try TemporaryStore()
        importer = try SQLiteInboxStore(path: temporary.path)
        agent = try SQLiteInboxStore(path: temporary.path)
        try agent.ingest([post("before", by: account("@ann"), at: 0, text: "my parcel is late")])
    }

    /// `count` new mentions, a few of them replies to the post from before the import.
    func mentions(_ count: Int) -> [IncomingPost] {
        (0..<count).map { index in
            index % 1_000 == 500
                ? post("m\(index)", by: account("@ann"), at: 1, replyTo: "before", text: "still waiting \(index)")
                : post("m\(index)", by: account("@c\(index % 300)"), at: 1 + Double(index) / 1_000, text: "mention \(index)")
        }
    }

    func caseOf(_ externalID: String) throws -> CaseID {
        try #require(try agent.pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT case_id FROM posts WHERE external_id = ?", arguments: [externalID])
        }.map(CaseID.init))
    }

    /// Runs `work` as the agent, on a thread of their own, while the import goes on adding mentions; returns once the
    /// work is done, with what it threw. In one long transaction the agent's first write would wait for the whole
    /// import, and fail after five seconds.
    func whileImporting(_ add: (IncomingPost) throws -> Void, _ work: @escaping @Sendable () throws -> Void) throws
        -> (any Error)? {
        nonisolated(unsafe) var failure: (any Error)?
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            do { try work() } catch { failure = error }
            done.signal()
        }
        var extra = 0
        while done.wait(timeout: .now()) == .timedOut {
            try add(post("extra\(extra)", by: account("@late"), at: 2, text: "mention extra \(extra)"))
            extra += 1
        }
        return failure
    }

    @Test("an agent claims and notes while mentions are imported: the import lets each write in and goes on")
    func agentWritesDuringImport() throws {
        let before = try caseOf("before")
        let agent = agent
        let summary = try importer.ingestAll { add in
            for (index, mention) in mentions(6_000).enumerated() {
                try add(mention)
                guard index == 4_000 else { continue }
                let failure = try whileImporting(add) {
                    guard case .granted = try agent.claim(before, by: "sam", at: epoch, lease: 600, takeOver: false) else {
                        throw StoreError.notAllowed("the claim was not granted")
                    }
                    try agent.addNote(on: before, text: "calling them back", by: "sam", at: epoch)
                }
                #expect(failure == nil, "\(failure.map { "\($0)" } ?? "")")
            }
        }
        #expect(summary.inserted >= 6_000)
        #expect(try agent.auditLog(for: before).map(\.action) == ["case.claim", "case.note"])
        #expect(try agent.problems(thorough: true).isEmpty)
        #expect(try importer.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM imports") } == 0)
    }

    @Test("an import that fails part-way is taken back whole: its cases go, a case from before is as it was, and a case an agent took up meanwhile stays")
    func failedImportIsTakenBack() throws {
        try agent.ingest([post("other", by: account("@bob"), at: 0, text: "hello")])
        let before = try #require(try agent.queueRow(try caseOf("before")))
        let other = try caseOf("other")
        let agent = agent
        struct DiskFull: Error {}
        #expect(throws: DiskFull.self) {
            try importer.ingestAll { add in
                for (index, mention) in mentions(6_000).enumerated() {
                    try add(mention)
                    guard index == 5_000 else { continue }
                    let failure = try whileImporting(add) {
                        // A write of the agent's lets the import commit what it has; then they take up a new case.
                        _ = try agent.claim(other, by: "sam", at: epoch, lease: 600, takeOver: false)
                        let taken = try #require(try agent.pool.read { db in
                            try Int64.fetchOne(db, sql: "SELECT case_id FROM posts WHERE external_id = 'm10'")
                        })
                        _ = try agent.claim(CaseID(taken), by: "sam", at: epoch, lease: 600, takeOver: false)
                    }
                    #expect(failure == nil)
                }
                throw DiskFull()
            }
        }
        let rows = try agent.queueRows(after: nil, limit: 10)
        #expect(Set(rows.map(\.caseID)) == [before.caseID, other, try caseOf("m10")])
        #expect(try agent.queueRow(before.caseID) == before, "the case from before has its own posts and place again")
        #expect(try agent.thread(before.caseID, agent: "sam")?.posts.map(\.externalID) == ["before"])
        let search = QueueScope(filter: try CaseFilter.parse("\"mention\""), agent: "sam", now: epoch,
                                serviceLevels: .standard)
        #expect(try agent.queueRows(after: nil, limit: 10, in: search).map(\.caseID) == [try caseOf("m10")])
        let rollback = try #require(try agent.auditLog(for: nil).last)
        #expect(rollback.action == "import.rollback")
        #expect(rollback.detail.contains("posts taken back, 1 kept in cases worked on meanwhile"))
        #expect(try agent.problems(thorough: true).isEmpty)
    }

    @Test("an import whose process is gone is taken back by the next process that opens the store")
    func abandonedImportIsTakenBack() throws {
        // The first chunks are written and recorded, then the import's lease goes as a killed process's would.
        let lease = try importer.pool.write { db in
            try db.execute(sql: "INSERT INTO imports (started_by, started_at, audit_from) VALUES ('pat', ?, 0)",
                           arguments: [StoreTime.milliseconds(Date())])
            return try ImportLease(store: temporary.path, importID: db.lastInsertedRowID)
        }
        let chunk = mentions(3_000)
        try importer.pool.write { db in
            let insertion = try PostInsertion(db, indexingEachPost: false, importID: 1)
            for mention in chunk { _ = try insertion.insert(mention) }
            try insertion.indexDeferredText()
            try db.execute(sql: "INSERT INTO import_chunks VALUES (1, ?, ?, ?, ?)", arguments: [
                insertion.firstPostID, insertion.nextPostID - 1, insertion.firstCaseID, insertion.nextCaseID - 1])
        }
        let opened = try SQLiteInboxStore(path: temporary.path)
        #expect(try opened.queueRows(after: nil, limit: 10).count == 10, "while its process runs, the import stays")
        lease.release()
        let reopened = try SQLiteInboxStore(path: temporary.path)
        #expect(try reopened.queueRows(after: nil, limit: 10).count == 1)
        #expect(try reopened.auditLog(for: nil).last?.detail.contains("its process ended before it was complete") == true)
        #expect(try reopened.problems(thorough: true).isEmpty)
    }
}
