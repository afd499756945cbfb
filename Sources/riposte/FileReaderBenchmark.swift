import Foundation
import RiposteCore
import RiposteFeed
import RiposteStore
import RiposteUI

/// Times every reader of a file people write on the shapes that used to cost more than their size: one line of
/// 10,000 values, a file of a megabyte in its ordinary shape, and nesting as deep as the readers allow.
struct FileReaderBenchmark {
    struct Timing {
        var reader: String
        var shape: String
        var milliseconds: Double
        /// What the reader made of it: "read", or its first error, so a figure for a refused file is not mistaken
        /// for one of a file read.
        var outcome: String
    }

    static let longLine = 10_000
    static let fileSize = 1 << 20
    static let depth = NestingLimit.maximumDepth

    /// A case is run once; a fast one twice more, keeping the fastest, so that one hiccup of a shared machine does
    /// not become the figure.
    static func time(_ reader: String, _ shape: String, _ read: () throws -> Void) -> Timing {
        var best = Double.infinity
        var outcome = "read"
        for run in 0..<3 {
            let started = DispatchTime.now().uptimeNanoseconds
            do {
                try read()
            } catch {
                outcome = "\(error)".split(separator: "\n").first.map(String.init) ?? ""
            }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
            if run == 0, best > 1000 { break }
        }
        return Timing(reader: reader, shape: shape, milliseconds: best, outcome: outcome)
    }

    func run(_ report: (Timing) -> Void) throws {
        let words = "[" + (0..<Self.longLine).map { "\"word\($0)\"" }.joined(separator: ", ") + "]"
        let accented = "[" + (0..<Self.longLine).map { "\"café \($0)\"" }.joined(separator: ", ") + "]"
        let inline = "{ " + (0..<Self.longLine).map { "k\($0) = \($0)" }.joined(separator: ", ") + " }"
        let line = "\(Self.longLine) values on one line"
        let big = "1 MB, ordinary shape"
        let nested = "nested \(Self.depth) deep (the limit)"

        report(Self.time("TOML parser", line) { _ = try TOMLParser.parse("words = \(words)\n", file: "bench.toml") })
        report(Self.time("TOML parser", line + ", accented") {
            _ = try TOMLParser.parse("words = \(accented)\n", file: "bench.toml")
        })
        report(Self.time("TOML parser", "an inline table of \(Self.longLine) keys") {
            _ = try TOMLParser.parse("t = \(inline)\n", file: "bench.toml")
        })
        report(Self.time("TOML parser", big) { _ = try TOMLParser.parse(Self.sections(), file: "bench.toml") })
        report(Self.time("TOML parser", nested + ", arrays") {
            _ = try TOMLParser.parse("v = " + String(repeating: "[", count: Self.depth)
                                     + String(repeating: "]", count: Self.depth), file: "bench.toml")
        })

        report(Self.time("config.toml", line) { _ = try Settings.parse("words = \(words)\n", file: "config.toml") })
        report(Self.time("config.toml", big) { _ = try Settings.parse(Self.sections(), file: "config.toml") })
        report(Self.time("voice", line) { _ = try VoiceLibrary.parse(Self.voice + "words = \(words)\n", file: "v.toml") })
        report(Self.time("voice", big) { _ = try VoiceLibrary.parse(Self.voiceTemplates(), file: "v.toml") })
        report(Self.time("risk.toml", line) {
            _ = try RiskRules.parse("[language]\nnegations = \(words)\n", file: "risk.toml")
        })
        report(Self.time("risk.toml", big) { _ = try RiskRules.parse(Self.riskWords(), file: "risk.toml") })
        report(Self.time("keymap", line) {
            try Self.check(KeymapFile.load("[queue]\nj = \(words)\n", file: "k.toml", name: "bench").errors)
        })
        report(Self.time("keymap", big) {
            try Self.check(KeymapFile.load(Self.repeated(Self.keymap), file: "k.toml", name: "bench").errors)
        })
        report(Self.time("theme", line) {
            try Self.check(ThemeFile.load("title = \(words)\n", file: "t.toml", name: "bench").errors)
        })
        report(Self.time("theme", big) {
            try Self.check(ThemeFile.load(Self.repeated(Self.theme), file: "t.toml", name: "bench").errors)
        })
        let feed = BundledFeeds.standard.text
        report(Self.time("demo feed", line) { _ = try DemoFeedParser.parse("words = \(words)\n" + feed, file: "f.toml") })
        report(Self.time("demo feed", big) { _ = try DemoFeedParser.parse(Self.feedPosts(feed), file: "f.toml") })

        let array = "[" + (0..<Self.longLine).map { "\"word\($0)\"" }.joined(separator: ",") + "]"
        let object = "{" + (0..<Self.longLine).map { "\"k\($0)\":\($0)" }.joined(separator: ",") + "}"
        report(Self.time("JSON line", line + ", an array") { _ = try JSONLineParser.parse(Array(array.utf8)) })
        report(Self.time("JSON line", line + ", an object") { _ = try JSONLineParser.parse(Array(object.utf8)) })
        report(Self.time("JSON line", nested) {
            _ = try JSONLineParser.parse(Array((String(repeating: "[", count: Self.depth)
                                                 + String(repeating: "]", count: Self.depth)).utf8))
        })
        report(Self.time("JSON line", "nested 100,000 deep (refused)") {
            _ = try JSONLineParser.parse(Array(String(repeating: "[", count: 100_000).utf8))
        })
        try importFile(report)
        report(Self.time("TOML parser", "nested 100,000 deep (refused)") {
            _ = try TOMLParser.parse("v = " + String(repeating: "[", count: 100_000), file: "bench.toml")
        })
    }

