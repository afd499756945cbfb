import Foundation
import Logging
import RiposteConnect
import RiposteCore
import RiposteFeed
import RiposteStore
import StoreTestSupport
import Testing

/// On a training store a practice reply takes the path a real one takes: the outbox, the gate at the door, then the
/// simulated network, where the demo's people react to what landed and never to what the door refused.
@Suite struct TrainingNetworkTests {
    /// A training store playing the tiny scenario, Ann's question in its queue, and Sam to answer it.
    func practice() throws -> (TemporaryStore, CaseID, ThreadPost) {
        let temporary = try TemporaryStore()
        try DemoFeedLoader.load(try DemoFeedParser.parse(TinyScenario.text, file: "tiny.toml"), text: TinyScenario.text,
                                into: temporary.store, startingAt: Date())
        try temporary.store.setAgent(Agent(name: "sam", role: .agent), by: "test", at: Date())
        let row = try #require(try temporary.store.queueRows(after: nil, limit: 10).first)
        let question = try #require(try temporary.store.thread(row.caseID, agent: "sam")?.posts.first)
        return (temporary, row.caseID, question)
    }

    func serve(_ store: any InboxStore) throws -> Task<Void, Never> {
        let service = try #require(try TrainingNetwork.service(for: store, log: Logger(label: "test")))
        return Task(executorPreference: OwnThreads.shared) { await service.run() }
    }

    func ours(_ store: any InboxStore, _ caseID: CaseID) throws -> ThreadPost? {
        try store.thread(caseID, agent: "sam")?.posts.last { $0.isOurs }
    }

    @Test func aPracticeReplyIsSentThroughTheOutboxAndItsAudienceReactsOnceItLands() async throws {
        let (temporary, caseID, question) = try practice()
        let store = temporary.store
        let serving = try serve(store)
        defer { serving.cancel() }
        #expect(await eventually(within: 30) {
            (try? store.connectors().filter { $0.state == .following }.count) == Network.allCases.count
        })
        // Five real seconds after she asked are five story minutes: quick enough to win her.
        let sent = try store.sendReply(OutgoingReply(caseID: caseID, inReplyTo: question.id,
                                                     text: "Hi Ann, send us a DM and we'll look at an offer for you",
                                                     voice: nil, riskScore: 0, riskReasons: []),
                                       by: "sam", at: question.createdAt.addingTimeInterval(5))
        #expect(sent.delivery?.describe(relativeTo: Date()) == "sending…")
        #expect(await eventually(within: 30) { (try? ours(store, caseID)?.delivery?.state) == .sent })
        let landed = try #require(try ours(store, caseID))
        #expect(landed.externalID.hasPrefix("x-sim-"))
        #expect(await eventually(within: 30) {
            (try? store.auditLog(for: caseID).filter { $0.action == "demo.reaction" }.map(\.detail)) == ["fan (won)"]
        })
        // Ann answers our reply, as it landed.
        let player = DemoFeedPlayer(store: store)
        #expect(await eventually(within: 30) {
            _ = try? player.deliverDue(at: Date())
            return (try? store.thread(caseID, agent: "sam")?.posts.count) == 3
        })
        let answer = try #require(try store.thread(caseID, agent: "sam")?.posts.last)
        #expect(answer.text == "ok, that was a good answer")
        #expect(answer.parentID == landed.id)
    }

    @Test func aPracticeReplyTheDoorRefusesNeverLandsAndEarnsNoReaction() async throws {
        let (temporary, caseID, question) = try practice()
        let store = temporary.store
        // Served once, so that replies join the outbox; stopped while Sam sends under lax rules.
        var serving = try serve(store)
        #expect(await eventually(within: 30) { (try? store.connectors().count) == Network.allCases.count })
        serving.cancel()
        await serving.value
        try store.setTeamRiskRules("threshold = 100", by: "sam", at: Date())
        try store.sendReply(OutgoingReply(caseID: caseID, inReplyTo: question.id,
                                          text: "RivalCo is cheaper because it is damn useless", voice: nil,
                                          riskScore: 0, riskReasons: []), by: "sam", at: Date())
        try store.setTeamRiskRules("threshold = 60", by: "sam", at: Date())
        serving = try serve(store)
        defer { serving.cancel() }
        #expect(await eventually(within: 30) { (try? ours(store, caseID)?.delivery?.state) == .failed })
        #expect(try ours(store, caseID)?.delivery?.lastError?.hasPrefix("refused at the door") == true)
        #expect(try store.auditLog(for: caseID).contains { $0.action == "demo.reaction" } == false)
        // The queue says so, and `is:unsent` finds it.
        let unsent = QueueScope(filter: try CaseFilter.parse("is:unsent"), agent: "sam", now: Date(),
                                serviceLevels: .standard)
        #expect(try store.queueRows(after: nil, limit: 10, in: unsent).map { $0.work.unsentReply } == [.failed])
        try store.withdrawReply(try #require(try ours(store, caseID)).id, by: "sam", at: Date())
        #expect(try store.queueRows(after: nil, limit: 10, in: unsent).isEmpty)
        #expect(try store.queueRows(after: nil, limit: 10).map { $0.work.unsentReply } == [nil])
    }
}
