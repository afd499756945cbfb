import Foundation
@testable import RiposteConnect
import RiposteCore
import RiposteStore
import StoreTestSupport
import Testing

/// `riposte connect`'s service between a real Mastodon server and a real store: mentions arrive, none is lost to a
/// fault, and exactly one process serves an account.
extension OnMastodon { @Suite struct ConnectServiceTests {
    static let lease = LeaseTiming(length: 2, renewEvery: 0.5, credentialRecheck: 1)

    func service(_ mastodon: MastodonBrand, _ store: any InboxStore, holder: String,
                 credential: (@Sendable (ConnectedAccount) throws -> Secret)? = nil) -> ConnectService {
        let token = mastodon.token
        return ConnectService(config: AccountsConfig(accounts: [mastodon.account()], rivals: []), store: store,
                              timing: .fast, lease: Self.lease, holder: holder,
                              credential: credential ?? { _ in Secret(token) })
    }

    func storedTexts(_ store: any InboxStore) throws -> [String] {
        try store.queueRows(after: nil, limit: 500, in: .everything).flatMap { row in
            try store.thread(row.caseID, agent: "")?.posts.map(\.text) ?? []
        }
    }

    @Test func aMentionReachesTheQueueAndItsConversationComesWithIt() async throws {
        let mastodon = try await MastodonServer.brand()
        let temporary = try TemporaryStore()
        let store = temporary.store
        let running = Task(executorPreference: OwnThreads.shared) { await service(mastodon, store, holder: "one").run() }
        defer { running.cancel() }
        #expect(await eventually(within: 60) { (try? store.connectors().first?.state) == .following })
        let opening = try await mastodon.post(as: "ann", "my parcel never came")
        try await mastodon.post(as: "bob", "\(mastodon.mention) same here, please answer her", inReplyTo: opening)
        #expect(await eventually(within: 60) { (try? storedTexts(store).contains("\(mastodon.mention) same here, please answer her")) == true })
        // The post it answers comes too, in the same case.
        #expect(await eventually(within: 60) { (try? storedTexts(store).count) == 2 })
        let rows = try store.queueRows(after: nil, limit: 10, in: .everything)
        #expect(rows.count == 1)
        #expect(try store.thread(rows[0].caseID, agent: "")?.posts.map(\.text)
                    == ["my parcel never came", "\(mastodon.mention) same here, please answer her"])
    }

