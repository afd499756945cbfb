import ArgumentParser
import Foundation
import RiposteFeed

/// `riposte demo`: the demo feeds bundled with Riposte.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List and show the bundled demo feeds.", subcommands: [List.self, Show.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the bundled demo feeds.")

        func run() throws {
            for bundled in BundledFeeds.all {
                let feed = try bundled.parse()
                print("\(feed.name)\t\(feed.title) (\(feed.posts.count) posts): \(feed.summary)")
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
            print(bundled.text, terminator: bundled.text.hasSuffix("\n") ? "" : "\n")
        }
    }
}
