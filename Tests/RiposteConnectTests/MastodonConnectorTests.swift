import Foundation
@testable import RiposteConnect
import RiposteCore
import RiposteStore
import Testing

/// The tests that share one mastodon-mock server take turns: a fault injected for one would meet another's requests.
@Suite(.serialized) enum OnMastodon {}

/// The Mastodon connector against mastodon-mock, a stateful Mastodon server, on 127.0.0.1.
extension OnMastodon { @Suite struct MastodonConnectorTests {
    @Test func logsInAsTheBrandAndRefusesAnotherAccountsToken() async throws {
        let mastodon = try await MastodonServer.brand()
        #expect(try await mastodon.connector().logIn() == mastodon.handle)
        // A customer's token is a working token, but not the brand's: posting with it would post as them.
        await #expect(throws: ConnectFailure.self) { try await mastodon.connector(token: MastodonServer.token("ann")).logIn() }
        do {
            _ = try await mastodon.connector(token: "no-such-token").logIn()
            Issue.record("a made-up token logged in")
        } catch {
            guard case .credentialsRefused(401, _) = error else { throw error }
        }
    }

    @Test func catchesUpOnEveryMentionOldestFirstAndResumesFromTheCursor() async throws {
        let mastodon = try await MastodonServer.brand()
        let connector = mastodon.connector()
        let first = try await connector.catchUp(after: nil)
        #expect(first.posts.isEmpty)
        // More than a page (40), and a reply that is no mention of us.
        for number in 1...45 { try await mastodon.post(as: "ann", "\(mastodon.mention) order \(number) is late & <lost>") }
        try await mastodon.post(as: "bob", "talking to myself")
        let caught = try await connector.catchUp(after: first.cursor ?? "0")
        #expect(caught.posts.count == 45)
        #expect(caught.posts.first?.text == "\(mastodon.mention) order 1 is late & <lost>")
        #expect(caught.posts.last?.text == "\(mastodon.mention) order 45 is late & <lost>")
        #expect(caught.posts.allSatisfy { $0.author.handle == "@ann@brand.test" && $0.author.role == .customer })
        let again = try await connector.catchUp(after: caught.cursor)
        #expect(again.posts.isEmpty)
        #expect(again.cursor == caught.cursor)
    }

    @Test func followsMentionsLiveAndSeesAStreamGoneSilent() async throws {
        let mastodon = try await MastodonServer.ownServer()
        let connector = mastodon.connector()
        let arrived = ArrivedMentions()
        let following = Task(executorPreference: OwnThreads.shared) { try await connector.follow(after: nil) { await arrived.add($0) } }
        try await Task.sleep(for: .milliseconds(500))
        let id = try await mastodon.post(as: "bob", "\(mastodon.mention) is anyone there?")
        #expect(await eventually { await arrived.posts.map(\.externalID).contains(id) })
        #expect(await arrived.cursors.last != nil)
        // A frozen server sends no heartbeat: the stream is given up for dead, not waited on for ever.
        mastodon.server.freeze()
        defer { mastodon.server.thaw() }
        let started = Date()
        do {
            try await following.value
            Issue.record("following went on through a dead stream")
        } catch ConnectFailure.timedOut {
            #expect(Date().timeIntervalSince(started) < 10)
        }
    }

    @Test func readsTheConversationAroundAMention() async throws {
        let mastodon = try await MastodonServer.brand()
        let opening = try await mastodon.post(as: "ann", "my parcel never came")
        let nudge = try await mastodon.post(as: "bob", "\(mastodon.mention) same here, answer her", inReplyTo: opening)
        let thread = try await mastodon.connector().thread(around: nudge)
        #expect(thread.map(\.externalID) == [opening, nudge])
        #expect(thread.last?.inReplyTo == opening)
    }

    @Test func aReplyPostsOnceHoweverOftenItIsTried() async throws {
        let mastodon = try await MastodonServer.brand()
        let question = try await mastodon.post(as: "ann", "\(mastodon.mention) where is my order?")
        let connector = mastodon.connector()
        let reply = OutgoingPost(outboxID: 7, text: "@ann It left today, sorry for the wait.", inReplyTo: question,
                                 queuedAt: Date())
        let first = try await connector.post(reply)
        let second = try await connector.post(reply)
        #expect(first == second)
        let statuses = try await mastodon.brandStatuses()
        #expect(statuses.count == 1)
        #expect(statuses.first?.inReplyTo == question)
        #expect(try await connector.findPosted(reply) == first)
    }

    @Test func aPostThatTimedOutIsLookedForThenTriedOnce() async throws {
        let mastodon = try await MastodonServer.brand()
        let question = try await mastodon.post(as: "ann", "\(mastodon.mention) hello?")
        let connector = mastodon.connector()
        let reply = OutgoingPost(outboxID: 8, text: "@ann Hello! How can we help?", inReplyTo: question,
                                 queuedAt: Date())
        // The server is slower than the connector waits (mastodon-mock drops the request when the client goes, so
        // here the first attempt never lands; the Bluesky tests cover one that does).
        try await mastodon.fault("POST", "/api/v1/statuses", ["type": "latency", "delay_ms": 4000])
        await #expect(throws: ConnectFailure.timedOut) { try await connector.post(reply) }
        #expect(try await connector.findPosted(reply) == nil)
        let sent = try await connector.post(reply)
        #expect(try await connector.findPosted(reply) == sent)
        #expect(try await mastodon.brandStatuses().count == 1)
    }

    @Test func faultsAreNamedForWhatTheyMean() async throws {
        let mastodon = try await MastodonServer.brand()
        let connector = mastodon.connector()
        let path = "/api/v1/notifications"
        try await mastodon.fault("GET", path, ["type": "ratelimit"])
        do {
            _ = try await connector.catchUp(after: nil)
            Issue.record("a 429 went unnoticed")
        } catch let ConnectFailure.rateLimited(until) {
            #expect(until.timeIntervalSinceNow > 200)  // mastodon-mock's reset: five minutes, in epoch seconds
        }
        try await mastodon.fault("GET", path, ["type": "status", "status": 429])
        do {
            _ = try await connector.catchUp(after: nil)
        } catch let ConnectFailure.rateLimited(until) {
            #expect(until.timeIntervalSinceNow > 30)  // no header: a minute
        }
        try await mastodon.fault("GET", path, ["type": "status", "status": 503])
        await #expect(throws: ConnectFailure.serverTrouble(status: 503)) { try await connector.catchUp(after: nil) }
        try await mastodon.fault("GET", path, ["type": "malformed"])
        do {
            _ = try await connector.catchUp(after: nil)
        } catch let failure {
            guard case .malformed = failure else { throw failure }
        }
        #expect(try await connector.catchUp(after: nil).posts.isEmpty)
    }
}

}

/// What a follow handed over, in order.
actor ArrivedMentions {
    var posts: [IncomingPost] = []
    var cursors: [String] = []

    func add(_ mentions: Mentions) -> Bool {
        posts += mentions.posts
        if let cursor = mentions.cursor { cursors.append(cursor) }
        return true
    }
}
