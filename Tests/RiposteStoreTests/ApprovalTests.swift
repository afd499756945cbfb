import Foundation
import RiposteCore
import RiposteStore
import StoreTestSupport
import Testing

@Suite("Risky replies wait for a supervisor")
struct ApprovalTests {
    /// A case with a customer's mention, an agent (sam) and two supervisors (kim, lee).
    func setUp() throws -> (TemporaryStore, CaseThread) {
        let temporary = try TemporaryStore()
        let store = temporary.store
        try store.ingest([
            post("hi", by: account("@us", role: .brand), at: -10, text: "Ask us anything"),
            post("q", by: account("@ann", followers: 50_000), at: 0, replyTo: "hi", text: "Your network is a joke"),
        ])
        try store.setAgent(Agent(name: "sam", role: .agent), by: "admin", at: epoch)
        try store.setAgent(Agent(name: "kim", role: .supervisor), by: "admin", at: epoch)
        try store.setAgent(Agent(name: "lee", role: .supervisor), by: "admin", at: epoch)
        let row = try #require(try store.queueRows(after: nil, limit: 1).first)
        return (temporary, try #require(try store.thread(row.caseID, agent: "sam")))
    }

    func request(_ thread: CaseThread, text: String = "So is your attitude") -> OutgoingReply {
        OutgoingReply(caseID: thread.caseID, inReplyTo: thread.posts[1].id, text: text, voice: "banter",
                        riskScore: 72, riskReasons: ["sarcasm aimed at an angry customer", "reach: 50k followers"])
    }

    @Test("an agent's request waits, marked on the case and in the queue; their draft becomes the request")
    func requestWaits() throws {
        let (temporary, thread) = try setUp()
        let store = temporary.store
        try store.saveDraft(Draft(caseID: thread.caseID, inReplyTo: thread.posts[1].id, text: "So is your attitude",
                                  cursor: 3), by: "sam", at: epoch)
        try store.requestApproval(request(thread), by: "sam", at: epoch)
        let pending = try store.approvals(in: .pending, limit: 10)
        #expect(pending.count == 1)
        #expect(pending.first?.requestedBy == "sam" && pending.first?.riskScore == 72)
        #expect(pending.first?.inReplyTo.text == "Your network is a joke")
        #expect(pending.first?.riskReasons == ["sarcasm aimed at an angry customer", "reach: 50k followers"])
        #expect(try store.queueRow(thread.caseID)?.approval == .pending)
        let after = try #require(try store.thread(thread.caseID, agent: "sam"))
        #expect(after.draft == nil)
        #expect(after.approval?.state == .pending)
        #expect(try store.auditLog(for: thread.caseID).last?.action == "approval.requested")
    }

    @Test("a supervisor approves: the reply goes out as the agent's, and the audit log has both steps")
    func approve() throws {
        let (temporary, thread) = try setUp()
        let store = temporary.store
        let id = try store.requestApproval(request(thread), by: "sam", at: epoch)
        let sent = try store.approve(id, editedText: nil, by: "kim", at: epoch.addingTimeInterval(60))
        #expect(sent.sentBy == "sam" && sent.text == "So is your attitude" && sent.author.handle == "@us")
        let after = try #require(try store.thread(thread.caseID, agent: "sam"))
        #expect(after.status == .replied && after.approval == nil && after.posts.last == sent)
        #expect(try store.queueRow(thread.caseID)?.approval == nil)
        let log = try store.auditLog(for: thread.caseID).suffix(2)
        #expect(log.map(\.action) == ["approval.approved", "reply.sent"])
        #expect(log.map(\.agent) == ["kim", "sam"])
        #expect(log.last?.detail == "to @ann as @us: So is your attitude (approved by kim)")
        #expect(try store.approvals(in: .approved, limit: 10).first?.decidedBy == "kim")
    }

    @Test("a supervisor may edit before approving; the audit log keeps what was asked")
    func editThenApprove() throws {
        let (temporary, thread) = try setUp()
        let id = try temporary.store.requestApproval(request(thread), by: "sam", at: epoch)
        let sent = try temporary.store.approve(id, editedText: "Sorry Ann, DM us and we'll look", by: "kim", at: epoch)
        #expect(sent.text == "Sorry Ann, DM us and we'll look")
        let approved = try #require(try temporary.store.auditLog(for: thread.caseID).first { $0.action == "approval.approved" })
        #expect(approved.detail == "sam's reply (risk 72) after editing it from: So is your attitude")
    }

    @Test("a rejection reaches the agent on the case with its reason, and the text comes back as their draft")
    func reject() throws {
        let (temporary, thread) = try setUp()
        let store = temporary.store
        let id = try store.requestApproval(request(thread), by: "sam", at: epoch)
        try store.reject(id, reason: "Too snarky for an angry customer", by: "kim", at: epoch)
        let after = try #require(try store.thread(thread.caseID, agent: "sam"))
        #expect(after.approval?.state == .rejected)
        #expect(after.approval?.note == "Too snarky for an angry customer")
        #expect(after.approval?.decidedBy == "kim")
        #expect(after.draft?.text == "So is your attitude")
        #expect(after.posts.count == 2)
        #expect(try store.queueRow(thread.caseID)?.approval == .rejected)
        #expect(try store.auditLog(for: thread.caseID).last?.detail == "sam's reply (risk 72): Too snarky for an angry customer")
    }

    @Test("an agent cannot approve; nobody approves their own reply; a decided request stays decided")
    func permissions() throws {
        let (temporary, thread) = try setUp()
        let store = temporary.store
        let id = try store.requestApproval(request(thread), by: "sam", at: epoch)
        #expect(throws: StoreError.notAllowed("sam is an agent: only a supervisor can approve or reject")) {
            try store.approve(id, editedText: nil, by: "sam", at: epoch)
        }
        // Sam's request holds the case: kim takes it over to ask for her own.
        _ = try store.claim(thread.caseID, by: "kim", at: epoch, lease: 600, takeOver: true)
        let own = try store.requestApproval(request(thread, text: "mine"), by: "kim", at: epoch)
        #expect(throws: StoreError.notAllowed("nobody approves their own reply: another supervisor must decide")) {
            try store.reject(own, reason: "no", by: "kim", at: epoch)
        }
        try store.approve(own, editedText: nil, by: "lee", at: epoch)
        #expect(throws: StoreError.notAllowed("this request was already approved by lee")) {
            try store.approve(own, editedText: nil, by: "lee", at: epoch)
        }
        // Kim's newer request replaced Sam's, which can no longer be approved.
        #expect(throws: StoreError.notAllowed("this request was already rejected by kim")) {
            try store.approve(id, editedText: nil, by: "lee", at: epoch)
        }
        #expect(throws: StoreError.noSuchAgent("nobody")) { try store.approve(id, editedText: nil, by: "nobody", at: epoch) }
    }

    @Test("agents and their roles are kept, and changing a role is audited")
    func roles() throws {
        let (temporary, _) = try setUp()
        let store = temporary.store
        #expect(try store.agents().map(\.name) == ["kim", "lee", "sam"])
        try store.setAgent(Agent(name: "sam", role: .supervisor), by: "kim", at: epoch)
        #expect(try store.agent(named: "sam")?.role == .supervisor)
        #expect(try store.agent(named: "nobody") == nil)
        #expect(try store.auditLog(for: nil).last?.detail == "sam: agent → supervisor")
    }
}
