import Foundation
import Logging
import RiposteCore
import RiposteStore
import Synchronization

/// `riposte connect`: for each brand account, waits for its lease in the store, then keeps its mentions coming in
/// (catch up from the cursor, follow live, catch up again after every break) for as long as it holds the lease.
public final class ConnectService: Sendable {
    let config: AccountsConfig
    let store: any InboxStore
    let timing: ConnectorTiming
    let lease: LeaseTiming
    /// This process, as other `riposte connect` and `riposte connect status` see it.
    public let holder: String
    let credential: @Sendable (ConnectedAccount) throws -> Secret
    let makeConnector: MakeConnector
    /// What else follows a reply's landing, after the store has recorded it (a demo's people reacting).
    let afterLanding: @Sendable (OutboxReply, SentPost) -> Void
    let log: Logger
    let storeQueue = StoreQueue()
    /// Mentions whose conversation a server would not give when they came.
    let threadsToRead = Mutex<Set<String>>([])

    public init(config: AccountsConfig, store: any InboxStore, timing: ConnectorTiming = ConnectorTiming(),
                lease: LeaseTiming = LeaseTiming(), holder: String = ConnectService.thisProcess,
                credential: @escaping @Sendable (ConnectedAccount) throws -> Secret = { try CredentialReader.read($0.credential) },
                makeConnector: @escaping MakeConnector = Connectors.make,
                afterLanding: @escaping @Sendable (OutboxReply, SentPost) -> Void = { _, _ in },
                log: Logger = Logger(label: "riposte.connect")) {
        self.config = config
        self.store = store
        self.timing = timing
        self.lease = lease
        self.holder = holder
        self.credential = credential
        self.makeConnector = makeConnector
        self.afterLanding = afterLanding
        self.log = log
    }

    public typealias MakeConnector = @Sendable (ConnectedAccount, Secret, AuthorRoles, ConnectorTiming) -> any Connector

    public static var thisProcess: String {
        "\(ProcessInfo.processInfo.hostName):\(getpid())"
    }

    /// Serves every account until cancelled, then lets their leases go.
    public func run() async {
        await withTaskGroup(of: Void.self) { group in
            for account in config.accounts {
                group.addTask { await self.serve(account) }
            }
        }
    }

