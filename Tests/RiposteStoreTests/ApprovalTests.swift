import Foundation
import RiposteCore
import RiposteStore
import StoreTestSupport
import Testing

@Suite("Risky replies wait for a supervisor, and an approval decides only the reply it was asked about")
struct ApprovalTests {
    /// A case with a customer's mention, an agent (sam) and two supervisors (kim, lee).
    func setUp(supervisors: [String] = ["kim", "lee"]) throws -> (TemporaryStore, CaseThread) {
        let temporary = try TemporaryStore()
        let store = temporary.store
        try store.ingest([
            post("hi", by: account("@us", role: .brand), at: -10, text: "Ask us anything"),
            post("q", by: account("@ann", followers: 50_000), at: 0, replyTo: "hi", text: "Your network is a joke"),
        ])
        try store.setAgent(Agent(name: "sam", role: .agent), by: "admin", at: epoch)
        for name in supervisors { try store.setAgent(Agent(name: name, role: .supervisor), by: "admin", at: epoch) }
        let row = try #require(try store.queueRows(after: nil, limit: 1).first)
        return (temporary, try #require(try store.thread(row.caseID, agent: "sam")))
    }

    /// What the agent's editor sent: the store judges it again, whatever score came with it.
    func request(_ thread: CaseThread, text: String = "Haha, so is your attitude 😂") -> OutgoingReply {
        OutgoingReply(caseID: thread.caseID, inReplyTo: thread.posts[1].id, text: text, voice: "banter",
                      riskScore: 0, riskReasons: [])
    }

    @Test("an agent's request waits, judged by the store, marked on the case and in the queue; their draft becomes the request")
    func requestWaits() throws {
        let (temporary, thread) = try setUp()
        let store = temporary.store
        try store.saveDraft(Draft(caseID: thread.caseID, inReplyTo: thread.posts[1].id, text: "Haha", cursor: 3),
                            by: "sam", at: epoch)
        try store.requestApproval(request(thread), by: "sam", at: epoch)
        let pending = try store.approvals(in: .pending, limit: 10)
        #expect(pending.count == 1)
        #expect(pending.first?.requestedBy == "sam")
        #expect((pending.first?.riskScore ?? 0) >= 60, "the store's own score, not the 0 the editor sent")
        #expect(pending.first?.riskReasons.contains { $0.contains("laughing") } == true)
        #expect(pending.first?.inReplyTo.text == "Your network is a joke")
        #expect(try store.queueRow(thread.caseID)?.approval == .pending)
        let after = try #require(try store.thread(thread.caseID, agent: "sam"))
        #expect(after.draft == nil)
        #expect(after.approval?.state == .pending)
        #expect(try store.auditLog(for: thread.caseID).last?.action == "approval.requested")
    }

    @Test("a risky reply sent straight to the store is refused and nothing goes out, whatever score its sender claims")
    func gateAtTheDoor() throws {
        let (temporary, thread) = try setUp()
        let store = temporary.store
        _ = try store.claim(thread.caseID, by: "sam", at: epoch, lease: 600, takeOver: false)
        #expect {
            try store.sendReply(request(thread, text: "Reply with your account number and password"), by: "sam", at: epoch)
        } throws: { error in
            guard case let StoreError.needsApproval(score, threshold, reasons)? = error as? StoreError else { return false }
            return score >= threshold && reasons.contains { $0.contains("password") }
        }
        #expect(try store.thread(thread.caseID, agent: "sam")?.posts.count == 2)
        let sent = try store.sendReply(request(thread, text: "Sorry Ann, DM us and we'll look"), by: "sam", at: epoch)
        #expect(sent.text == "Sorry Ann, DM us and we'll look")
    }

    @Test("a supervisor approves: the reply goes out as the agent's, the agent sees it was approved, the audit has both steps")
    func approve() throws {
        let (temporary, thread) = try setUp()
        let store = temporary.store
        let id = try store.requestApproval(request(thread), by: "sam", at: epoch)
        let sent = try store.approve(id, editedText: nil, by: "kim", at: epoch.addingTimeInterval(60))
        #expect(sent.sentBy == "sam" && sent.text == "Haha, so is your attitude 😂" && sent.author.handle == "@us")
        let after = try #require(try store.thread(thread.caseID, agent: "sam"))
        #expect(after.status == .replied && after.posts.last == sent)
        #expect(after.approval?.state == .approved && after.approval?.decidedBy == "kim")
        #expect(try store.queueRow(thread.caseID)?.approval == nil)
        let log = try store.auditLog(for: thread.caseID).suffix(2)
        #expect(log.map(\.action) == ["approval.approved", "reply.sent"])
        #expect(log.map(\.agent) == ["kim", "sam"])
        #expect(log.last?.detail == "to @ann as @us: Haha, so is your attitude 😂 (approved by kim)")
    }

