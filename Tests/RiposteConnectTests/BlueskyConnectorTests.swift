import Foundation
@testable import RiposteConnect
import RiposteCore
import Testing

/// The Bluesky connector against a PDS and AppView that check every call against the official lexicons.
@Suite(.serialized) struct BlueskyConnectorTests {
    @Test func logsInOnceAndRefreshesAnExpiredSession() async throws {
        let bluesky = try await BlueskyServer()
        let connector = bluesky.connector()
        #expect(try await connector.logIn() == "@ourbrand.test")
        _ = try await connector.catchUp(after: nil)
        try await bluesky.expireTokens()
        _ = try await connector.catchUp(after: nil)
        let stats = try await bluesky.stats()
        // Logins are limited per day: the session is kept, and refreshed when it expires.
        #expect(stats.logins[BlueskyServer.brand] == 1)
        #expect(stats.refreshes[BlueskyServer.brand] == 1)
        do {
            _ = try await bluesky.connector(password: "wrong-pass-word-here").logIn()
            Issue.record("a wrong app password logged in")
        } catch {
            guard case .credentialsRefused(401, _) = error else { throw error }
        }
    }

    @Test func catchesUpOnMentionsRepliesAndQuotesOnly() async throws {
        let bluesky = try await BlueskyServer()
        let connector = bluesky.connector()
        let start = try await connector.catchUp(after: nil)
        let ours = try await bluesky.post(as: BlueskyServer.brand, "Big news today!")
        try await Task.sleep(for: .milliseconds(20))
        try await bluesky.post(as: "ann.test", "@ourbrand.test my order is late")
        try await bluesky.post(as: "bob.test", "congrats", replyTo: ours)
        try await bluesky.notify("carol.test", "like", subject: ours)
        let caught = try await connector.catchUp(after: start.cursor)
        #expect(caught.posts.map(\.text) == ["@ourbrand.test my order is late", "congrats"])
        #expect(caught.posts.last?.inReplyTo == ours)
        #expect(caught.posts.first?.author.handle == "@ann.test")
        let again = try await connector.catchUp(after: caught.cursor)
        // At the cursor itself a post may come again; the store keeps it once.
        #expect(Set(again.posts.map(\.externalID)).isSubset(of: Set(caught.posts.map(\.externalID))))
    }

    @Test func readsAThreadAndRepliesWithReferencesAndFacets() async throws {
        let bluesky = try await BlueskyServer()
        let opening = try await bluesky.post(as: "ann.test", "my parcel never came")
        let nudge = try await bluesky.post(as: "bob.test", "@ourbrand.test help her please", replyTo: opening)
        let connector = bluesky.connector()
        #expect(try await connector.thread(around: nudge).map(\.externalID) == [opening, nudge])
        let text = "Désolé @bob.test! Suivez https://help.example/track"
        let reply = OutgoingPost(outboxID: 3, text: text, inReplyTo: nudge, queuedAt: Date())
        let sent = try await connector.post(reply)
        #expect(sent.externalID.hasSuffix("/app.bsky.feed.post/\(reply.recordKey)"))
        let posted = try await bluesky.posts(by: BlueskyServer.brand)
        #expect(posted.count == 1)
        #expect(posted.first?.record.reply?.parent.uri == nudge)
        #expect(posted.first?.record.reply?.root.uri == opening)
        let bytes = Array(text.utf8)
        let spans = (posted.first?.record.facets ?? []).map {
            String(decoding: bytes[$0.index.byteStart..<$0.index.byteEnd], as: UTF8.self)
        }
        #expect(spans == ["@bob.test", "https://help.example/track"])
    }

    @Test func aPostAcceptedButAnsweredWithAnErrorIsFoundNotPostedTwice() async throws {
        let bluesky = try await BlueskyServer()
        let question = try await bluesky.post(as: "ann.test", "@ourbrand.test where is it?")
        let connector = bluesky.connector()
        let reply = OutgoingPost(outboxID: 9, text: "On its way!", inReplyTo: question, queuedAt: Date())
        try await bluesky.fault(["nsid": "com.atproto.repo.createRecord", "status": 503, "after_effect": true])
        // The record is there; the connector finds it rather than failing (the 503 came after the write).
        let sent = try await connector.post(reply)
        #expect(try await connector.post(reply) == sent)
        #expect(try await bluesky.posts(by: BlueskyServer.brand).count == 1)
    }

    @Test func aPostThatLandedAfterTheConnectorGaveUpIsFound() async throws {
        let bluesky = try await BlueskyServer()
        let question = try await bluesky.post(as: "ann.test", "@ourbrand.test hello?")
        let connector = bluesky.connector()
        let reply = OutgoingPost(outboxID: 10, text: "Hello Ann!", inReplyTo: question, queuedAt: Date())
        try await bluesky.fault(["nsid": "com.atproto.repo.createRecord", "status": 200, "delay": 5, "after_effect": true])
        await #expect(throws: ConnectFailure.timedOut) { try await connector.post(reply) }
        #expect(try await connector.findPosted(reply) != nil)
        #expect(try await bluesky.posts(by: BlueskyServer.brand).count == 1)
    }

    @Test func aRateLimitPausesUntilItsReset() async throws {
        let bluesky = try await BlueskyServer()
        let connector = bluesky.connector()
        _ = try await connector.logIn()
        let reset = Int(Date().timeIntervalSince1970) + 120
        try await bluesky.fault(["nsid": "app.bsky.notification.listNotifications", "status": 429, "ratelimit_reset": reset])
        do {
            _ = try await connector.catchUp(after: nil)
            Issue.record("a 429 went unnoticed")
        } catch let ConnectFailure.rateLimited(until) {
            #expect(abs(until.timeIntervalSince1970 - Double(reset)) < 1)
        }
        try await bluesky.fault(["nsid": "app.bsky.notification.listNotifications", "status": 200, "body": "malformed"])
        do {
            _ = try await connector.catchUp(after: nil)
            Issue.record("a malformed page went unnoticed")
        } catch {
            guard case .malformed = error else { throw error }
        }
    }
}
