import Foundation
import RiposteCore
import RiposteFeed
import Testing

@Suite("Synthetic traffic")
struct SyntheticFeedTests {
    let start = Date(timeIntervalSince1970: 1_700_000_000)
    let span: TimeInterval = 3600

    func posts(_ shape: RateShape = .steady, count: Int = 2000, seed: UInt64 = 1) -> [IncomingPost] {
        Array(SyntheticFeed(count: count, seed: seed, start: start, span: span, shape: shape))
    }

    /// How many posts fall in each tenth of the span.
    func tenths(_ posts: [IncomingPost]) -> [Int] {
        var counts = Array(repeating: 0, count: 10)
        for post in posts {
            counts[min(9, Int(post.createdAt.timeIntervalSince(start) / span * 10))] += 1
        }
        return counts
    }

    /// How many posts fall between two positions in the span (0 its start, 1 its end).
    func between(_ from: Double, _ to: Double, _ posts: [IncomingPost]) -> Int {
        posts.count { (from..<to).contains($0.createdAt.timeIntervalSince(start) / span) }
    }

    @Test("the same seed gives the same posts; another seed gives others", arguments: RateShape.allCases)
    func deterministic(shape: RateShape) {
        let one = posts(shape, count: 500, seed: 7)
        #expect(one == posts(shape, count: 500, seed: 7))
        #expect(one.map(\.text) != posts(shape, count: 500, seed: 8).map(\.text))
    }

    @Test("the benchmark's feed, without a shape, is steady")
    func steadyByDefault() {
        let unshaped = Array(SyntheticFeed(count: 500, seed: 3, start: start, span: span))
        #expect(unshaped == posts(.steady, count: 500, seed: 3))
    }

    @Test("every shape places its posts in order from the start of the span to its end", arguments: RateShape.allCases)
    func inOrderWithinSpan(shape: RateShape) {
        let posts = posts(shape)
        let times = posts.map(\.createdAt)
        #expect(times == times.sorted())
        #expect(times.first == start && times.last == start.addingTimeInterval(span))
    }

    @Test("steady traffic: each tenth of the span has about a tenth of the posts")
    func steady() {
        let counts = tenths(posts(.steady))
        #expect(counts.allSatisfy { (180...220).contains($0) }, "\(counts)")
    }

    @Test("a spike: the middle of the span is several times as busy as its start, and the end calms down again")
    func spike() {
        let posts = posts(.spike)
        let first = between(0, 0.1, posts), middle = between(0.45, 0.55, posts), last = between(0.9, 1.01, posts)
        #expect(middle > 4 * first, "first tenth \(first), middle tenth \(middle)")
        #expect(Double(last) < 1.5 * Double(first), "first tenth \(first), last tenth \(last)")
    }

    @Test("a storm: quiet at first, far busier well after the start, still busier than the start at the end")
    func storm() {
        let counts = tenths(posts(.storm))
        let busiest = counts.indices.max { counts[$0] < counts[$1] }!
        #expect(busiest >= 2 && busiest < 9, "\(counts)")
        #expect(counts[busiest] > 8 * counts[0], "\(counts)")
        // The decay is slow: the rise takes a tenth, the fall lasts the rest of the span.
        #expect(Double(counts[9]) > 1.5 * Double(counts[0]), "\(counts)")
    }

    @Test("posts come from every network with heavy-tailed reach, and a quarter reply to earlier posts")
    func networksReachAndReplies() {
        let posts = posts()
        #expect(Set(posts.map(\.author.network)) == Set(Network.allCases))
        let reach = posts.map(\.author.followers).sorted()
        #expect(reach[reach.count / 2] < 1000 && reach.last! > 100_000)
        var seen: Set<String> = []
        var replies = 0
        for post in posts {
            if let parent = post.inReplyTo {
                #expect(seen.contains(parent), "\(post.externalID) answers \(parent), not an earlier post")
                replies += 1
            }
            seen.insert(post.externalID)
        }
        #expect((400...600).contains(replies))
    }

    @Test("texts in several scripts, many with emoji, none past 280 characters")
    func scriptsAndEmoji() {
        let texts = posts().map(\.text)
        let scripts = Set(texts.flatMap { $0.unicodeScalars.compactMap(Script.init) })
        #expect(scripts.isSuperset(of: [.latin, .cjk, .arabic]) && scripts.count >= 4, "\(scripts)")
        let withEmoji = texts.count { $0.unicodeScalars.contains { $0.properties.isEmojiPresentation } }
        #expect(withEmoji > texts.count / 5 && withEmoji < texts.count)
        #expect(texts.allSatisfy { $0.count <= 280 })
    }

    @Test("after its opening a post says a median of 8 more words from a long-tailed vocabulary; many authors, a few of them prolific")
    func wordsAndAuthors() {
        let posts = posts(count: 20_000)
        var added: [Int] = [], words: [String: Int] = [:]
        for post in posts {
            let opening = SyntheticFeed.Tone.allCases.flatMap(\.phrases).first { post.text.hasPrefix($0) } ?? ""
            let more = post.text.dropFirst(opening.count).split(separator: " ")
            added.append(more.count)
            for word in more { words[String(word), default: 0] += 1 }
        }
        added.sort()
        // The tail (an emoji, a link) counts as a word here, when there is one.
        #expect((7...10).contains(added[added.count / 2]), "median \(added[added.count / 2])")
        #expect(added[added.count * 9 / 10] >= 20, "nine in ten under \(added[added.count * 9 / 10])")
        #expect(words.count > 10_000, "\(words.count) distinct words")
        #expect(words["the", default: 0] > 5 * words["phone", default: 0])
        let byAuthor = Dictionary(grouping: posts, by: \.author.handle).values.map(\.count).sorted(by: >)
        #expect(byAuthor.count > 2_500, "\(byAuthor.count) authors")
        let topShare = Double(byAuthor.prefix(byAuthor.count / 100).reduce(0, +)) / Double(posts.count)
        #expect((0.1...0.35).contains(topShare), "the commonest 1% wrote \(topShare)")
    }

    @Test("mostly complaints, with a share of praise, banter and spam")
    func tones() {
        let texts = posts().map(\.text)
        var shares: [SyntheticFeed.Tone: Int] = [:]
        for text in texts {
            let tone = SyntheticFeed.Tone.allCases.first { tone in
                tone.phrases.contains { text == $0 || text.hasPrefix($0 + " ") }
            }
            #expect(tone != nil, "\(text) is none of the tones' phrases")
            if let tone { shares[tone, default: 0] += 1 }
        }
        #expect((900...1300).contains(shares[.complaint, default: 0]), "\(shares)")
        #expect((180...420).contains(shares[.praise, default: 0]), "\(shares)")
        #expect((250...550).contains(shares[.banter, default: 0]), "\(shares)")
        #expect((100...300).contains(shares[.spam, default: 0]), "\(shares)")
    }
}

/// The writing system of a letter, by Unicode block; enough to tell the feed's languages apart.
enum Script: Hashable {
    case latin, cyrillic, arabic, devanagari, cjk

    init?(_ scalar: Unicode.Scalar) {
        guard scalar.properties.isAlphabetic else { return nil }
        switch scalar.value {
        case 0x41...0x24F: self = .latin
        case 0x400...0x4FF: self = .cyrillic
        case 0x600...0x6FF: self = .arabic
        case 0x900...0x97F: self = .devanagari
        case 0x3040...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7AF: self = .cjk
        default: return nil
        }
    }
}
