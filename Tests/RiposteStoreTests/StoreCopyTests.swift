import Foundation
import RiposteCore
import RiposteStore
import StoreTestSupport
import Testing

@Suite("A store copied to another database and back loses nothing")
struct StoreCopyTests {
    /// A day's work on a store: mentions, a reply, an approval waiting, tags, a note, a draft, a demo to come.
    func workedStore() throws -> TemporaryStore {
        let temporary = try TemporaryStore()
        let store = temporary.store
        try store.ingest([
            post("hi", by: account("@us", role: .brand), at: -10, text: "Ask us anything"),
            post("q", by: account("@ann", followers: 50_000), at: 0, replyTo: "hi", text: "Ça ne marche pas 📵"),
            // What COPY's text format must escape: a tab, a line break, a return, a backslash, and what looks like NULL.
            post("r", by: account("@bob"), at: 1, text: "Where's my refund?\tline\nbreak\r\\N C:\\path \\\\"),
        ])
        try store.setAgent(Agent(name: "sam", role: .agent), by: "admin", at: epoch)
        try store.setAgent(Agent(name: "kim", role: .supervisor), by: "admin", at: epoch)
        // `riposte connect` serves x from this store: the reply below waits in its outbox.
        #expect(try store.leaseConnector("x @us", for: "host:1", seconds: 60))
        try store.recordConnector("x @us", state: .following, cursor: "r", by: "host:1")
        let rows = try store.queueRows(after: nil, limit: 10)
        let ann = try #require(try store.thread(rows[0].caseID, agent: "sam"))
        let bob = try #require(try store.thread(rows[1].caseID, agent: "sam"))
        try store.sendReply(on: ann.caseID, inReplyTo: ann.posts[1].id, text: "On it", by: "sam", at: epoch.addingTimeInterval(120))
        try store.requestApproval(OutgoingReply(caseID: bob.caseID, inReplyTo: bob.posts[0].id, text: "Patience",
                                                voice: "banter", riskScore: 70, riskReasons: ["curt"]),
                                  by: "sam", at: epoch.addingTimeInterval(130))
        try store.tag([ann.caseID, bob.caseID], adding: ["vip", "refund"], removing: [], by: "sam", at: epoch)
        try store.addNote(on: bob.caseID, text: "Called him", by: "kim", at: epoch)
        try store.saveDraft(Draft(caseID: ann.caseID, inReplyTo: ann.posts[1].id, text: "Also…", cursor: 2), by: "kim",
                            at: epoch)
        try store.schedule([ScheduledPost(due: epoch.addingTimeInterval(600), post: post("later", by: account("@cy"), at: 10))],
                           feed: "demo")
        try store.setValue("rap-battle", forKey: "demo")
        return temporary
    }

    /// Where a copy goes: a database on the test server when there is one, else another SQLite file.
    func copyTarget(_ temporary: TemporaryStore, _ name: String) throws -> StoreLocation {
        guard StoreBackend.postgresURL != nil else { return .file(temporary.folder.appendingPathComponent(name).path) }
        return .postgres(try StoreBackend.postgresServer().database("riposte_copy_\(UUID().uuidString.prefix(8).lowercased())"))
    }

    func drop(_ location: StoreLocation) {
        if case let .postgres(address) = location { try? PostgresDatabases.drop(address) }
    }

    @Test("every table arrives with the same count and checksum, there and back, and reads the same")
    func roundTrip() throws {
        let temporary = try workedStore()
        let there = try copyTarget(temporary, "there.sqlite")
        defer { drop(there) }
        let back = StoreLocation.file(temporary.folder.appendingPathComponent("back.sqlite").path)
        let out = try StoreCopy.run(from: temporary.location, to: there)
        #expect(out.allSatisfy { $0.matches })
        #expect(out.first { $0.table == "posts" }?.sourceRows == 4)
        #expect(out.first { $0.table == "audit" }.map { $0.sourceRows > 0 } == true)
        let returned = try StoreCopy.run(from: there, to: back)
        #expect(returned.map(\.sourceChecksum) == out.map(\.sourceChecksum))

        let original = temporary.store, copy = try back.open(), middle = try there.open()
        for store in [copy, middle] {
            #expect(try store.queueRows(after: nil, limit: 10) == original.queueRows(after: nil, limit: 10))
            for row in try original.queueRows(after: nil, limit: 10) {
                #expect(try store.thread(row.caseID, agent: "kim") == original.thread(row.caseID, agent: "kim"))
            }
            #expect(try store.auditLog(for: nil) == original.auditLog(for: nil))
            #expect(try store.approvals(in: .pending, limit: 10) == original.approvals(in: .pending, limit: 10))
            #expect(try store.scheduledCount() == 1)
            #expect(try store.value(forKey: "demo") == "rap-battle")
            #expect(try store.connectorCursor("x @us") == "r")
            #expect(try store.queueRows(after: nil, limit: 10).contains { $0.work.unsentReply == .pending })
            // The copy's own search index was built: the accented word is found.
            let search = QueueScope(filter: try CaseFilter.parse("marche"), agent: "kim", now: epoch,
                                    serviceLevels: .standard)
            #expect(try store.queueRows(after: nil, limit: 10, in: search).count == 1)
            // Its own tally of cases too, and phrases found in its search index.
            let phrase = QueueScope(filter: try CaseFilter.parse("\"ne marche\""), agent: "kim", now: epoch,
                                    serviceLevels: .standard)
            #expect(try store.queueRows(after: nil, limit: 10, in: phrase).count == 1)
            let figures = { (store: any InboxStore) in
                try store.teamFigures(since: epoch, at: epoch, serviceLevels: .standard).backlog
            }
            #expect(try figures(store) == figures(original))
            #expect(try store.problems(thorough: true).isEmpty)
        }
    }

    @Test("new rows in a copy take ids after the copied ones")
    func idsContinue() throws {
        let temporary = try workedStore()
        let there = try copyTarget(temporary, "there.sqlite")
        defer { drop(there) }
        _ = try StoreCopy.run(from: temporary.location, to: there)
        let copy = try there.open()
        let before = try copy.queueRows(after: nil, limit: 10).map(\.caseID)
        try copy.ingest([post("new", by: account("@dee"), at: 20, text: "Hello?")])
        let after = try copy.queueRows(after: nil, limit: 10).map(\.caseID)
        #expect(after.count == before.count + 1)
        #expect(after.last.map { id in before.allSatisfy { $0 < id } } == true)
        try copy.appendAudit(AuditEntry(at: epoch, agent: "kim", action: "test", caseID: nil, detail: "after the copy"))
        #expect(try copy.auditLog(for: nil).last?.detail == "after the copy")
    }

    @Test("a copy into a store that holds data is refused and leaves both as they were")
    func refusesNonEmptyTarget() throws {
        let temporary = try workedStore()
        let other = try TemporaryStore()
        try other.store.ingest([post("x", by: account("@zed"), at: 0)])
        #expect(throws: StoreError.self) { try StoreCopy.run(from: temporary.location, to: other.location) }
        #expect(try other.store.queueRows(after: nil, limit: 10).count == 1)
        #expect(throws: StoreError.self) { try StoreCopy.run(from: temporary.location, to: temporary.location) }
    }
}