    @Test func aMentionPostedWhileTheStreamWasDownArrivesByCatchingUp() async throws {
        let mastodon = try await MastodonServer.ownServer()
        let temporary = try TemporaryStore()
        let store = temporary.store
        let running = Task(executorPreference: OwnThreads.shared) { await service(mastodon, store, holder: "one").run() }
        defer { running.cancel() }
        #expect(await eventually(within: 60) { (try? store.connectors().first?.state) == .following })
        // The stream's connection dies: the server stops answering, then a mention is made while it is down (the
        // stream will not send it again).
        mastodon.server.freeze()
        #expect(await eventually(within: 60) {
            if case .down = try? store.connectors().first?.state { return true } else { return false }
        })
        mastodon.server.thaw()
        try await mastodon.fault("GET", "/api/v1/streaming/user/notification", ["type": "status", "status": 503],
                                 count: 1)
        try await mastodon.post(as: "ann", "\(mastodon.mention) hello? anyone?")
        #expect(await eventually(within: 60) { (try? storedTexts(store).contains("\(mastodon.mention) hello? anyone?")) == true })
        #expect(try storedTexts(store).filter { $0 == "\(mastodon.mention) hello? anyone?" }.count == 1)
    }

    @Test func oneProcessServesAnAccountAndAnotherTakesOverWhenItStops() async throws {
        let mastodon = try await MastodonServer.brand()
        let temporary = try TemporaryStore()
        let store = temporary.store, otherProcess = try temporary.reopened()
        let first = Task(executorPreference: OwnThreads.shared) { await service(mastodon, store, holder: "first").run() }
        #expect(await eventually(within: 60) { (try? store.connectors().first?.holder) == "first" })
        let second = Task(executorPreference: OwnThreads.shared) { await service(mastodon, otherProcess, holder: "second").run() }
        defer { second.cancel() }
        try await Task.sleep(for: .seconds(2))
        #expect(try store.connectors().first?.holder == "first")
        first.cancel()
        await first.value
        #expect(await eventually(within: 60) { (try? store.connectors().first?.holder) == "second" })
        try await mastodon.post(as: "ann", "\(mastodon.mention) still there?")
        #expect(await eventually(within: 60) { (try? storedTexts(store).contains("\(mastodon.mention) still there?")) == true })
    }

    @Test func aRefusedCredentialIsNamedNeverShown() async throws {
        let mastodon = try await MastodonServer.brand()
        let temporary = try TemporaryStore()
        let store = temporary.store
        let running = Task(executorPreference: OwnThreads.shared) {
            await service(mastodon, store, holder: "one", credential: { _ in Secret("stolen-and-revoked-token") }).run()
        }
        defer { running.cancel() }
        #expect(await eventually(within: 60) {
            if case .needsCredentials = try? store.connectors().first?.state { return true } else { return false }
        })
        let shown = try store.connectors().first?.state.describe(relativeTo: Date()) ?? ""
        #expect(shown.contains("needs new credentials"))
        #expect(!shown.contains("stolen-and-revoked-token"))
    }

    @Test func aCredentialFileOthersMayReadIsRefusedWithTheReason() async throws {
        let mastodon = try await MastodonServer.brand()
        let temporary = try TemporaryStore()
        let store = temporary.store
        let path = try temporary.file("brand.token", mastodon.token)
        chmod(path, 0o644)
        let running = Task(executorPreference: OwnThreads.shared) {
            await service(mastodon, store, holder: "one", credential: { _ in try CredentialReader.read(.file(path)) }).run()
        }
        defer { running.cancel() }
        #expect(await eventually(within: 60) {
            if case let .needsCredentials(reason) = try? store.connectors().first?.state {
                return reason.contains("can be read by others")
            }
            return false
        })
    }

    @Test func anAgentsReplyGoesOutOnceAsTheBrandAndTheGateHoldsAtTheDoor() async throws {
        let mastodon = try await MastodonServer.brand()
        let temporary = try TemporaryStore()
        let store = temporary.store
        try store.setAgent(Agent(name: "sam", role: .agent), by: "admin", at: Date())
        try store.setAgent(Agent(name: "lee", role: .supervisor), by: "admin", at: Date())
        var running = Task(executorPreference: OwnThreads.shared) { await service(mastodon, store, holder: "one").run() }
        #expect(await eventually(within: 60) { (try? store.connectors().first?.state) == .following })
        let question = try await mastodon.post(as: "ann", "\(mastodon.mention) where is my order?")
        #expect(await eventually(within: 60) { (try? store.queueRows(after: nil, limit: 5, in: .everything).count) == 1 })
        let caseID = try #require(try store.queueRows(after: nil, limit: 5, in: .everything).first?.caseID)
        let asked = try #require(try store.thread(caseID, agent: "sam")?.posts.first { $0.externalID == question })
        func reply(_ text: String) -> OutgoingReply {
            OutgoingReply(caseID: caseID, inReplyTo: asked.id, text: text, voice: nil, riskScore: 0, riskReasons: [])
        }
        let sent = try store.sendReply(reply("@ann It left today, sorry for the wait."), by: "sam", at: Date())
        #expect(await eventually(within: 60) { (try? await mastodon.brandStatuses().count) == 1 })
        let status = try #require(try await mastodon.brandStatuses().first)
        #expect(status.inReplyTo == question)
        // The reply's post now has the network's id: a customer's answer to it joins the case.
        #expect(await eventually(within: 60) {
            (try? store.thread(caseID, agent: "sam")?.posts.first { $0.id == sent.id }?.externalID) == status.id
        })
        let delivered = try #require(try store.thread(caseID, agent: "sam")?.posts.first { $0.id == sent.id }?.delivery)
        #expect(delivered.state == .sent)
        #expect(delivered.link?.hasSuffix("/\(status.id)") == true)
        #expect(delivered.describe(relativeTo: Date()) == "sent")
        try await mastodon.post(as: "ann", "\(mastodon.mention) thanks!", inReplyTo: status.id)
        #expect(await eventually(within: 60) { (try? store.thread(caseID, agent: "sam")?.posts.count) == 3 })

        // A reply queued under lax rules while no connector ran, then the team's rules tightened: judged again at
        // the door, it needs a supervisor now, and none approved it.
        running.cancel()
        await running.value
        try store.setTeamRiskRules("threshold = 100", by: "lee", at: Date())
        try store.sendReply(reply("@ann damn, sorry about that"), by: "sam", at: Date())
        try store.setTeamRiskRules("threshold = 60", by: "lee", at: Date())
        running = Task(executorPreference: OwnThreads.shared) { await service(mastodon, store, holder: "one").run() }
        defer { running.cancel() }
        #expect(await eventually(within: 60) {
            (try? store.auditLog(for: caseID).contains { $0.action == "reply.failed" && $0.detail.contains("refused at the door") }) == true
        })
        #expect(try await mastodon.brandStatuses().count == 1)
        // The agent sees why on the case.
        let refused = try store.thread(caseID, agent: "sam")?.posts.last { $0.isOurs }?.delivery
        #expect(refused?.state == .failed)
        #expect(refused?.describe(relativeTo: Date()).hasPrefix("failed: refused at the door") == true)
        // Sent again, it meets the same door; withdrawn, it stays in the thread as never sent.
        let refusedID = try #require(try store.thread(caseID, agent: "sam")?.posts.last { $0.isOurs }?.id)
        #expect(throws: StoreError.self) { try store.withdrawReply(sent.id, by: "sam", at: Date()) }
        try store.retryReply(refusedID, by: "sam", at: Date())
        #expect(await eventually(within: 60) {
            (try? store.auditLog(for: caseID).filter { $0.action == "reply.failed" }.count) == 2
        })
        try store.withdrawReply(refusedID, by: "sam", at: Date())
        #expect(try store.thread(caseID, agent: "sam")?.posts.last { $0.isOurs }?.delivery?.state == .withdrawn)
        #expect(try await mastodon.brandStatuses().count == 1)
    }
}
}
