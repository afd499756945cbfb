import Foundation
import RiposteCore
import RiposteStore
import RiposteUI
import Testing

@Suite("An agent follows a reply on its way to its network")
struct DeliveryJourneyTests {
    @Test("the queue says sending, then unsent with the thread saying why; S sends it again, X takes it back")
    func unsentReply() throws {
        let journey = try Journey(width: 100, height: 20, posts: smallInbox)
        // A connector serves x from this store, so replies there go through the outbox.
        #expect(try journey.store.leaseConnector("x @us", for: "connect", seconds: 600))
        journey.press("j", "Enter", "r")
        journey.type("Bars this fresh")
        journey.press("C-s")
        #expect(journey.text.contains("ours, sent by sam · sending…"))
        journey.press("q")
        #expect(journey.lines.contains { $0.contains("replied") == false && $0.contains("sending") })

        // The network refuses it.
        let attempt = try #require(try journey.store.claimOutbox(on: .x, limit: 5, at: journey.clock.now).first)
        try journey.store.outboxFailed(attempt, error: "the server refused it (422)", nextTry: nil, at: journey.clock.now)
        journey.notice()
        #expect(journey.lines.contains { $0.contains("unsent") })
        journey.press("l")
        journey.type("is:unsent\n")
        #expect(journey.state.queue.rows.map(\.caseID) == [attempt.caseID])
        journey.press("Enter", "L")
        #expect(journey.text.contains("failed: the server refused it (422)"))

        journey.press("S")
        #expect(try journey.store.thread(attempt.caseID, agent: "sam")?.posts.last?.delivery?.state == .pending)
        #expect(journey.text.contains("sending…"))
        journey.press("X")
        #expect(try journey.store.thread(attempt.caseID, agent: "sam")?.posts.last?.delivery?.state == .withdrawn)
        #expect(journey.text.contains("withdrawn"))
        #expect(try journey.store.auditLog(for: attempt.caseID).map(\.action).suffix(3)
                == ["reply.failed", "reply.retried", "reply.withdrawn"])
    }
}
