import Foundation
import GRDB
import RiposteCore
import RiposteStore
import StoreTestSupport
import Testing

@Suite("Agents reply from the store: drafts, sent replies, the audit log")
struct ReplyAndDraftTests {
    func caseWithMention() throws -> (TemporaryStore, CaseThread) {
        let temporary = try TemporaryStore()
        try temporary.store.ingest([
            post("hi", by: account("@us", role: .brand, followers: 9000), at: -10, text: "Ask us anything"),
            post("q", by: account("@ann"), at: 0, replyTo: "hi", text: "Why is my bill double?"),
        ])
        let row = try #require(try temporary.store.queueRows(after: nil, limit: 1).first)
        return (temporary, try #require(try temporary.store.thread(row.caseID, agent: "sam")))
    }

    @Test("a draft comes back with its text and cursor, for its own agent only")
    func draftRoundTrip() throws {
        let (temporary, thread) = try caseWithMention()
        let draft = Draft(caseID: thread.caseID, inReplyTo: thread.posts[1].id, text: "Sorry Ann,\nlet me look", cursor: 5)
        try temporary.store.saveDraft(draft, by: "sam", at: epoch)
        #expect(try temporary.store.thread(thread.caseID, agent: "sam")?.draft == draft)
        #expect(try temporary.store.thread(thread.caseID, agent: "kim")?.draft == nil)
        try temporary.store.deleteDraft(on: thread.caseID, by: "sam")
        #expect(try temporary.store.thread(thread.caseID, agent: "sam")?.draft == nil)
    }

    @Test("what quitting would leave behind: the agent's own drafts and running claims, no one else's")
    func heldWork() throws {
        let (temporary, thread) = try caseWithMention()
        let store = temporary.store
        #expect(try store.heldWork(of: "sam", at: epoch) == HeldWork(drafts: [], claims: []))
        try store.saveDraft(Draft(caseID: thread.caseID, inReplyTo: thread.posts[1].id, text: "draft", cursor: 0),
                            by: "sam", at: epoch)
        _ = try store.claim(thread.caseID, by: "sam", at: epoch, lease: 120, takeOver: false)
        #expect(try store.heldWork(of: "sam", at: epoch) == HeldWork(drafts: [thread.caseID], claims: [thread.caseID]))
        #expect(try store.heldWork(of: "sam", at: epoch.addingTimeInterval(121)).claims == [])
        #expect(try store.heldWork(of: "kim", at: epoch) == HeldWork(drafts: [], claims: []))
    }

    @Test("sending posts our reply as the brand, marks the case replied, clears the draft and audits who sent what")
    func sendReply() throws {
        let (temporary, thread) = try caseWithMention()
        let store = temporary.store
        try store.openCase(thread.caseID, by: "sam", at: epoch)
        try store.saveDraft(Draft(caseID: thread.caseID, inReplyTo: thread.posts[1].id, text: "draft", cursor: 0),
                            by: "sam", at: epoch)
        let sent = try store.sendReply(on: thread.caseID, inReplyTo: thread.posts[1].id, text: "Sorry Ann, DM us",
                                       by: "sam", at: epoch.addingTimeInterval(60))
        #expect(sent.author.handle == "@us")
        #expect(sent.isOurs && sent.sentBy == "sam")

        let after = try #require(try store.thread(thread.caseID, agent: "sam"))
        #expect(after.status == .replied)
        #expect(after.draft == nil)
        #expect(after.posts.last == sent)
        #expect(after.posts.last?.parentID == thread.posts[1].id)
        #expect(try store.queueRow(thread.caseID)?.waitingSince == nil)

        let audit = try store.auditLog(for: thread.caseID)
        try #require(audit.map(\.action) == ["case.status", "reply.sent"])
        #expect(audit[1].agent == "sam")
        #expect(audit[1].at == epoch.addingTimeInterval(60))
        #expect(audit[1].detail == "to @ann as @us: Sorry Ann, DM us")
    }

    @Test("a customer writing again makes a replied case new again")
    func reopen() throws {
        let (temporary, thread) = try caseWithMention()
        let store = temporary.store
        let reply = try store.sendReply(on: thread.caseID, inReplyTo: thread.posts[1].id, text: "On it", by: "sam",
                                        at: epoch.addingTimeInterval(60))
        try store.ingest([post("q2", by: account("@ann"), at: 5, replyTo: reply.externalID, text: "Still double")])
        let row = try #require(try store.queueRow(thread.caseID))
        #expect(row.status == .new)
        #expect(row.waitingSince == epoch.addingTimeInterval(300))
    }

    @Test("replying to a post of another case is refused")
    func replyOutsideCase() throws {
        let (temporary, thread) = try caseWithMention()
        try temporary.store.ingest([post("other", by: account("@bob"), at: 1)])
        let other = try #require(try temporary.store.queueRows(after: nil, limit: 5).first { $0.caseID != thread.caseID })
        #expect(throws: StoreError.noSuchPost(thread.posts[1].id.rawValue)) {
            try temporary.store.sendReply(on: other.caseID, inReplyTo: thread.posts[1].id, text: "x", by: "sam", at: epoch)
        }
    }

    @Test("the audit log cannot be rewritten, even by SQL on the file", .enabled(if: StoreBackend.current == .sqlite))
    func auditIsAppendOnly() throws {
        let temporary = try TemporaryStore()
        try temporary.store.appendAudit(AuditEntry(at: epoch, agent: "sam", action: "test", caseID: nil, detail: "kept"))
        let queue = try DatabaseQueue(path: temporary.path)
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "UPDATE audit SET detail = 'changed'") } }
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "DELETE FROM audit") } }
        #expect(try temporary.store.auditLog(for: nil).map(\.detail) == ["kept"])
    }

    @Test("agents are created once with their role")
    func agents() throws {
        let store = try TemporaryStore().store
        #expect(try store.ensureAgent(named: "kim", role: .supervisor) == Agent(name: "kim", role: .supervisor))
        #expect(try store.ensureAgent(named: "kim", role: .agent) == Agent(name: "kim", role: .supervisor))
    }
}
