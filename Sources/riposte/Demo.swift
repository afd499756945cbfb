import ArgumentParser
import Foundation
import RiposteCore
import RiposteFeed
import RiposteStore

/// `riposte demo`: the demo feeds bundled with Riposte.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List, show and play demo feeds.", subcommands: [List.self, Show.self, Play.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the bundled demo feeds.")

        func run() throws {
            for bundled in BundledFeeds.all {
                let feed = try bundled.parse()
                show("\(feed.name)\t\(feed.title) (\(feed.posts.count) posts): \(feed.summary)")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a bundled demo feed's file, to copy and change.")

        @Argument(help: "The feed's name (see `riposte demo list`).")
        var name: String

        func run() throws {
            guard let bundled = BundledFeeds.named(name) else {
                throw fail("no bundled demo feed \"\(name)\"; `riposte demo list` shows them")
            }
            show(bundled.text, terminator: bundled.text.hasSuffix("\n") ? "" : "\n")
        }
    }

    struct Play: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load a demo feed into the store and play it to its end.",
            discussion: """
                Its history appears at once; the rest arrives at the feed's speed while agents work in Riposte on the \
                same store. Agents' replies trigger the feed's reactions. Stop with Ctrl-C: what is still to come stays \
                in the store, and any Riposte open on it plays on.
                """ + "\n\n" + DemoPlayKeys.sentence())

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("A bundled feed's name (see `riposte demo list`) or a feed file.", valueName: "feed"))
        var feed: String

        @Option(help: "Story seconds per real second, 1 to 600 (default: the feed's own).")
        var speed: Double?

        func validate() throws {
            if let speed, !(1...600).contains(speed) { throw ValidationError("--speed must be between 1 and 600") }
        }

        func run() throws {
            let (loaded, text) = try FeedFile.read(feed)
            let store = try global.openStore()
            let start = Date()
            let counts = try DemoFeedLoader.load(loaded, text: text, into: store, startingAt: start, speed: speed)
            show("\(loaded.name): \(counts.history) posts now, \(counts.scheduled) to come at \(Int(speed ?? loaded.speed))×")
            let player = DemoFeedPlayer(store: store)
            var delivered = 0
            while true {
                guard let progress = try player.deliverDue(at: Date()) else { break }
                if progress.delivered > 0 {
                    delivered += progress.delivered
                    show("\(loaded.name): \(delivered) delivered, \(progress.pending) to come")
                }
                if progress.pending == 0 { break }
                Thread.sleep(forTimeInterval: 0.25)
            }
            show("\(loaded.name): played to the end")
        }
    }
}
