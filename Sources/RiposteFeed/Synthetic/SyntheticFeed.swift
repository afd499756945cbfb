import Foundation
import RiposteCore

/// Made-up mentions in the shape of real traffic: mostly X, heavy-tailed reach, a quarter replies to recent posts,
/// complaints, praise, banter and spam in several scripts with emoji, their words and authors drawn from the
/// distributions `SyntheticText` states, at a rate that follows a shape. Deterministic for a seed; the benchmark
/// fills its store with it.
public struct SyntheticFeed: Sequence {
    public var count: Int
    public var seed: UInt64
    public var start: Date
    /// Seconds between the first and the last post.
    public var span: TimeInterval
    /// How the posts crowd over the span.
    public var shape: RateShape

    public init(count: Int, seed: UInt64 = 1, start: Date, span: TimeInterval, shape: RateShape = .steady) {
        self.count = count
        self.seed = seed
        self.start = start
        self.span = span
        self.shape = shape
    }

    public func makeIterator() -> Iterator {
        Iterator(feed: self)
    }

    /// What a made-up post is, in roughly the proportions a brand's care team sees.
    public enum Tone: String, CaseIterable, Sendable {
        case complaint, praise, banter, spam

        /// Out of 100 posts.
        var weight: Int {
            switch self {
            case .complaint: 55
            case .praise: 15
            case .banter: 20
            case .spam: 10
            }
        }

        /// The openings of this tone's posts; a post is one of them, maybe followed by a space, more words and a
        /// short tail. In the words the benchmark searches for ("manchester", "no signal", "roaming").
        public var phrases: [String] {
            switch self {
            case .complaint: [
                "@ourbrand no signal since this morning, what is going on?",
                "@ourbrand charged twice on my bill again, sort it out",
                "@ourbrand is there an outage in Manchester right now?",
                "@ourbrand my data has been crawling all week",
                "@ourbrand roaming doesn't work in Spain, help!",
                "@ourbrand on hold for an hour, I'm switching to another network",
                "@ourbrand you lot are having a laugh with these prices",
                "@ourbrand ¿por qué no funciona mi tarjeta SIM?",
                "@ourbrand perché la rete non funziona a Milano?",
                "@ourbrand третий день нет интернета",
                "@ourbrand 日本でローミングが使えません",
                "@ourbrand 网络又断了，怎么回事？",
                "@ourbrand 데이터가 안 돼요",
                "@ourbrand لماذا لا تعمل الشبكة؟",
                "@ourbrand नेटवर्क बिल्कुल नहीं चल रहा",
            ]
            case .praise: [
                "@ourbrand thanks for the quick fix yesterday, brilliant service",
                "@ourbrand best coverage on the train, well done",
                "@ourbrand merci, tout fonctionne à nouveau 👏",
                "@ourbrand ありがとう、すぐ直りました！",
                "@ourbrand شكرا على المساعدة السريعة",
            ]
            case .banter: [
                "@ourbrand if your signal was a person it would be me on a Monday",
                "@ourbrand tell the hamster running the mast to have a coffee ☕",
                "@ourbrand whoever writes your posts deserves a raise 😂",
                "@ourbrand the hold music is a banger tbh",
                "@ourbrand jajaja vuestro community manager es un crack",
                "@ourbrand 客服小编今天很幽默 😂",
            ]
            case .spam: [
                "@ourbrand WIN A FREE PHONE click here now",
                "@ourbrand earn $500 a day from home, DM me 💰",
                "@ourbrand 10k followers for $5 👉 example.biz",
                "@ourbrand crypto giveaway 🚀 send 1 ETH get 2 back",
            ]
            }
        }
    }

    public struct Iterator: IteratorProtocol {
        let feed: SyntheticFeed
        let placement: RatePlacement
        var random: SeededRandom
        var produced = 0
        var recent: [(id: String, network: Network)] = []
        let authors: Int

        init(feed: SyntheticFeed) {
            self.feed = feed
            placement = RatePlacement(feed.shape)
            random = SeededRandom(seed: feed.seed)
            authors = Swift.max(10, feed.count / 4)
        }

        public mutating func next() -> IncomingPost? {
            guard produced < feed.count else { return nil }
            defer { produced += 1 }
            let id = "syn-\(feed.seed)-\(produced)"
            // From the share of the traffic already sent, so times follow the shape and never go backwards.
            let fraction = Double(produced) / Double(Swift.max(1, feed.count - 1))
            let time = feed.start.addingTimeInterval(feed.span * placement.position(at: fraction))
            var network: Network = switch Int.random(in: 0..<100, using: &random) {
            case ..<60: .x
            case ..<85: .mastodon
            default: .bluesky
            }
            let author = SyntheticText.rank(of: authors, exponent: SyntheticText.authorExponent, &random)
            // A reply is on its parent's network: it is drawn first, to keep the rest of the draws as they were.
            let replying = !recent.isEmpty && Int.random(in: 0..<100, using: &random) < 25
            let parent = replying ? recent[Int.random(in: 0..<recent.count, using: &random)] : nil
            if let parent { network = parent.network }
            // Pareto-like reach, fixed per author: most have a few hundred followers, a few have millions.
            var authorRandom = SeededRandom(seed: feed.seed &+ UInt64(author) &* 0x9E37_79B9)
            let followers = Int(120 / pow(Double.random(in: 0.0001...1, using: &authorRandom), 1.6))
            let account = Account(network: network, handle: Self.handle(author), name: "Synthetic user \(author)",
                                  followers: Swift.min(followers, 50_000_000), role: author % 97 == 50 ? .bystander : .customer)
            let inReplyTo = parent?.id
            if recent.count < 1000 { recent.append((id, network)) } else { recent[produced % 1000] = (id, network) }
            let phrases = nextTone().phrases
            let phrase = phrases[Int.random(in: 0..<phrases.count, using: &random)]
            let tail = Self.tails[Int.random(in: 0..<Self.tails.count, using: &random)]
            let text = SyntheticText.mention(phrase, tail: tail, &random)
            return IncomingPost(externalID: id, author: account, text: text, createdAt: time, inReplyTo: inReplyTo)
        }

        /// Marked as made up, so that a generated author is never taken for a real customer, or for the brand
        /// that a demo played on the same store speaks as.
        static func handle(_ author: Int) -> String {
            "@synthetic_user\(author)"
        }

        mutating func nextTone() -> Tone {
            var roll = Int.random(in: 0..<100, using: &random)
            for tone in Tone.allCases {
                if roll < tone.weight { return tone }
                roll -= tone.weight
            }
            return .complaint
        }

        static let tails = ["", "🙏", "😡😡", "👍🏽", "👨‍👩‍👧", "🇬🇧", "#fail", "…", "https://example.com/status", "x"]
    }
}
