import Foundation
import RiposteCore
import RiposteFeed
import RiposteStore
import StoreTestSupport
import Testing

@Suite("Demo feeds: the format a trainer writes, and playing it into a store")
struct DemoFeedTests {
    @Test("the bundled rap battle is a valid recreation with our brand, a rival, other brands and bystanders")
    func bundledRapBattle() throws {
        let feed = try BundledFeeds.named("rap-battle")!.parse()
        #expect(feed.title == "The operators' rap battle")
        #expect(feed.source.contains("recreation"))
        let roles = Set(feed.posts.map(\.author.role))
        #expect(roles == [.brand, .rival, .customer, .bystander])
        let handles = Set(feed.posts.map(\.author.handle))
        #expect(handles.isSuperset(of: ["@tescomobile", "@O2", "@YorkshireTea", "@JaffaCakes"]))
        #expect(feed.posts.contains { $0.offset <= 0 } && feed.posts.contains { $0.offset > 0 })
    }

    @Test("loading puts the history in at once and schedules the rest at the feed's speed; playing delivers all of it")
    func loadAndPlay() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        let feed = try BundledFeeds.standard.parse()
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        let loaded = try DemoFeedLoader.load(feed, text: BundledFeeds.standard.text, into: store, startingAt: start)
        #expect(loaded.history + loaded.scheduled == feed.posts.count)
        #expect(try store.scheduledCount() == loaded.scheduled)

        let player = DemoFeedPlayer(store: store)
        let first = try #require(try player.deliverDue(at: start))
        #expect(first == DemoFeedPlayer.Progress(name: "rap-battle", delivered: 0, pending: loaded.scheduled, speed: 10))
        // The last post is written 25 minutes in; at 10× it arrives after 150 seconds.
        let lastOffset = feed.posts.map(\.offset).max()!
        let end = try #require(try player.deliverDue(at: start.addingTimeInterval(lastOffset / feed.speed)))
        #expect(end.delivered == loaded.scheduled)
        #expect(end.pending == 0)
        let rows = try store.queueRows(after: nil, limit: 100)
        #expect(rows.reduce(0) { $0 + $1.postCount } == feed.posts.count)
    }

    @Test("pausing holds the story where it is, resuming carries on from there, and a faster speed brings the rest sooner")
    func pauseResumeSpeed() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        let bundled = BundledFeeds.standard
        let feed = try bundled.parse()
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        let loaded = try DemoFeedLoader.load(feed, text: bundled.text, into: store, startingAt: start, speed: 10)
        let player = DemoFeedPlayer(store: store)
        let firstLive = feed.posts.map(\.offset).filter { $0 > 0 }.min()! / 10
        try player.pause(at: start)
        let held = try #require(try player.deliverDue(at: start.addingTimeInterval(firstLive + 100)))
        #expect(held.paused && held.delivered == 0 && held.pending == loaded.scheduled)
        // Paused for 100 s: the first live post comes 100 s late, not at once.
        try player.resume(at: start.addingTimeInterval(100))
        #expect(try player.deliverDue(at: start.addingTimeInterval(firstLive + 99))?.delivered == 0)
        #expect(try player.deliverDue(at: start.addingTimeInterval(firstLive + 100))?.delivered == 1)

        // From 10× to 600×: what was minutes away arrives within seconds.
        let now = start.addingTimeInterval(firstLive + 100)
        try player.step(faster: true, at: now)
        #expect(try player.speed() == 30)
        try player.setSpeed(600, at: now)
        let last = feed.posts.map(\.offset).max()! / 10 + 100
        let end = try #require(try player.deliverDue(at: now.addingTimeInterval((last - firstLive - 100) / 60 + 1)))
        #expect(end.pending == 0 && end.speed == 600 && !end.paused)
    }

    @Test("a store with no demo has nothing to play")
    func noDemo() throws {
        #expect(try DemoFeedPlayer(store: TemporaryStore().store).deliverDue(at: Date()) == nil)
    }

    @Test("every mistake in a feed file is reported at its line and column")
    func errors() throws {
        let text = """
            [feed]
            name = "Bad Name"
            title = "t"

            [[accounts]]
            id = "us"
            handle = "@us"
            role = "brand"

            [[accounts]]
            id = "us"
            handle = "them"
            role = "custmer"

            [[posts]]
            id = "p1"
            at = "5m"
            author = "uss"
            text = "hello"

            [[posts]]
            id = "p2"
            at = "1m"
            author = "us"
            reply_to = "p3"
            text = "hi"

            [[posts]]
            id = "p3"
            at = "soon"
            author = "us"
            text = "   "
            colour = "red"
            """
        let errors = try #require(throws: SourceErrors.self) { try DemoFeedParser.parse(text, file: "bad.toml") }
        #expect(errors.description == """
            bad.toml:2:8: a feed name is lowercase letters, digits and dashes, like "rap-battle"
            bad.toml:11:6: account "us" is already defined at 6:6
            bad.toml:12:10: a handle starts with "@", like "@tescomobile"
            bad.toml:13:8: "role" must be one of "customer", "brand", "rival", "executive", "bystander"; found "custmer"; did you mean "customer"?
            bad.toml:18:10: unknown account "uss"; did you mean "us"?
            bad.toml:25:12: "p3" is not a post defined above this one
            bad.toml:30:6: "soon" is not a time offset; write it like "-2h", "12m" or "1h30m"
            bad.toml:32:8: a post needs some text
            bad.toml:33:1: unknown key "colour"
            """)
    }

    @Test("a reply may not come before its parent, and a feed needs an account to reply as")
    func orderAndBrand() throws {
        let text = """
            [feed]
            name = "x"
            title = "t"
            [[accounts]]
            id = "a"
            handle = "@a"
            role = "customer"
            [[posts]]
            id = "p1"
            at = "10m"
            author = "a"
            text = "first"
            [[posts]]
            id = "p2"
            at = "2m"
            author = "a"
            reply_to = "p1"
            text = "second"
            """
        let errors = try #require(throws: SourceErrors.self) { try DemoFeedParser.parse(text, file: "f.toml") }
        #expect(errors.description == """
            f.toml:1:1: no account has role "brand": the agent needs an account to reply as
            f.toml:17:12: "p1" is posted later than this reply
            """)
    }

    @Test("offsets read the way people write them", arguments: [
        ("90s", 90.0), ("12m", 720), ("1h30m", 5400), ("-2h", -7200), ("+1d", 86400), ("0s", 0),
    ])
    func offsets(text: String, seconds: Double) {
        #expect(TimeOffset.parse(text) == seconds)
    }

    @Test("offsets that mean nothing are refused", arguments: ["", "m", "5", "1m1h", "5x", "1.5h", "--1m"])
    func badOffsets(text: String) {
        #expect(TimeOffset.parse(text) == nil)
    }
}
