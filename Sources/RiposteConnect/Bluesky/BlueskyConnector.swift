import Foundation
import NIOHTTP1
import RiposteCore
import Synchronization

/// A brand account on Bluesky: mentions, replies and quotes polled from its notifications, replies written as post
/// records in its repository. Logs in once with an app password and keeps the session, refreshing it when it
/// expires: logins are limited per day.
final class BlueskyConnector: Connector {
    let account: ConnectedAccount
    private let appPassword: Secret
    private let roles: AuthorRoles
    private let timing: ConnectorTiming
    private let session = Mutex<BlueskySession?>(nil)

    static let reasons = ["mention", "reply", "quote"]
    static let pageSize = 50
    /// How many pages a catch-up reads back before it gives up on reaching the cursor.
    static let mostPages = 20

    init(account: ConnectedAccount, appPassword: Secret, roles: AuthorRoles, timing: ConnectorTiming) {
        self.account = account
        self.appPassword = appPassword
        self.roles = roles
        self.timing = timing
    }

    func logIn() async throws(ConnectFailure) -> String {
        let handle = "@" + (try await currentSession().handle)
        guard AuthorRoles.key(handle) == AuthorRoles.key(account.handle) else {
            throw .credentialsRefused(status: 200, reason: "the app password is \(handle)'s, not \(account.handle)'s")
        }
        return handle
    }

    /// The cursor is the newest notification's `indexedAt`: the API's own cursor pages backwards, from the newest.
    func catchUp(after cursor: String?) async throws(ConnectFailure) -> Mentions {
        let since = cursor.flatMap(NetworkDate.parse)
        var posts: [IncomingPost] = [], newest = cursor, pageCursor: String?
        pages: for page in 1...Self.mostPages {
            var query = [("limit", String(Self.pageSize))] + Self.reasons.map { ("reasons", $0) }
            if let pageCursor { query.append(("cursor", pageCursor)) }
            let answer = try await xrpc(.GET, "app.bsky.notification.listNotifications", query)
                .decoded(BlueskyNotificationPage.self)
            for notification in answer.notifications {
                guard let indexed = NetworkDate.parse(notification.indexedAt) else { continue }
                // At the cursor itself, ties included: the store keeps a post once however often it comes.
                if let since, indexed < since { break pages }
                if newest.flatMap(NetworkDate.parse).map({ indexed > $0 }) ?? true { newest = notification.indexedAt }
                guard Self.reasons.contains(notification.reason), let record = notification.record.post else { continue }
                posts.append(try record.incoming(uri: notification.uri, author: notification.author,
                                                 indexedAt: notification.indexedAt, roles: roles))
            }
            pageCursor = answer.cursor
            if pageCursor == nil || since == nil || page == Self.mostPages { break }
        }
        return Mentions(posts: posts.reversed(), cursor: newest)
    }

    func follow(after cursor: String?, _ deliver: @escaping @Sendable (Mentions) async -> Bool)
        async throws(ConnectFailure) {
        var cursor = cursor
        while true {
            do { try await Task.sleep(for: .seconds(timing.pollInterval)) } catch { throw .unreachable("cancelled") }
            let mentions = try await catchUp(after: cursor)
            if !mentions.posts.isEmpty || mentions.cursor != cursor {
                guard await deliver(mentions) else { return }
            }
            cursor = mentions.cursor
        }
    }

    func thread(around externalID: String) async throws(ConnectFailure) -> [IncomingPost] {
        let thread = try await xrpc(.GET, "app.bsky.feed.getPostThread",
                                    [("uri", externalID), ("depth", "6"), ("parentHeight", "80")])
            .decoded(BlueskyThread.self).thread
        var ancestors: [BlueskyPostView] = [], parent = thread.parent
        while let view = parent {
            if let post = view.post { ancestors.append(post) }
            parent = view.parent
        }
        var descendants: [BlueskyPostView] = [], waiting = thread.replies ?? []
        while !waiting.isEmpty {
            let view = waiting.removeFirst()
            if let post = view.post { descendants.append(post) }
            waiting += view.replies ?? []
        }
        var posts: [IncomingPost] = []
        for view in ancestors.reversed() + [thread.post].compactMap({ $0 }) + descendants {
            guard let record = view.record.post else { continue }
            posts.append(try record.incoming(uri: view.uri, author: view.author, indexedAt: view.indexedAt,
                                             roles: roles))
        }
        return posts
    }