    /// An import is timed whole, into a store in a temporary folder: the checking pass and the writing pass.
    func importFile(_ report: (Timing) -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("riposte-readers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines: [String] = []
        var size = 0
        while size < Self.fileSize {
            let n = lines.count
            let line = #"{"id": "\#(n)", "network": "x", "author": {"handle": "@user\#(n % 500)", "followers": \#(n)}, "#
                + #""text": "my phone has had no signal since this morning, please help \#(n)", "#
                + #""created_at": "2014-06-12T09:30:00Z", "in_reply_to": null}"#
            lines.append(line)
            size += line.utf8.count + 1
        }
        let path = folder.appendingPathComponent("posts.jsonl").path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        var store = 0
        report(Self.time("JSONL import", "1 MB, ordinary shape (\(lines.count) posts, into a new store)") {
            store += 1
            let database = try SQLiteInboxStore(path: folder.appendingPathComponent("\(store).sqlite").path)
            try JSONLImport.run(reading: { try LineReader(path: path) }, file: path, into: database)
        })
    }

    static func check(_ errors: [SourceError]) throws {
        if !errors.isEmpty { throw SourceErrors(errors) }
    }

    /// `text` again and again up to a megabyte: a long file of the lines people write.
    static func repeated(_ text: String) -> String {
        String(repeating: text, count: fileSize / text.utf8.count + 1)
    }

    /// A megabyte of tables of the usual kinds of value, each with a comment.
    static func sections() -> String {
        var text = ""
        var n = 0
        while text.utf8.count < fileSize {
            text += """
                # section \(n), as a person writes one
                [section_\(n)]
                name = "Section \(n) \\u00E9t\\u00E9"
                count = \(n)
                ratio = 0.\(n % 10)
                enabled = \(n.isMultiple(of: 2))
                tags = ["alpha", "beta", "gamma"]
                literal = 'C:\\path\\\(n)'


                """
            n += 1
        }
        return text
    }

    static let voice = """
        id = "bench"
        name = "Bench"
        summary = "A voice for timing."
        guidance = "Keep it short."

        """

    static func voiceTemplates() -> String {
        var text = voice
        var n = 0
        while text.utf8.count < fileSize {
            text += """
                [[templates]]
                name = "template \(n)"
                text = "Hi {name}, sorry about the signal in your area; we are on it (ref \(n))."

                """
            n += 1
        }
        return text
    }

    static func riskWords() -> String {
        var text = "[language]\nnegations = [\n"
        var n = 0
        while text.utf8.count < fileSize {
            text += "    \"notword\(n)\", \"neverword\(n)\", \"nobody\(n)\",\n"
            n += 1
        }
        return text + "]\n"
    }

    static func feedPosts(_ feed: String) -> String {
        let header = feed.components(separatedBy: "[[posts]]")[0]
        var text = header
        var n = 0
        let author = feed.components(separatedBy: "author = \"").dropFirst().first?.prefix { $0 != "\"" } ?? "a"
        while text.utf8.count < fileSize {
            text += """
                [[posts]]
                id = "p\(n)"
                at = "-\(n)s"
                author = "\(author)"
                text = "no signal again today, post \(n)"


                """
            n += 1
        }
        return text
    }

    static let keymap = """
        [queue]
        j = "queue.next"
        k = "queue.previous"
        # a comment, as people leave them
        g = "queue.top"

        """

    static let theme = """
        title = "reverse bold"
        header = "bold underline"
        # a comment, as people leave them
        "role.rival" = "red bold"

        """
}
