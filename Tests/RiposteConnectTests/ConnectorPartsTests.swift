import Foundation
import RiposteCore
import NIOHTTP1
@testable import RiposteConnect
import Testing

/// The small parts every connector leans on, on the inputs servers really send and on hostile ones.
struct ConnectorPartsTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func aRateLimitsResetIsReadInEveryFormServersSend() {
        func until(_ pairs: [(String, String)]) -> Date? { RateLimitReset.until(HTTPHeaders(pairs), now: now) }
        #expect(until([("Retry-After", "120")]) == now + 120)
        #expect(until([("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT")]) == Date(timeIntervalSince1970: 1_445_412_480))
        let iso = Date(timeIntervalSince1970: 1_800_000_000 + 600)
        #expect(until([("X-RateLimit-Reset", NetworkDate.format(iso))]) == iso)
        #expect(until([("X-RateLimit-Reset", "2027-01-15T08:10:00+00:00")]) == iso)
        #expect(until([("X-RateLimit-Reset", "1800000300")]) == now + 300)
        #expect(until([("ratelimit-reset", "1800000060")]) == now + 60)
        #expect(until([("ratelimit-reset", "30")]) == now + 30)
        // The latest counts.
        #expect(until([("Retry-After", "10"), ("ratelimit-reset", "1800000090")]) == now + 90)
        #expect(until([("Retry-After", "soon")]) == nil)
    }

    @Test func eventsAreReadHoweverTheStreamIsCut() {
        let stream = Array(":thump\n\nevent: notification\ndata: {\"id\":\"1\"}\n\nevent: update\r\ndata: a\ndata: b\n\n".utf8)
        for cut in 0...stream.count {
            var parser = EventStreamParser()
            let events = parser.feed(Array(stream[..<cut])) + parser.feed(Array(stream[cut...]))
            #expect(events == [ServerSentEvent(name: "notification", data: "{\"id\":\"1\"}"),
                               ServerSentEvent(name: "update", data: "a\nb")])
        }
    }

    @Test func aStatusReadsAsItsAuthorWroteIt() {
        #expect(MastodonHTML.plainText("<p>Hi <span class=\"h-card\"><a href=\"x\">@<span>ourbrand</span></a></span> &amp; co&#39;s &#x1F600;</p><p>line<br>two</p>")
                    == "Hi @ourbrand & co's 😀\n\nline\ntwo")
        #expect(MastodonHTML.plainText("a < b &bogus; &#xFFFFFFFF; <unclosed") == "a < b &bogus; &#xFFFFFFFF; <unclosed")
        // A hostile body cannot make the pass slow.
        let hostile = String(repeating: "<", count: 200_000) + String(repeating: "&", count: 200_000)
        #expect(MastodonHTML.plainText(hostile).count == 400_000)
    }

    @Test func aRepliesRecordKeyIsAValidTimestampIdentifier() {
        let key = OutgoingPost(outboxID: 5, text: "", inReplyTo: "", queuedAt: Date(timeIntervalSince1970: 1_700_000_000))
            .recordKey
        #expect(key.count == 13)
        #expect(key.range(of: "^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$", options: .regularExpression) != nil)
        #expect(key == OutgoingPost(outboxID: 5, text: "other", inReplyTo: "", queuedAt: Date(timeIntervalSince1970: 1_700_000_000)).recordKey)
        #expect(key != OutgoingPost(outboxID: 6, text: "", inReplyTo: "", queuedAt: Date(timeIntervalSince1970: 1_700_000_000)).recordKey)
        #expect(RecordKey.tid(microseconds: 0, clock: 0) == "2222222222222")
    }

    @Test func facetsCountUTF8Bytes() {
        let text = "Désolé @ann.bsky.social! see https://help.example/x?y=1. 🙂 @not_a_handle"
        let found = BlueskyFacets.find(in: text)
        #expect(found.count == 2)
        let bytes = Array(text.utf8)
        func slice(_ facet: BlueskyFacets.Found) -> String { String(decoding: bytes[facet.byteStart..<facet.byteEnd], as: UTF8.self) }
        #expect(slice(found[0]) == "@ann.bsky.social")
        #expect(slice(found[1]) == "https://help.example/x?y=1")
        #expect(BlueskyFacets.facets(found, dids: [:]).count == 1)  // a mention with no known DID stays text
    }

    @Test func backoffGrowsToAMinuteWithJitter() {
        var backoff = Backoff()
        let waits = (0..<10).map { _ in backoff.next() }
        #expect(waits[0] >= 0.5 && waits[0] <= 1)
        #expect(waits[9] >= 30 && waits[9] <= 60)
        backoff.reset()
        #expect(backoff.next() <= 1)
    }

    @Test func mentionsThatArriveWhileTheStoreWorksAreStoredTogetherAndAStalledStoreStopsTheStream() {
        func mention(_ id: String) -> IncomingPost {
            IncomingPost(externalID: id, author: Account(network: .mastodon, handle: "@ann@a.example", name: "Ann",
                                                         followers: 1, role: .customer),
                         text: "hi", createdAt: Date(timeIntervalSince1970: 0), inReplyTo: nil)
        }
        let arrivals = Arrivals()
        #expect(arrivals.add(Mentions(posts: [mention("1")], cursor: "1")))
        #expect(arrivals.add(Mentions(posts: [mention("2"), mention("3")], cursor: "3")))
        #expect(arrivals.add(Mentions(posts: [], cursor: nil)))
        let batch = arrivals.takeAll()
        #expect(batch.posts.map(\.externalID) == ["1", "2", "3"] && batch.cursor == "3")
        #expect(arrivals.takeAll() == Mentions(posts: [], cursor: nil))
        #expect(arrivals.add(Mentions(posts: Array(repeating: mention("x"), count: Arrivals.most), cursor: "x")))
        #expect(arrivals.add(Mentions(posts: [mention("y")], cursor: "y")) == false)
        #expect(arrivals.takeAll().cursor == "x")
    }
}
