import ArgumentParser
import Foundation
import RiposteCore
import RiposteFeed
import RiposteStore

/// `riposte import FILE|-`: mentions from JSON Lines into the store, all or nothing.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import mentions from JSON Lines (a file, or - for standard input).",
        discussion: """
            One object per line: {"id": "...", "network": "x"|"mastodon"|"bluesky", "author": {"handle": "@name", \
            "name": "...", "followers": 123, "role": "customer"}, "text": "...", "created_at": "RFC 3339", \
            "in_reply_to": "id or null"}. Every bad line is reported as file:line:column: message and nothing is \
            imported; posts already in the store are skipped.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The JSON Lines file, or - for standard input.", valueName: "file"))
    var file: String

    func run() throws {
        let handle: FileHandle
        if file == "-" {
            handle = .standardInput
        } else if let opened = FileHandle(forReadingAtPath: file) {
            handle = opened
        } else {
            throw fail("cannot read \(file)")
        }
        do {
            let store = try global.openStore()
            // Writing into a damaged file would report success over pages SQLite cannot read back.
            if let problem = try store.problems(thorough: false).first {
                throw fail("nothing imported: \(global.storePath): \(problem); `riposte store check` says more")
            }
            let summary = try JSONLImport.run(lines: LineReader(handle: handle), file: file == "-" ? "<stdin>" : file,
                                              into: store)
            show("imported \(summary.inserted) posts (\(summary.newCases) new cases); "
                  + "\(summary.alreadyStored) already in the store")
        } catch let errors as SourceErrors {
            throw fail("nothing imported:\n\(errors)")
        } catch {
            throw fail("\(error)")
        }
    }
}
