import Foundation
import Logging
import RiposteCore
import RiposteStore

/// How many mentions a second `riposte connect` can keep: its own write path (the mentions stored, then the cursor
/// moved past them), fed faster than any network would, with no network in the way.
public enum ConnectorThroughput {
    public struct Figures: Sendable {
        /// Mentions a second as a stream hands them over, one at a time, as fast as it can.
        public var streamed: Double
        /// Mentions a second, a page of `page` at a time, as a catch-up reads them.
        public var caughtUp: Double
        public var page: Int
    }

    public static func measure(into store: any InboxStore, mentions: Int = 20_000, page: Int = 40) async throws
        -> Figures {
        let stream = Burst(mentions: mentions)
        let (service, label) = try serving(stream, from: store)
        defer { try? store.releaseConnector(label, by: service.holder) }

        let streamedStart = Date()
        let following = Task { try await service.follow(stream, after: nil) }
        defer { following.cancel() }
        let deadline = Date() + 600
        while try store.connectorCursor(label) != "\(mentions - 1)" {
            guard Date() < deadline else { throw ConnectFailure.timedOut }
            try await Task.sleep(for: .milliseconds(2))
        }
        let streamed = Double(mentions) / Date().timeIntervalSince(streamedStart)

        let caughtUpStart = Date()
        for first in stride(from: mentions, to: 2 * mentions, by: page) {
            let posts = (first..<min(first + page, 2 * mentions)).map(stream.mention)
            try await service.keep(Mentions(posts: posts, cursor: "\(first)"), from: stream, state: .following)
        }
        let caughtUp = Double(mentions) / Date().timeIntervalSince(caughtUpStart)
        return Figures(streamed: streamed, caughtUp: caughtUp, page: page)
    }

    /// Feeds `rate` mentions a second for `seconds` through the path live mentions take (a stream's, one at a time,
    /// into `riposte connect`'s write path); returns how many were stored.
    public static func storm(into store: any InboxStore, rate: Int, seconds: TimeInterval) async throws -> Int {
        let mentions = Int(Double(rate) * seconds)
        let stream = Burst(mentions: mentions, rate: rate)
        let (service, label) = try serving(stream, from: store)
        defer { try? store.releaseConnector(label, by: service.holder) }
        let following = Task { try await service.follow(stream, after: nil) }
        defer { following.cancel() }
        let deadline = Date() + seconds + 60
        while try store.connectorCursor(label) != "\(mentions - 1)", Date() < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        return Int(try store.connectorCursor(label) ?? "-1").map { $0 + 1 } ?? 0
    }

    /// A service holding the stream's lease in `store`, as `riposte connect` would; the caller lets it go.
    static func serving(_ stream: Burst, from store: any InboxStore) throws -> (ConnectService, label: String) {
        let holder = "bench-\(UUID().uuidString)", label = stream.account.label
        guard try store.leaseConnector(label, for: holder, seconds: 3600) else {
            throw ConnectFailure.refused(status: 0, reason: "\(label) is served by another process")
        }
        let service = ConnectService(config: AccountsConfig(accounts: [stream.account], rivals: []), store: store,
                                     holder: holder, log: Logger(label: "riposte.bench"))
        return (service, label)
    }

    /// A stream that hands over `mentions` mentions one at a time, as fast as they are taken or at `rate` a second,
    /// then falls silent.
    struct Burst: Connector {
        let account = ConnectedAccount(network: .mastodon, server: URL(string: "simulated:")!,
                                       handle: "@bench@riposte.example", credential: .environment(""))
        let mentions: Int
        var rate: Int?
        let run = UUID().uuidString.prefix(8)

        func mention(_ number: Int) -> IncomingPost {
            let customer = number % 997
            return IncomingPost(
                externalID: "bench-\(run)-\(number)",
                author: Account(network: .mastodon, handle: "@customer\(customer)@elsewhere.example",
                                name: "Customer \(customer)", followers: 40 + customer * 3, role: .customer),
                text: "@bench my order \(number) has not arrived and nobody answers the phone, can you help?",
                createdAt: Date(), inReplyTo: nil)
        }

        func follow(after cursor: String?, _ deliver: @escaping @Sendable (Mentions) async -> Bool)
            async throws(ConnectFailure) {
            var number = 0
            let started = Date()
            while number < mentions, !Task.isCancelled {
                if let rate, Double(number) >= Date().timeIntervalSince(started) * Double(rate) {
                    try? await Task.sleep(for: .milliseconds(2))
                    continue
                }
                if await deliver(Mentions(posts: [mention(number)], cursor: "\(number)")) {
                    number += 1
                } else {
                    // Too many wait: as a server's stream would, it goes on once the store has caught up.
                    try? await Task.sleep(for: .milliseconds(5))
                }
            }
            while !Task.isCancelled { try? await Task.sleep(for: .seconds(3600)) }
        }

        func logIn() async throws(ConnectFailure) -> String { account.handle }
        func catchUp(after cursor: String?) async throws(ConnectFailure) -> Mentions { Mentions(posts: [], cursor: cursor) }
        func thread(around externalID: String) async throws(ConnectFailure) -> [IncomingPost] { [] }
        func post(_ reply: OutgoingPost) async throws(ConnectFailure) -> SentPost { throw .refused(status: 0, reason: "") }
        func findPosted(_ reply: OutgoingPost) async throws(ConnectFailure) -> SentPost? { nil }
    }
}
