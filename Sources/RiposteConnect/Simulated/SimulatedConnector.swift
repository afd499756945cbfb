import Foundation
import RiposteCore

/// The network a demo feed plays on. Its people are the feed's, delivered by the feed's own schedule, so nothing
/// comes in through here; what goes out is every reply to them, which takes the path a real reply takes (the outbox,
/// the gate at the door, sent or refused) and lands at once, under an id made from its outbox row.
public struct SimulatedConnector: Connector {
    public let account: ConnectedAccount

    public init(account: ConnectedAccount) {
        self.account = account
    }

    public func logIn() async throws(ConnectFailure) -> String { account.handle }

    public func catchUp(after cursor: String?) async throws(ConnectFailure) -> Mentions {
        Mentions(posts: [], cursor: cursor)
    }

    /// Nothing comes in; it follows until the service stops it.
    public func follow(after cursor: String?, _ deliver: @escaping @Sendable (Mentions) async -> Bool)
        async throws(ConnectFailure) {
        while !Task.isCancelled { try? await Task.sleep(for: .seconds(3600)) }
    }

    public func thread(around externalID: String) async throws(ConnectFailure) -> [IncomingPost] { [] }

    public func post(_ reply: OutgoingPost) async throws(ConnectFailure) -> SentPost {
        SentPost(externalID: "\(account.network.rawValue)-sim-\(reply.idempotencyKey)", link: nil)
    }

    /// The same reply always lands under the same id, so a second attempt is the first.
    public func findPosted(_ reply: OutgoingPost) async throws(ConnectFailure) -> SentPost? {
        try await post(reply)
    }
}