    func post(_ reply: OutgoingPost) async throws(ConnectFailure) -> SentPost {
        let did = try await currentSession().did
        let parentView = try await xrpc(.GET, "app.bsky.feed.getPostThread",
                                        [("uri", reply.inReplyTo), ("depth", "0"), ("parentHeight", "0")])
            .decoded(BlueskyThread.self).thread.post
        guard let parentView, let parentRecord = parentView.record.post else {
            throw .refused(status: 400, reason: "the post answered is gone or hidden")
        }
        let parent = StrongRef(uri: parentView.uri, cid: parentView.cid)
        let root = parentRecord.reply?.root ?? parent
        let found = BlueskyFacets.find(in: reply.text)
        var dids = [parentView.author.handle.lowercased(): parentView.author.did]
        for case let .mention(handle) in found.map(\.feature) where dids[handle] == nil {
            dids[handle] = try? await resolve(handle)
        }
        var record: [String: Any] = [
            "$type": "app.bsky.feed.post", "text": reply.text, "createdAt": NetworkDate.format(reply.queuedAt),
            "reply": ["root": ["uri": root.uri, "cid": root.cid], "parent": ["uri": parent.uri, "cid": parent.cid]],
        ]
        let facets = BlueskyFacets.facets(found, dids: dids)
        if !facets.isEmpty { record["facets"] = facets }
        let body = JSONBody.encode(["repo": did, "collection": "app.bsky.feed.post", "rkey": reply.recordKey,
                                    "record": record])
        do {
            let created = try await xrpc(.POST, "com.atproto.repo.createRecord", body: body)
                .decoded(BlueskyCreated.self)
            return SentPost(externalID: created.uri, link: link(rkey: reply.recordKey))
        } catch {
            // A record key already taken (a bare 500 from a PDS) is this reply's own earlier attempt, landed.
            switch error {
            case .refused, .serverTrouble: if let landed = try? await findPosted(reply) { return landed }
            default: break
            }
            throw error
        }
    }

    func findPosted(_ reply: OutgoingPost) async throws(ConnectFailure) -> SentPost? {
        let did = try await currentSession().did
        let answer = try await xrpc(.GET, "com.atproto.repo.getRecord",
                                    [("repo", did), ("collection", "app.bsky.feed.post"), ("rkey", reply.recordKey)])
        if answer.status == 400, ConnectFailure.serverReason(answer.body).hasPrefix("RecordNotFound") { return nil }
        let found = try answer.decoded(BlueskyCreated.self)
        return SentPost(externalID: found.uri, link: link(rkey: reply.recordKey))
    }

    // MARK: Session and requests

    private func link(rkey: String) -> String {
        "https://bsky.app/profile/\(AuthorRoles.key(account.handle))/post/\(rkey)"
    }

    private func resolve(_ handle: String) async throws(ConnectFailure) -> String {
        struct Resolved: Decodable { var did: String }
        return try await xrpc(.GET, "com.atproto.identity.resolveHandle", [("handle", handle)])
            .decoded(Resolved.self).did
    }

    private func currentSession() async throws(ConnectFailure) -> BlueskySession {
        if let known = session.withLock({ $0 }) { return known }
        let body = JSONBody.encode(["identifier": AuthorRoles.key(account.handle), "password": appPassword.revealed])
        let created = try await HTTPExchange.send(.POST, try url("com.atproto.server.createSession"), json: body,
                                                  timeout: timing.requestTimeout).decoded(BlueskySession.self)
        session.withLock { $0 = created }
        return created
    }

    /// An expired access token is refreshed, and the request made once more; a refresh token that is refused too
    /// means logging in again.
    private func xrpc(_ method: HTTPMethod, _ nsid: String, _ query: [(String, String)] = [], body: Data? = nil)
        async throws(ConnectFailure) -> HTTPAnswer {
        let current = try await currentSession()
        let target = try url(nsid, query)
        let answer = try await HTTPExchange.send(method, target, bearer: Secret(current.accessJwt), json: body,
                                                 timeout: timing.requestTimeout)
        guard Self.isExpired(answer) else { return answer }
        let refreshed = try await refresh(current)
        return try await HTTPExchange.send(method, target, bearer: Secret(refreshed.accessJwt), json: body,
                                           timeout: timing.requestTimeout)
    }

    private func refresh(_ expired: BlueskySession) async throws(ConnectFailure) -> BlueskySession {
        let answer = try await HTTPExchange.send(.POST, try url("com.atproto.server.refreshSession"),
                                                 bearer: Secret(expired.refreshJwt), timeout: timing.requestTimeout)
        if let fresh = try? answer.decoded(BlueskySession.self) {
            session.withLock { $0 = fresh }
            return fresh
        }
        session.withLock { $0 = nil }
        return try await currentSession()
    }

    static func isExpired(_ answer: HTTPAnswer) -> Bool {
        (answer.status == 400 || answer.status == 401) && ConnectFailure.serverReason(answer.body).hasPrefix("ExpiredToken")
    }

    private func url(_ nsid: String, _ query: [(String, String)] = []) throws(ConnectFailure) -> URL {
        try RequestAddress.url(account.server, "/xrpc/" + nsid, query)
    }
}
