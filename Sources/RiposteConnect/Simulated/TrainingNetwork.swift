import Foundation
import Logging
import RiposteCore
import RiposteFeed
import RiposteStore

/// On a training store every network is simulated: a reply goes through the outbox and the gate at the door, as a
/// real one does, and lands on the simulated network, where a playing demo's people react to it. Any Riposte open on
/// the store may serve it; the leases let one at a time.
public enum TrainingNetwork {
    /// The service that sends a training store's replies; nil on a team's store, whose replies only a real
    /// `riposte connect` sends.
    public static func service(for store: any InboxStore, log: Logger) throws -> ConnectService? {
        guard try store.isTraining() else { return nil }
        let feed = try DemoFeedLoader.playing(in: store)?.feed
        let accounts = Network.allCases.map { network in
            let brand = feed?.posts.first { $0.author.network == network && $0.author.role == .brand }?.author
            return ConnectedAccount(network: network, server: URL(string: "simulated:")!,
                                    handle: brand?.handle ?? "@brand", credential: .environment(""))
        }
        return ConnectService(
            config: AccountsConfig(accounts: accounts, rivals: feed?.rivals.map(\.handle) ?? []), store: store,
            credential: { _ in Secret("") },
            makeConnector: { account, _, _, _ in SimulatedConnector(account: account) },
            afterLanding: { reply, sent in
                do {
                    try DemoReactions(store: store).landed(reply, as: sent.externalID)
                } catch {
                    log.error("demo reactions failed", metadata: ["case": "\(reply.caseID.rawValue)", "error": "\(error)"])
                }
            },
            log: log)
    }
}
