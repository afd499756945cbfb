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
        // Read twice (checked, then written): standard input is kept in a file of this process's own meanwhile.
        let path: String
        if file == "-" {
            path = try spooledStandardInput()
        } else if FileManager.default.isReadableFile(atPath: file) {
            path = file
        } else {
            throw fail("cannot read \(file)")
        }
        defer { if file == "-" { try? FileManager.default.removeItem(atPath: path) } }
        do {
            let store = try global.openStore()
            // Writing into a damaged file would report success over pages SQLite cannot read back.
            if let problem = try store.problems(thorough: false).first {
                throw fail("nothing imported: \(global.storePath): \(problem); `riposte store check` says more")
            }
            ImportSignals.install()
            let summary = try JSONLImport.run(reading: { try LineReader(path: path) },
                                              file: file == "-" ? "<stdin>" : file, into: store,
                                              interrupted: { ImportSignals.received != 0 })
            show("imported \(counted(summary.inserted, "post")) (\(counted(summary.newCases, "new case"))); "
                  + "\(summary.alreadyStored) already in the store")
        } catch let errors as SourceErrors {
            throw fail("nothing imported:\n\(errors)")
        } catch let exit as ExitCode {
            throw exit
        } catch is ImportInterrupted {
            warn("stopped by a signal: nothing imported")
            throw ExitCode(128 + ImportSignals.received)
        } catch {
            throw fail("\(error)")
        }
    }

    private func spooledStandardInput() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("riposte-import-\(UUID().uuidString)").path
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
              let spool = FileHandle(forWritingAtPath: path) else { throw fail("cannot keep standard input in \(path)") }
        defer { try? spool.close() }
        do {
            while let chunk = try FileHandle.standardInput.read(upToCount: 1 << 20), !chunk.isEmpty {
                try spool.write(contentsOf: chunk)
            }
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw fail("nothing imported: cannot keep standard input in \(path): \(error.localizedDescription)")
        }
        return path
    }
}

/// "1 post", "2 posts".
func counted(_ count: Int, _ thing: String) -> String {
    "\(count) \(thing)\(count == 1 ? "" : "s")"
}
