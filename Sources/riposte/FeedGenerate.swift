import ArgumentParser
import Foundation
import RiposteCore
import RiposteFeed
import RiposteStore

extension RateShape: ExpressibleByArgument {}

/// `riposte feed generate`: synthetic mentions into the store at a rate shape, all at once or as they happen.
struct FeedGenerate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write synthetic mentions into the store at a rate shape: steady, spike or storm.",
        discussion: """
            A realistic mix of networks, languages and scripts, emoji, heavy-tailed reach, replies to earlier posts, \
            complaints, praise, banter and spam; the same seed gives the same posts. Without --live every post is \
            written at once, dated over the span ending now; with --live each arrives when its time comes, so agents \
            in Riposte on the same store watch it come in. Posts keep their identifiers, so the same seed twice on \
            one store adds nothing the second time: take another seed.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "How the posts crowd over the span: steady, spike (a burst mid-way) or storm (a rise, then a decay).")
    var shape: RateShape = .steady

    @Option(help: "How many mentions to write.")
    var count = 1000

    @Option(help: "Minutes between the first post and the last.")
    var minutes: Double = 10

    @Option(help: "The generator's seed; the same seed gives the same posts.")
    var seed: UInt64 = 1

    @Flag(help: "Write each post when its time comes, the span starting now, instead of all at once.")
    var live = false

    func validate() throws {
        if count < 1 { throw ValidationError("--count must be at least 1") }
        if !(minutes > 0) || !minutes.isFinite { throw ValidationError("--minutes must be more than 0") }
    }

    func run() throws {
        let span = minutes * 60
        var tally = GeneratedTally()
        do {
            let store = try global.openStore()
            // Synthetic customers are for practice: mixed into a team's real mentions they would be answered, and
            // counted, as real. A new store becomes a training store; one holding a team's work is refused.
            try store.markTraining()
            if live {
                try play(SyntheticFeed(count: count, seed: seed, start: Date(), span: span, shape: shape),
                         into: store, tally: &tally)
            } else {
                let feed = SyntheticFeed(count: count, seed: seed, start: Date().addingTimeInterval(-span), span: span,
                                         shape: shape)
                // Streamed into one transaction: a large count never sits in memory as an array.
                tally.add(try store.ingestAll { add in
                    for post in feed {
                        tally.count(post)
                        try add(post)
                    }
                })
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw fail("\(error)")
        }
        show(tally.summary)
    }

    /// Writes each post once its time has come, a few times a second, with a progress line every few seconds.
    func play(_ feed: SyntheticFeed, into store: any InboxStore, tally: inout GeneratedTally) throws {
        var posts = feed.makeIterator()
        var waiting = posts.next()
        var lastProgress = Date()
        while waiting != nil {
            let now = Date()
            var due: [IncomingPost] = []
            while let post = waiting, post.createdAt <= now {
                due.append(post)
                tally.count(post)
                waiting = posts.next()
            }
            if !due.isEmpty { tally.add(try store.ingest(due)) }
            if now.timeIntervalSince(lastProgress) >= 3 {
                lastProgress = now
                // Unbuffered, so a pipe or a log sees the progress as it happens.
                FileHandle.standardOutput.write(
                    Data("riposte feed: \(tally.posts) of \(feed.count) posts, \(tally.stored.newCases) new cases\n".utf8))
            }
            if waiting != nil { Thread.sleep(forTimeInterval: 0.2) }
        }
    }
}

/// What a generation wrote, for its closing summary.
struct GeneratedTally {
    var posts = 0
    var replies = 0
    var byNetwork: [Network: Int] = [:]
    var stored = IngestSummary()

    mutating func count(_ post: IncomingPost) {
        posts += 1
        if post.inReplyTo != nil { replies += 1 }
        byNetwork[post.author.network, default: 0] += 1
    }

    mutating func add(_ summary: IngestSummary) {
        stored.inserted += summary.inserted
        stored.alreadyStored += summary.alreadyStored
        stored.newCases += summary.newCases
    }

    var summary: String {
        let networks = Network.allCases.map { "\($0.rawValue) \(byNetwork[$0, default: 0])" }.joined(separator: ", ")
        var lines = ["\(posts) posts (\(networks)), \(replies) replies to earlier posts",
                     "\(stored.inserted) stored, \(stored.newCases) new cases"]
        if stored.alreadyStored > 0 {
            lines[1] += "; \(stored.alreadyStored) already in the store (another --seed gives new posts)"
        }
        return lines.joined(separator: "\n")
    }
}
