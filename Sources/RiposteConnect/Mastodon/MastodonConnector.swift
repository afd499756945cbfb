import Foundation
import NIOHTTP1
import RiposteCore
import Synchronization

/// A brand account on a Mastodon server: mentions from the notifications API and its stream, replies as statuses.
final class MastodonConnector: Connector {
    let account: ConnectedAccount
    private let token: Secret
    private let roles: AuthorRoles
    private let timing: ConnectorTiming
    /// The server's domain (local accounts' handles end in it) and streaming address, read at login.
    private let server = Mutex<(domain: String, streaming: URL)?>(nil)
    /// Our own account's id, for finding a reply whose answer was lost.
    private let ownID = Mutex<String?>(nil)

    /// Mastodon's largest page of notifications.
    static let pageSize = 40
    /// How far a first catch-up (no cursor yet) looks back.
    static let firstPages = 1

    init(account: ConnectedAccount, token: Secret, roles: AuthorRoles, timing: ConnectorTiming) {
        self.account = account
        self.token = token
        self.roles = roles
        self.timing = timing
    }

    func logIn() async throws(ConnectFailure) -> String {
        let me = try await get("/api/v1/accounts/verify_credentials").decoded(MastodonAccount.self)
        let instance = try await get("/api/v2/instance").decoded(MastodonInstance.self)
        let streaming = instance.configuration?.urls?.streaming.flatMap(Self.streamingServer) ?? account.server
        server.withLock { $0 = (instance.domain, streaming) }
        ownID.withLock { $0 = me.id }
        let handle = "@\(me.username)@\(instance.domain)"
        guard AuthorRoles.key(handle) == AuthorRoles.key(account.handle) else {
            throw .credentialsRefused(status: 200, reason: "the token is \(handle)'s, not \(account.handle)'s")
        }
        return handle
    }

    func catchUp(after cursor: String?) async throws(ConnectFailure) -> Mentions {
        let domain = try await domain()
        var posts: [IncomingPost] = [], newest = cursor, pages = 0
        // Pages are asked for by hand, forwards from the cursor with min_id: a Link header's next page may drop the
        // type filter.
        while true {
            var query = [("types[]", "mention"), ("limit", String(Self.pageSize))]
            if let newest { query.append(("min_id", newest)) }
            let page = try await get("/api/v1/notifications", query).decoded([MastodonNotification].self)
            pages += 1
            guard let latest = page.map(\.id).max(by: { MastodonID.isAfter($1, $0) }) else { break }
            let mentions = page.filter { $0.type == "mention" }.sorted { MastodonID.isAfter($1.id, $0.id) }
            for notification in mentions {
                guard let status = notification.status else { continue }
                posts.append(try status.incoming(domain: domain, roles: roles))
            }
            newest = latest
            if page.count < Self.pageSize || (cursor == nil && pages >= Self.firstPages) { break }
        }
        return Mentions(posts: posts, cursor: newest)
    }

    func follow(after cursor: String?, _ deliver: @escaping @Sendable (Mentions) async -> Bool)
        async throws(ConnectFailure) {
        let (domain, streaming) = try await serverFacts()
        let url = streaming.appending(path: "/api/v1/streaming/user/notification")
        let response = try await HTTPExchange.open(url, bearer: token, headers: [("Accept", "text/event-stream")],
                                                timeout: timing.requestTimeout)
        let status = Int(response.status.code)
        if status != 200 {
            let answer = HTTPAnswer(status: status, headers: response.headers, body: Data())
            throw ConnectFailure.of(answer) ?? .refused(status: status, reason: "not a stream")
        }
        // What arrived before the stream opened is not sent on it: read now, anything later comes on the stream
        // (some twice, which the store keeps once).
        let caught = try await catchUp(after: cursor)
        if !caught.posts.isEmpty || caught.cursor != cursor {
            guard await deliver(caught) else { return }
        }
        let roles = roles
        try await ServerSentEvents.read(response.body, silence: timing.streamSilence) { event in
            // The stream also carries other notifications and, on some servers, `update` events.
            guard event.name == "notification",
                  let notification = try? JSONDecoder().decode(MastodonNotification.self, from: Data(event.data.utf8)),
                  notification.type == "mention", let status = notification.status,
                  let post = try? status.incoming(domain: domain, roles: roles)
            else { return true }
            return await deliver(Mentions(posts: [post], cursor: notification.id))
        }
    }

