import Foundation
import RiposteCore

/// The parts of Bluesky's lexicons (app.bsky.*, com.atproto.*) a connector reads.
struct BlueskySession: Decodable {
    var accessJwt: String
    var refreshJwt: String
    var handle: String
    var did: String
}

struct StrongRef: Codable, Equatable {
    var uri: String
    var cid: String
}

struct BlueskyPostRecord: Decodable {
    struct Reply: Decodable {
        var root: StrongRef
        var parent: StrongRef
    }

    var text: String
    var createdAt: String
    var reply: Reply?
}

struct BlueskyProfile: Decodable {
    var did: String
    var handle: String
    var displayName: String?
    var followersCount: Int?
}

struct BlueskyNotification: Decodable {
    var uri: String
    var cid: String
    var author: BlueskyProfile
    var reason: String
    var record: LenientPostRecord
    var indexedAt: String
}

struct BlueskyNotificationPage: Decodable {
    var cursor: String?
    var notifications: [BlueskyNotification]
}

struct BlueskyPostView: Decodable {
    var uri: String
    var cid: String
    var author: BlueskyProfile
    var record: LenientPostRecord
    var indexedAt: String
}

/// A thread's post and what hangs from it; a post the viewer cannot see (notFoundPost, blockedPost) has no `post`.
final class BlueskyThreadView: Decodable {
    var post: BlueskyPostView?
    var parent: BlueskyThreadView?
    var replies: [BlueskyThreadView]?
}

struct BlueskyThread: Decodable {
    var thread: BlueskyThreadView
}

struct BlueskyCreated: Decodable {
    var uri: String
    var cid: String
}

/// A record that is a post, or nil for any other kind: a notification's record is open to every record type.
struct LenientPostRecord: Decodable {
    var post: BlueskyPostRecord?

    init(from decoder: any Decoder) throws {
        post = try? BlueskyPostRecord(from: decoder)
    }
}

extension BlueskyPostRecord {
    func incoming(uri: String, author: BlueskyProfile, indexedAt: String, roles: AuthorRoles)
        throws(ConnectFailure) -> IncomingPost {
        guard let date = NetworkDate.parse(createdAt) ?? NetworkDate.parse(indexedAt) else {
            throw .malformed("post \(uri.prefix(100)) has no valid date")
        }
        let handle = "@" + author.handle
        let account = Account(network: .bluesky, handle: handle,
                              name: author.displayName.flatMap { $0.isEmpty ? nil : $0 } ?? author.handle,
                              followers: author.followersCount ?? 0, role: roles.role(of: handle))
        return IncomingPost(externalID: uri, author: account, text: String(text.prefix(IncomingPost.maximumTextLength)),
                            createdAt: date, inReplyTo: reply?.parent.uri)
    }
}