    /// Holds the account's lease or waits for it, and connects while it is held.
    func serve(_ account: ConnectedAccount) async {
        let label = account.label
        while !Task.isCancelled {
            let leased = (try? await storeQueue.run { [store, holder, lease] in
                try store.leaseConnector(label, for: holder, seconds: lease.length)
            }) ?? false
            guard leased else {
                await pause(lease.renewEvery)
                continue
            }
            log.info("serving \(label)")
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await self.connect(account) }
                group.addTask { await self.keepLease(label) }
                await group.next()
                group.cancelAll()
            }
            log.info("no longer serving \(label)")
        }
        try? await storeQueue.run { [store, holder] in try store.releaseConnector(label, by: holder) }
    }

    /// Renews the lease until it cannot: then the connection stops, for another process may have it now.
    private func keepLease(_ label: String) async {
        while !Task.isCancelled {
            await pause(lease.renewEvery)
            let renewed = (try? await storeQueue.run { [store, holder, lease] in
                try store.leaseConnector(label, for: holder, seconds: lease.length)
            }) ?? false
            if !renewed {
                log.warning("lost the lease of \(label)")
                return
            }
        }
    }

    /// Logs in, catches up, follows; after any failure waits as the failure says and starts again, catching up
    /// first: what a stream sent while it was down is not sent again.
    func connect(_ account: ConnectedAccount) async {
        let label = account.label
        var backoff = Backoff(), refusals = 0
        while !Task.isCancelled {
            do {
                let secret = try credential(account)
                let connector = makeConnector(account, secret, AuthorRoles(config), timing)
                _ = try await connector.logIn()
                refusals = 0
                let cursor = try await storeQueue.run { [store] in try store.connectorCursor(label) }
                let caughtUp = try await connector.catchUp(after: cursor)
                try await keep(caughtUp, from: connector, state: .following)
                backoff.reset()
                log.info("\(label): following from \(caughtUp.cursor ?? "the start")")
                let sends = sendsReplies(account)
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask { try await self.follow(connector, after: caughtUp.cursor ?? cursor) }
                    if sends { group.addTask { try await self.deliverReplies(through: connector) } }
                    defer { group.cancelAll() }
                    try await group.next()
                }
            } catch let problem as CredentialProblem {
                await record(label, .needsCredentials(reason: problem.description))
                await pause(lease.credentialRecheck)
            } catch let failure as ConnectFailure {
                log.warning("\(label): \(failure)")
                switch failure {
                case let .rateLimited(until):
                    await record(label, .rateLimited(until: until))
                    await pause(until.timeIntervalSinceNow)
                case let .credentialsRefused(_, reason) where refusals + 1 >= Self.refusalsBeforeGivingUp:
                    refusals += 1
                    await record(label, .needsCredentials(reason: reason.isEmpty ? failure.description : reason))
                    await pause(lease.credentialRecheck)
                default:
                    if case .credentialsRefused = failure { refusals += 1 }
                    let wait = backoff.next()
                    await record(label, .down(reason: failure.description, retryAt: Date() + wait))
                    await pause(wait)
                }
            } catch is CancellationError {
                return
            } catch {
                log.error("\(label): \(error)")
                let wait = backoff.next()
                await record(label, .down(reason: "the store: \(error)", retryAt: Date() + wait))
                await pause(wait)
            }
        }
    }

    /// Follows live and keeps what arrives. Mentions that come while the last ones are being stored are stored
    /// together: a storm costs the store a transaction per batch, not per mention. Ends when the stream does, or
    /// when too many wait (the store has stalled): what was not stored is after the cursor, and the catch-up that
    /// starts the next connection reads it again.
    func follow(_ connector: any Connector, after cursor: String?) async throws {
        let arrivals = Arrivals()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await connector.follow(after: cursor) { arrivals.add($0) } }
            group.addTask {
                for await _ in arrivals.signal {
                    let batch = arrivals.takeAll()
                    // A signal can come for mentions the last batch took already.
                    if batch.posts.isEmpty && batch.cursor == nil { continue }
                    try await self.keep(batch, from: connector, state: .following)
                }
            }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    /// The outbox is per network: the first account on a network sends its replies.
    func sendsReplies(_ account: ConnectedAccount) -> Bool {
        config.accounts.first { $0.network == account.network } == account
    }

    /// Sends the replies due on the connector's network, one at a time, until cancelled or until the account
    /// itself is refused or rate limited (which the connection's loop then handles).
    func deliverReplies(through connector: any Connector) async throws {
        let store = store, network = connector.account.network
        while !Task.isCancelled {
            let due = try await storeQueue.run { try store.claimOutbox(on: network, limit: 5, at: Date()) }
            for reply in due { try await deliver(reply, through: connector) }
            if due.isEmpty { await pause(timing.outboxPoll) }
        }
    }

    /// The gate holds at the door: the reply is judged again by the team's rules as they are now, and one that needs
    /// a supervisor goes only if a supervisor approved exactly it.
    func deliver(_ reply: OutboxReply, through connector: any Connector) async throws {
        let store = store
        if let refusal = try await storeQueue.run({ try store.refusalAtTheDoor(reply) }) {
            log.warning("\(connector.account.label): reply \(reply.id) \(refusal)")
            try await storeQueue.run { try store.outboxFailed(reply, error: refusal, nextTry: nil, at: Date()) }
            return
        }
        let outgoing = OutgoingPost(outboxID: reply.id, text: reply.text, inReplyTo: reply.inReplyTo,
                                    queuedAt: reply.queuedAt)
        do {
            // An earlier attempt that ended without an answer may have landed: it is looked for before another.
            let landed = reply.attempts > 1 ? try await connector.findPosted(outgoing) : nil
            let sent: SentPost
            if let landed { sent = landed } else { sent = try await connector.post(outgoing) }
            try await storeQueue.run { [afterLanding] in
                try store.outboxSent(reply, remoteID: sent.externalID, address: sent.link, at: Date())
                afterLanding(reply, sent)
            }
        } catch let failure as ConnectFailure {
            log.warning("\(connector.account.label): reply \(reply.id), attempt \(reply.attempts): \(failure)")
            let next = ReplyRetry.next(after: failure, attempts: reply.attempts, now: Date())
            try await storeQueue.run {
                try store.outboxFailed(reply, error: failure.description, nextTry: next, at: Date())
            }
            switch failure {
            case .rateLimited, .credentialsRefused: throw failure
            default: break
            }
        }
    }

    /// After this many refusals in a row the account needs a person: asking again would only lock it out.
    static let refusalsBeforeGivingUp = 3

    /// Stores mentions and moves the cursor past them, in that order: a mention is never behind the cursor unstored.
    /// A reply comes with its conversation, so that the thread shows more than a lone post; a conversation the
    /// server would not give now is asked for again with the next mentions, and the mention is stored meanwhile.
    func keep(_ mentions: Mentions, from connector: any Connector, state: ConnectorState) async throws {
        let store = store, label = connector.account.label
        var posts: [IncomingPost] = []
        for externalID in threadsToRead.withLock({ Array($0.prefix(5)) }) {
            posts += await conversation(around: externalID, from: connector) ?? []
        }
        for post in mentions.posts {
            posts += post.inReplyTo == nil ? [post] : await conversation(around: post.externalID, from: connector) ?? [post]
        }
        let all = posts
        _ = try await storeQueue.run { try store.ingestAll { add in for post in all { try add(post) } } }
        try await storeQueue.run { [holder] in
            try store.recordConnector(label, state: state, cursor: mentions.cursor, by: holder)
        }
    }

    /// The conversation around a post, or nil (and the post kept to ask about again) when it cannot be read now.
    private func conversation(around externalID: String, from connector: any Connector) async -> [IncomingPost]? {
        do {
            let thread = try await connector.thread(around: externalID)
            threadsToRead.withLock { _ = $0.remove(externalID) }
            return thread
        } catch {
            if error.isTransient {
                threadsToRead.withLock { _ = $0.insert(externalID) }
            } else {
                threadsToRead.withLock { _ = $0.remove(externalID) }
            }
            log.warning("\(connector.account.label): the conversation of \(externalID) was not read: \(error)")
            return nil
        }
    }

    private func record(_ label: String, _ state: ConnectorState) async {
        do {
            try await storeQueue.run { [store, holder] in
                try store.recordConnector(label, state: state, cursor: nil, by: holder)
            }
        } catch {
            log.error("\(label): state not recorded: \(error)")
        }
    }

    private func pause(_ seconds: TimeInterval) async {
        try? await Task.sleep(for: .milliseconds(Int64(max(0, seconds) * 1000)))
    }
}

/// How long a lease lasts and how often it is renewed: a standby takes over at most `length` after its holder died.
public struct LeaseTiming: Sendable {
    public var length: TimeInterval
    public var renewEvery: TimeInterval
    /// How long an account that needs new credentials waits before it reads them again.
    public var credentialRecheck: TimeInterval

    public init(length: TimeInterval = 15, renewEvery: TimeInterval = 5, credentialRecheck: TimeInterval = 300) {
        self.length = length
        self.renewEvery = renewEvery
        self.credentialRecheck = credentialRecheck
    }
}

/// When a reply whose attempt failed is tried again: after a rate limit's reset; after a transient failure, sooner
/// at first and less often later; never after a refusal or the last attempt, when it waits for an agent.
enum ReplyRetry {
    static let attempts = 8

    static func next(after failure: ConnectFailure, attempts: Int, now: Date) -> Date? {
        guard failure.isTransient, attempts < Self.attempts else { return nil }
        if case let .rateLimited(until) = failure { return until }
        return now + min(600, 5 * pow(2, Double(attempts - 1)))
    }
}
