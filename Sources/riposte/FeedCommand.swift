import ArgumentParser
import Foundation
import RiposteCore
import RiposteFeed

/// `riposte feed`: demo feed files and synthetic traffic.
struct FeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed", abstract: "Check demo feed files; generate synthetic traffic.",
        subcommands: [Check.self, FeedGenerate.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a demo feed file without touching any store: every mistake as file:line:column: message.")

        @Argument(help: ArgumentHelp("The feed file.", valueName: "file"))
        var file: String

        func run() throws {
            let (feed, _) = try FeedFile.read(file)
            show("\(file): \(feed.name), \(feed.posts.count) posts, \(feed.reactions.count) reactions, "
                  + "\(Set(feed.posts.map(\.author.handle)).count) accounts posting: ok")
        }
    }
}

/// A feed named on the command line: a bundled one by name, else a file.
enum FeedFile {
    static func read(_ nameOrPath: String) throws -> (feed: DemoFeed, text: String) {
        if let bundled = BundledFeeds.named(nameOrPath), !FileManager.default.fileExists(atPath: nameOrPath) {
            return (try bundled.parse(), bundled.text)
        }
        guard let data = FileManager.default.contents(atPath: nameOrPath) else {
            throw fail("cannot read \(nameOrPath): no such file, and no bundled feed of that name (`riposte demo list`)")
        }
        let text: String
        do {
            text = try SourceText.decode(Array(data), file: nameOrPath)
        } catch {
            throw fail("\(error)")
        }
        do {
            return (try DemoFeedParser.parse(text, file: nameOrPath), text)
        } catch {
            throw fail("\(nameOrPath) has mistakes:\n\(error)")
        }
    }
}