    func thread(around externalID: String) async throws(ConnectFailure) -> [IncomingPost] {
        let domain = try await domain()
        let status = try await get("/api/v1/statuses/\(try Self.pathID(externalID))").decoded(MastodonStatus.self)
        let context = try await get("/api/v1/statuses/\(try Self.pathID(externalID))/context")
            .decoded(MastodonContext.self)
        var posts: [IncomingPost] = []
        for each in context.ancestors + [status] + context.descendants {
            posts.append(try each.incoming(domain: domain, roles: roles))
        }
        return posts
    }

    func post(_ reply: OutgoingPost) async throws(ConnectFailure) -> SentPost {
        let body = JSONBody.encode(["status": reply.text, "in_reply_to_id": reply.inReplyTo])
        // The same key within the server's window answers with the status the first attempt made.
        let answer = try await HTTPExchange.send(.POST, try url("/api/v1/statuses"), bearer: token, json: body,
                                                 headers: [("Idempotency-Key", reply.idempotencyKey)],
                                                 timeout: timing.requestTimeout)
        let status = try answer.decoded(MastodonStatus.self)
        return SentPost(externalID: status.id, link: status.url)
    }

    func findPosted(_ reply: OutgoingPost) async throws(ConnectFailure) -> SentPost? {
        if ownID.withLock({ $0 }) == nil { _ = try await logIn() }
        guard let me = ownID.withLock({ $0 }) else { return nil }
        let recent = try await get("/api/v1/accounts/\(try Self.pathID(me))/statuses", [("limit", "40")])
            .decoded([MastodonStatus].self)
        let landed = recent.first { status in
            status.in_reply_to_id == reply.inReplyTo
                && (NetworkDate.parse(status.created_at).map { $0 >= reply.queuedAt.addingTimeInterval(-1) } ?? false)
        }
        return landed.map { SentPost(externalID: $0.id, link: $0.url) }
    }

    // MARK: Requests

    private func domain() async throws(ConnectFailure) -> String {
        try await serverFacts().domain
    }

    private func serverFacts() async throws(ConnectFailure) -> (domain: String, streaming: URL) {
        if let known = server.withLock({ $0 }) { return known }
        _ = try await logIn()
        guard let known = server.withLock({ $0 }) else { throw .malformed("the server did not describe itself") }
        return known
    }

    private func get(_ path: String, _ query: [(String, String)] = []) async throws(ConnectFailure) -> HTTPAnswer {
        try await HTTPExchange.send(.GET, try url(path, query), bearer: token, timeout: timing.requestTimeout)
    }

    private func url(_ path: String, _ query: [(String, String)] = []) throws(ConnectFailure) -> URL {
        try RequestAddress.url(account.server, path, query)
    }

    /// The streaming API's address as the instance gives it (`wss://streaming.example`, which is HTTPS underneath),
    /// if it passes the test the accounts file's own addresses pass: the token goes there too.
    static func streamingServer(_ text: String) -> URL? {
        var text = text
        if text.hasPrefix("wss://") { text = "https://" + text.dropFirst(6) }
        if text.hasPrefix("ws://") { text = "http://" + text.dropFirst(5) }
        while text.hasSuffix("/") { text.removeLast() }
        return AccountsFile.serverProblem(text) == nil ? URL(string: text) : nil
    }

    /// An id from a server goes into a path only if it is the number Mastodon's ids are.
    static func pathID(_ id: String) throws(ConnectFailure) -> String {
        guard !id.isEmpty, id.count <= 30, id.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw .malformed("\"\(id.prefix(30))\" is not a Mastodon id")
        }
        return id
    }
}
