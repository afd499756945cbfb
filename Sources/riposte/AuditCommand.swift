import ArgumentParser
import Foundation
import RiposteCore
import RiposteStore

/// `riposte audit verify`: whether anyone rewrote the audit log behind the store's back.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Check the audit log's hash chain.", subcommands: [Verify.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every row of the audit log follows the one before it; exit 1 at the first that does not.",
            discussion: """
                Each row carries a hash of the row before it and of its own content. A row changed, deleted, inserted \
                or moved breaks the chain there. Removing the newest rows leaves the chain whole: keep the head's \
                hash this prints somewhere else to catch that.
                """)

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let rows: [AuditChain.Row]
            do {
                guard let store = try global.existingStore() else { throw fail("no store at \(global.storePath)") }
                rows = try store.auditChain(last: nil)
            } catch let exit as ExitCode {
                throw exit
            } catch {
                throw fail("\(error)")
            }
            if let broken = AuditChain.firstBreak(in: rows) {
                print("the audit chain is broken at \(broken)")
                throw ExitCode(1)
            }
            print("the audit chain holds: \(rows.count) rows, head \(rows.last?.hash ?? AuditChain.genesis)")
        }
    }
}
