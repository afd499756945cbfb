import Foundation
import RiposteCore

/// What `riposte connect` needs of a network, and all it needs: a third network is one more conformance.
public protocol Connector: Sendable {
    var account: ConnectedAccount { get }
    /// Logs in (or checks the token) and returns the handle the server knows the credential as.
    func logIn() async throws(ConnectFailure) -> String
    /// Mentions since `cursor` (all of them, oldest first), and where to resume; nil starts from the latest page.
    func catchUp(after cursor: String?) async throws(ConnectFailure) -> Mentions
    /// Hands over mentions as they arrive, from `cursor` on, those made while it connected included, until the
    /// connection fails or `deliver` answers false (the mentions could not be kept: the caller catches up again from
    /// its own cursor).
    func follow(after cursor: String?, _ deliver: @escaping @Sendable (Mentions) async -> Bool)
        async throws(ConnectFailure)
    /// The conversation a post belongs to: its ancestors, itself and the replies the server shows.
    func thread(around externalID: String) async throws(ConnectFailure) -> [IncomingPost]
    /// Posts a reply; a second attempt at the same `reply` lands as the first, never as a second post.
    func post(_ reply: OutgoingPost) async throws(ConnectFailure) -> SentPost
    /// The reply as posted, if an attempt whose answer was lost did land.
    func findPosted(_ reply: OutgoingPost) async throws(ConnectFailure) -> SentPost?
}

/// Mentions read from a network, oldest first, and the cursor after the last of them.
public struct Mentions: Sendable, Equatable {
    public var posts: [IncomingPost]
    public var cursor: String?

    public init(posts: [IncomingPost], cursor: String?) {
        self.posts = posts
        self.cursor = cursor
    }
}

/// A reply for a network, as the outbox holds it.
public struct OutgoingPost: Sendable, Equatable {
    /// The outbox row's number: with `queuedAt`, what makes every attempt at this reply the same request.
    public var outboxID: Int64
    public var text: String
    /// The network's id of the post answered.
    public var inReplyTo: String
    /// When the outbox took it: no earlier post of ours can be this one.
    public var queuedAt: Date

    public init(outboxID: Int64, text: String, inReplyTo: String, queuedAt: Date) {
        self.outboxID = outboxID
        self.text = text
        self.inReplyTo = inReplyTo
        self.queuedAt = queuedAt
    }

    /// Mastodon's `Idempotency-Key`. The time is in it so that another store's row of the same number, posting as
    /// the same account, is another key.
    public var idempotencyKey: String {
        "riposte-\(outboxID)-\(Int64((queuedAt.timeIntervalSince1970 * 1000).rounded()))"
    }

    /// Bluesky's record key, a TID (a timestamp and a clock id in base32): the same row, the same key.
    public var recordKey: String {
        RecordKey.tid(microseconds: UInt64(max(0, queuedAt.timeIntervalSince1970 * 1_000_000)),
                      clock: UInt64(outboxID) & 0x3FF)
    }
}

/// A reply as the network stored it.
public struct SentPost: Sendable, Equatable {
    public var externalID: String
    /// Where it can be seen on the web, as the network gives it.
    public var link: String?

    public init(externalID: String, link: String?) {
        self.externalID = externalID
        self.link = link
    }
}

/// Who wrote a post, as this team sees them: our accounts, the rivals `accounts.toml` lists, everyone else a customer.
public struct AuthorRoles: Sendable {
    let brand: Set<String>
    let rivals: Set<String>

    public init(_ config: AccountsConfig) {
        brand = Set(config.accounts.map { Self.key($0.handle) })
        rivals = Set(config.rivals.map(Self.key))
    }

    public func role(of handle: String) -> AuthorRole {
        let key = Self.key(handle)
        return brand.contains(key) ? .brand : rivals.contains(key) ? .rival : .customer
    }

    static func key(_ handle: String) -> String {
        (handle.hasPrefix("@") ? String(handle.dropFirst()) : handle).lowercased()
    }
}

public enum Connectors {
    /// The connector for `account`'s network, logging in with `credential`.
    public static func make(_ account: ConnectedAccount, credential: Secret, roles: AuthorRoles,
                            timing: ConnectorTiming = ConnectorTiming()) -> any Connector {
        switch account.network {
        case .mastodon: MastodonConnector(account: account, token: credential, roles: roles, timing: timing)
        case .bluesky: BlueskyConnector(account: account, appPassword: credential, roles: roles, timing: timing)
        case .x: UnservedConnector(account: account)
        }
    }
}

/// How long a connector waits, in one place so that tests can run them fast.
public struct ConnectorTiming: Sendable {
    /// A stream silent this long is dead (Mastodon's heartbeat comes every 15 s or so).
    public var streamSilence: TimeInterval
    /// Between two polls of Bluesky's notifications: well inside its limit of 3,000 requests in 5 minutes.
    public var pollInterval: TimeInterval
    /// One request's whole answer.
    public var requestTimeout: TimeInterval

    /// Between two looks at the outbox when it had nothing due.
    public var outboxPoll: TimeInterval

    public init(streamSilence: TimeInterval = 45, pollInterval: TimeInterval = 5, requestTimeout: TimeInterval = 15,
                outboxPoll: TimeInterval = 1) {
        self.streamSilence = streamSilence
        self.pollInterval = pollInterval
        self.requestTimeout = requestTimeout
        self.outboxPoll = outboxPoll
    }
}

/// X: listed in the networks, served by no connector (its API is paid and has no server to test against here).
struct UnservedConnector: Connector {
    let account: ConnectedAccount
    private var failure: ConnectFailure { .refused(status: 0, reason: "no connector serves \(account.network.rawValue)") }

    func logIn() async throws(ConnectFailure) -> String { throw failure }
    func catchUp(after cursor: String?) async throws(ConnectFailure) -> Mentions { throw failure }
    func follow(after cursor: String?, _ deliver: @escaping @Sendable (Mentions) async -> Bool)
        async throws(ConnectFailure) { throw failure }
    func thread(around externalID: String) async throws(ConnectFailure) -> [IncomingPost] { throw failure }
    func post(_ reply: OutgoingPost) async throws(ConnectFailure) -> SentPost { throw failure }
    func findPosted(_ reply: OutgoingPost) async throws(ConnectFailure) -> SentPost? { throw failure }
}