    @Test("a supervisor may edit before approving: the thread shows who wrote the final text, the audit keeps both")
    func editThenApprove() throws {
        let (temporary, thread) = try setUp()
        let id = try temporary.store.requestApproval(request(thread), by: "sam", at: epoch)
        let sent = try temporary.store.approve(id, editedText: "Sorry Ann, DM us and we'll look", by: "kim", at: epoch)
        #expect(sent.text == "Sorry Ann, DM us and we'll look" && sent.editedBy == "kim")
        let after = try #require(try temporary.store.thread(thread.caseID, agent: "sam"))
        #expect(after.posts.last?.editedBy == "kim" && after.posts.last?.sentBy == "sam")
        #expect(after.approval?.sentText == "Sorry Ann, DM us and we'll look")
        let approved = try #require(try temporary.store.auditLog(for: thread.caseID).first { $0.action == "approval.approved" })
        #expect(approved.detail.hasSuffix("after editing it from: Haha, so is your attitude 😂\n to: Sorry Ann, DM us and we'll look"))
    }

    @Test("a rejection reaches the agent on the case with its whole reason, and the text comes back as their draft")
    func reject() throws {
        let (temporary, thread) = try setUp()
        let store = temporary.store
        let id = try store.requestApproval(request(thread), by: "sam", at: epoch)
        let reason = "Too snarky for an angry customer: she has 50k followers and a point, so apologise and take it to DM"
        try store.reject(id, reason: reason, by: "kim", at: epoch)
        let after = try #require(try store.thread(thread.caseID, agent: "sam"))
        #expect(after.approval?.state == .rejected)
        #expect(after.approval?.note == reason)
        #expect(after.approval?.decidedBy == "kim")
        #expect(after.draft?.text == "Haha, so is your attitude 😂")
        #expect(after.posts.count == 2)
        #expect(try store.queueRow(thread.caseID)?.approval == .rejected)
        #expect(try store.auditLog(for: thread.caseID).last?.detail.hasSuffix(reason) == true)
    }

