import Foundation
import RiposteCore

/// Made-up mentions in the shape of real traffic: mostly X, heavy-tailed reach, a share of replies to earlier posts,
/// several scripts and emoji. Deterministic for a seed; the benchmark fills its store with it.
public struct SyntheticFeed: Sequence {
    public var count: Int
    public var seed: UInt64
    public var start: Date
    /// Seconds between the first and the last post.
    public var span: TimeInterval

    public init(count: Int, seed: UInt64 = 1, start: Date, span: TimeInterval) {
        self.count = count
        self.seed = seed
        self.start = start
        self.span = span
    }

    public func makeIterator() -> Iterator {
        Iterator(feed: self)
    }

    public struct Iterator: IteratorProtocol {
        let feed: SyntheticFeed
        var random: SeededRandom
        var produced = 0
        var recent: [String] = []
        let authors: Int

        init(feed: SyntheticFeed) {
            self.feed = feed
            random = SeededRandom(seed: feed.seed)
            authors = Swift.max(10, Swift.min(50_000, feed.count / 20))
        }

        public mutating func next() -> IncomingPost? {
            guard produced < feed.count else { return nil }
            defer { produced += 1 }
            let id = "syn-\(feed.seed)-\(produced)"
            let time = feed.start.addingTimeInterval(feed.span * Double(produced) / Double(Swift.max(1, feed.count - 1)))
            let network: Network = switch Int.random(in: 0..<100, using: &random) {
            case ..<60: .x
            case ..<85: .mastodon
            default: .bluesky
            }
            let author = Int.random(in: 0..<authors, using: &random)
            // Pareto-like reach, fixed per author: most have a few hundred followers, a few have millions.
            var authorRandom = SeededRandom(seed: feed.seed &+ UInt64(author) &* 0x9E37_79B9)
            let followers = Int(120 / pow(Double.random(in: 0.0001...1, using: &authorRandom), 1.6))
            let account = Account(network: network, handle: "@user\(author)", name: "User \(author)",
                                  followers: Swift.min(followers, 50_000_000), role: author % 97 == 0 ? .bystander : .customer)
            var inReplyTo: String?
            if !recent.isEmpty, Int.random(in: 0..<100, using: &random) < 25 {
                inReplyTo = recent[Int.random(in: 0..<recent.count, using: &random)]
            }
            if recent.count < 1000 { recent.append(id) } else { recent[produced % 1000] = id }
            let text = Self.phrases[Int.random(in: 0..<Self.phrases.count, using: &random)]
                + " " + Self.tails[Int.random(in: 0..<Self.tails.count, using: &random)]
            return IncomingPost(externalID: id, author: account, text: text, createdAt: time, inReplyTo: inReplyTo)
        }

        static let phrases = [
            "@ourbrand no signal since this morning, what is going on?",
            "@ourbrand charged twice on my bill again, sort it out",
            "@ourbrand thanks for the quick fix yesterday, brilliant service",
            "@ourbrand is there an outage in Manchester right now?",
            "@ourbrand my data has been crawling all week",
            "@ourbrand roaming doesn't work in Spain, help!",
            "@ourbrand ¿por qué no funciona mi tarjeta SIM?",
            "@ourbrand perché la rete non funziona a Milano?",
            "@ourbrand 日本でローミングが使えません",
            "@ourbrand 데이터가 안 돼요",
            "@ourbrand لماذا لا تعمل الشبكة؟",
            "@ourbrand you lot are having a laugh with these prices",
            "@ourbrand WIN A FREE PHONE click here now",
        ]

        static let tails = ["", "🙏", "😡😡", "👍🏽", "👨‍👩‍👧", "🇬🇧", "#fail", "…", "https://example.com/status", "x"]
    }
}
