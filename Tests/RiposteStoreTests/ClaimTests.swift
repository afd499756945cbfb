import Foundation
import RiposteCore
import RiposteStore
import StoreTestSupport
import Testing

@Suite("Claims: one agent replies on a case at a time")
struct ClaimTests {
    /// One store opened twice, as two agents' processes would.
    func twoAgents() throws -> (TemporaryStore, any InboxStore, CaseThread) {
        let temporary = try TemporaryStore()
        try temporary.store.ingest([post("q", by: account("@ann"), at: 0, text: "Why is my bill double?")])
        for (name, role) in [("sam", Agent.Role.agent), ("kim", .agent), ("lee", .supervisor)] {
            try temporary.store.setAgent(Agent(name: name, role: role), by: "test", at: epoch)
        }
        let other = try temporary.reopened()
        let row = try #require(try temporary.store.queueRows(after: nil, limit: 1).first)
        return (temporary, other, try #require(try temporary.store.thread(row.caseID, agent: "sam")))
    }

    @Test("the first to claim holds the case; the second is told who holds it and cannot send")
    func firstClaimWins() throws {
        let (temporary, kimsStore, thread) = try twoAgents()
        let sams = temporary.store
        #expect(try sams.claim(thread.caseID, by: "sam", at: epoch, lease: 120, takeOver: false)
                == .granted(Claim(agent: "sam", expires: epoch.addingTimeInterval(120))))
        #expect(try kimsStore.claim(thread.caseID, by: "kim", at: epoch.addingTimeInterval(5), lease: 120, takeOver: false)
                == .heldBy(Claim(agent: "sam", expires: epoch.addingTimeInterval(120))))
        #expect(throws: StoreError.notAllowed("sam is replying on this case; take it over first")) {
            try kimsStore.sendReply(on: thread.caseID, inReplyTo: thread.posts[0].id, text: "x", by: "kim",
                                    at: epoch.addingTimeInterval(6))
        }
        #expect(try kimsStore.queueRow(thread.caseID)?.work.claim?.agent == "sam")
        try sams.sendReply(on: thread.caseID, inReplyTo: thread.posts[0].id, text: "On it", by: "sam",
                           at: epoch.addingTimeInterval(7))
    }

    @Test("a lease renewed stays; one left to run out can be taken, and the log says so")
    func leases() throws {
        let (temporary, kimsStore, thread) = try twoAgents()
        let sams = temporary.store
        _ = try sams.claim(thread.caseID, by: "sam", at: epoch, lease: 60, takeOver: false)
        #expect(try sams.renewClaim(thread.caseID, by: "sam", at: epoch.addingTimeInterval(50), lease: 60))
        if case .granted = try kimsStore.claim(thread.caseID, by: "kim", at: epoch.addingTimeInterval(100), lease: 60,
                                               takeOver: false) {
            Issue.record("sam's renewed claim was taken")
        }
        // Sam's process dies: nothing renews, the lease runs out at 110 s.
        #expect(try kimsStore.claim(thread.caseID, by: "kim", at: epoch.addingTimeInterval(111), lease: 60,
                                    takeOver: false) == .granted(Claim(agent: "kim", expires: epoch.addingTimeInterval(171))))
        #expect(try sams.renewClaim(thread.caseID, by: "sam", at: epoch.addingTimeInterval(112), lease: 60) == false)
        let log = try sams.auditLog(for: thread.caseID).filter { $0.action == "case.claim" }.map { "\($0.agent): \($0.detail)" }
        #expect(log == ["sam: claimed", "kim: sam's claim had ended"])
    }

    @Test("taking over is explicit and audited; a released claim is free at once")
    func takeOverAndRelease() throws {
        let (temporary, kimsStore, thread) = try twoAgents()
        _ = try temporary.store.claim(thread.caseID, by: "sam", at: epoch, lease: 600, takeOver: false)
        #expect(try kimsStore.claim(thread.caseID, by: "kim", at: epoch, lease: 600, takeOver: true)
                == .granted(Claim(agent: "kim", expires: epoch.addingTimeInterval(600))))
        try kimsStore.releaseClaim(thread.caseID, by: "kim", at: epoch.addingTimeInterval(1))
        #expect(try temporary.store.claim(thread.caseID, by: "sam", at: epoch.addingTimeInterval(2), lease: 60,
                                          takeOver: false) == .granted(Claim(agent: "sam", expires: epoch.addingTimeInterval(62))))
        let log = try kimsStore.auditLog(for: thread.caseID).filter { $0.action.hasPrefix("case.") }
            .map { "\($0.agent): \($0.detail)" }
        #expect(log == ["sam: claimed", "kim: taken over from sam", "kim: released", "sam: kim's claim had ended"])
    }

    @Test("status, snooze, assignment, tags and notes are kept and audited; reassigning a colleague's case is a supervisor's")
    func caseWork() throws {
        let (temporary, _, thread) = try twoAgents()
        let store = temporary.store
        let id = thread.caseID
        try store.setStatus([id], to: .snoozed, snoozedUntil: epoch.addingTimeInterval(3600), by: "sam", at: epoch)
        #expect(try store.wakeSnoozed(at: epoch.addingTimeInterval(60)) == 0)
        #expect(try store.queueRow(id)?.status == .snoozed)
        #expect(try store.wakeSnoozed(at: epoch.addingTimeInterval(3600)) == 1)
        #expect(try store.queueRow(id)?.status == .open)
        try store.assign([id], to: "sam", by: "sam", at: epoch)
        #expect(throws: StoreError.notAllowed("case #\(id.rawValue) is sam's: only a supervisor can reassign it")) {
            try store.assign([id], to: "kim", by: "kim", at: epoch)
        }
        try store.assign([id], to: "kim", by: "lee", at: epoch)
        try store.tag([id], adding: ["billing", "vip"], removing: [], by: "kim", at: epoch)
        try store.tag([id], adding: [], removing: ["vip"], by: "kim", at: epoch)
        try store.addNote(on: id, text: "Called her back, refund pending", by: "kim", at: epoch)
        let work = try #require(try store.queueRow(id)?.work)
        #expect(work.assignee == "kim" && work.tags == ["billing"])
        let after = try #require(try store.thread(id, agent: "kim"))
        #expect(after.notes == [CaseNote(agent: "kim", text: "Called her back, refund pending", createdAt: epoch)])
        let log = try store.auditLog(for: id).map { "\($0.agent) \($0.action): \($0.detail)" }
        #expect(log.contains("sam case.status: new → snoozed until 2023-11-14T23:13:20Z"))
        #expect(log.contains("riposte case.status: snoozed → open (the snooze is over)"))
        #expect(log.contains("lee case.assign: sam → kim"))
        #expect(log.contains("kim case.tags: +billing +vip"))
        #expect(log.contains("kim case.tags: -vip"))
        #expect(log.contains("kim case.note: Called her back, refund pending"))
    }
}