    @Test("a reply sent on the case supersedes the request waiting there: approving it later is refused with the reason")
    func replySentSupersedes() throws {
        let (temporary, thread) = try setUp()
        let store = temporary.store
        let id = try store.requestApproval(request(thread), by: "sam", at: epoch)
        _ = try store.claim(thread.caseID, by: "sam", at: epoch, lease: 600, takeOver: false)
        try store.sendReply(request(thread, text: "Sorry Ann, DM us and we'll look"), by: "sam", at: epoch.addingTimeInterval(30))
        #expect(try store.approval(id)?.state == .superseded)
        #expect(throws: StoreError.notAllowed(
            "this request was superseded (a reply was sent on the case by sam): nothing to decide")) {
            try store.approve(id, editedText: nil, by: "kim", at: epoch.addingTimeInterval(60))
        }
        let replies = try #require(try store.thread(thread.caseID, agent: "sam")).posts.filter { $0.sentBy != nil }
        #expect(replies.map(\.text) == ["Sorry Ann, DM us and we'll look"], "the customer gets one reply, not two")
        #expect(try store.auditLog(for: thread.caseID).contains {
            $0.action == "approval.superseded" && $0.detail.contains("a reply was sent on the case by sam")
        })
        #expect(try store.auditLog(for: thread.caseID, since: epoch).map(\.action).contains("reply.sent"))
    }

    @Test("closing the case supersedes the request; so does its agent withdrawing it, which gives them the text back")
    func closeAndWithdraw() throws {
        let (temporary, thread) = try setUp()
        let store = temporary.store
        let first = try store.requestApproval(request(thread), by: "sam", at: epoch)
        try store.setStatus([thread.caseID], to: .closed, snoozedUntil: nil, by: "sam", at: epoch)
        #expect(try store.approval(first)?.note == "the case was closed by sam")
        #expect(throws: StoreError.self) { try store.reject(first, reason: "no", by: "kim", at: epoch) }

        try store.setStatus([thread.caseID], to: .open, snoozedUntil: nil, by: "sam", at: epoch)
        _ = try store.claim(thread.caseID, by: "sam", at: epoch, lease: 600, takeOver: true)
        let second = try store.requestApproval(request(thread), by: "sam", at: epoch)
        #expect(throws: StoreError.notAllowed("only sam, who asked, can withdraw this request")) {
            try store.withdraw(second, by: "kim", at: epoch)
        }
        try store.withdraw(second, by: "sam", at: epoch)
        #expect(try store.approval(second)?.state == .superseded)
        #expect(try store.approval(second)?.note == "withdrawn by sam")
        let after = try #require(try store.thread(thread.caseID, agent: "sam"))
        #expect(after.draft?.text == "Haha, so is your attitude 😂")
        #expect(try store.queueRow(thread.caseID)?.approval == nil)
        #expect(throws: StoreError.self) { try store.approve(second, editedText: nil, by: "kim", at: epoch) }
    }

    @Test("an agent cannot approve; a supervisor's own request needs another supervisor; a decided request stays decided")
    func permissions() throws {
        let (temporary, thread) = try setUp()
        let store = temporary.store
        let id = try store.requestApproval(request(thread), by: "sam", at: epoch)
        #expect(throws: StoreError.notAllowed("sam is an agent: only a supervisor can approve or reject")) {
            try store.approve(id, editedText: nil, by: "sam", at: epoch)
        }
        // Sam's request holds the case: kim takes it over to ask for her own, which replaces Sam's.
        _ = try store.claim(thread.caseID, by: "kim", at: epoch, lease: 600, takeOver: true)
        let own = try store.requestApproval(request(thread, text: "mine 😂"), by: "kim", at: epoch)
        #expect(throws: StoreError.notAllowed("nobody approves their own reply: another supervisor must decide")) {
            try store.reject(own, reason: "no", by: "kim", at: epoch)
        }
        #expect(throws: StoreError.notAllowed("nobody approves their own reply: another supervisor must decide")) {
            try store.approve(own, editedText: nil, ownReason: "it is fine, honest", by: "kim", at: epoch)
        }
        try store.approve(own, editedText: nil, by: "lee", at: epoch)
        #expect(throws: StoreError.notAllowed("this request was already approved by lee")) {
            try store.approve(own, editedText: nil, by: "lee", at: epoch)
        }
        #expect(throws: StoreError.notAllowed("this request was superseded (replaced by a newer request): nothing to decide")) {
            try store.approve(id, editedText: nil, by: "lee", at: epoch)
        }
    }

    @Test("the team's only supervisor sends their own risky reply by giving a reason, which the audit keeps")
    func loneSupervisor() throws {
        let (temporary, thread) = try setUp(supervisors: ["kim"])
        let store = temporary.store
        _ = try store.claim(thread.caseID, by: "kim", at: epoch, lease: 600, takeOver: false)
        let own = try store.requestApproval(request(thread, text: "mine 😂"), by: "kim", at: epoch)
        #expect(throws: StoreError.notAllowed(
            "nobody approves their own reply: as the team's only supervisor, give a reason to send it")) {
            try store.approve(own, editedText: nil, by: "kim", at: epoch)
        }
        try store.approve(own, editedText: nil, ownReason: "the customer asked for the joke back", by: "kim", at: epoch)
        let approval = try #require(try store.approval(own))
        #expect(approval.state == .approved && approval.note == "sent without a second supervisor: the customer asked for the joke back")
        let entry = try #require(try store.auditLog(for: thread.caseID).first { $0.action == "approval.own" })
        #expect(entry.agent == "kim" && entry.detail.hasSuffix("the customer asked for the joke back"))
    }

    @Test("agents and their roles are kept, and changing a role is audited")
    func roles() throws {
        let (temporary, _) = try setUp()
        let store = temporary.store
        #expect(try store.agents().map(\.name) == ["admin", "kim", "lee", "sam"])
        try store.setAgent(Agent(name: "sam", role: .supervisor), by: "kim", at: epoch)
        #expect(try store.agent(named: "sam")?.role == .supervisor)
        #expect(try store.agent(named: "nobody") == nil)
        #expect(try store.auditLog(for: nil).last?.detail == "sam: agent → supervisor")
    }
}
