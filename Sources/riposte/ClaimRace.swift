import ArgumentParser
import Foundation
import RiposteCore
import RiposteStore

/// `riposte claim-race` (hidden): one agent claiming and answering every case of a store as fast as it can, the way
/// the claims stress test runs several at once on one file.
struct ClaimRace: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "claim-race", shouldDisplay: false)

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("as"))
    var agent: String

    func run() throws {
        let store = try global.openStore()
        var claimed = 0, answered = 0, refused = 0
        var key: QueueKey?
        while true {
            let page = try store.queueRows(after: key, limit: 200)
            for row in page {
                switch try store.claim(row.caseID, by: agent, at: Date(), lease: 600, takeOver: false) {
                case .heldBy:
                    refused += 1
                case .granted:
                    claimed += 1
                    // Holding the claim, nobody else can send: answer unless someone did before we claimed.
                    guard let thread = try store.thread(row.caseID, agent: agent),
                          !thread.posts.contains(where: { $0.sentBy != nil }),
                          let last = thread.posts.last(where: { !$0.isOurs }) else { continue }
                    try store.sendReply(on: row.caseID, inReplyTo: last.id, text: "Answered by \(agent)", by: agent,
                                        at: Date())
                    answered += 1
                }
            }
            guard let last = page.last, page.count == 200 else { break }
            key = last.key
        }
        show("\(agent): claimed \(claimed), answered \(answered), refused \(refused)")
    }
}
