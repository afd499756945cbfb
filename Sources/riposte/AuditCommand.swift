import ArgumentParser
import Foundation
import RiposteCore
import RiposteStore

/// `riposte audit verify`: whether anyone rewrote the audit log behind the store's back; `riposte audit replies`:
/// whether any reply went out round the gate.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Check the audit log's hash chain, and that every reply went through the gate.",
        subcommands: [Verify.self, Replies.self])

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
                let store = try global.storeToRead()
                rows = try store.auditChain(last: nil)
            } catch let exit as ExitCode {
                throw exit
            } catch {
                throw fail("\(error)")
            }
            if let broken = AuditChain.firstBreak(in: rows) {
                show("the audit chain is broken at \(broken)")
                throw ExitCode(1)
            }
            show("the audit chain holds: \(rows.count) rows, head \(rows.last?.hash ?? AuditChain.genesis)")
        }
    }

    struct Replies: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Judge every reply sent again, as the gate does; exit 1 if any needed an approval it did not have.",
            discussion: """
                Each reply is judged by the rules version it was sent under, in the conversation as it stood then. \
                One that needed a supervisor and that no approval sent went round Riposte: written into the store \
                by another program, or with a score that was not the gate's.
                """)

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("Only replies sent in this window, like 24h or 7d; every reply if left out.",
                                   valueName: "duration"))
        var since: String?

        func run() throws {
            var start = Date(timeIntervalSince1970: 0)
            if let since {
                do {
                    start = Date().addingTimeInterval(-(try WrittenDuration.parse(since)))
                } catch {
                    throw fail("--since \(since): \(error.message)")
                }
            }
            let checked: Int, ungated: [UngatedReply]
            do {
                let store = try global.storeToRead()
                (checked, ungated) = try store.ungatedReplies(since: start)
            } catch let exit as ExitCode {
                throw exit
            } catch {
                throw fail("\(error)")
            }
            for found in ungated {
                let reply = found.reply
                show("reply \(reply.id.rawValue) on case \(reply.caseID.rawValue), sent by \(DisplayText.printable(reply.sentBy)) "
                      + "at \(reply.sentAt.formatted(.iso8601)) with risk \(reply.risk.map(String.init) ?? "unrecorded") "
                      + "and no approval: the gate gives it \(found.score) (threshold \(found.threshold))")
                show("  \"\(DisplayText.printable(reply.text))\"")
                for reason in found.reasons { show("  \(DisplayText.printable(reason))") }
            }
            guard ungated.isEmpty else {
                show("\(ungated.count) of \(checked) replies went out without the approval they needed")
                throw ExitCode(1)
            }
            show("\(checked) replies checked: every one went out as the gate allows")
        }
    }
}
