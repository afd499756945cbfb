import Foundation
import RiposteCore

/// The parts of Mastodon's entities a connector reads (docs.joinmastodon.org/entities).
struct MastodonAccount: Decodable {
    var id: String
    /// `name` for an account of this server, `name@server` for another's.
    var acct: String
    var username: String
    var display_name: String?
    var followers_count: Int?
}

struct MastodonStatus: Decodable {
    var id: String
    var url: String?
    var created_at: String
    var content: String
    var spoiler_text: String?
    var in_reply_to_id: String?
    var account: MastodonAccount
}

struct MastodonNotification: Decodable {
    var id: String
    var type: String
    var status: MastodonStatus?
}

struct MastodonContext: Decodable {
    var ancestors: [MastodonStatus]
    var descendants: [MastodonStatus]
}

struct MastodonInstance: Decodable {
    struct Configuration: Decodable {
        struct URLs: Decodable {
            var streaming: String?
        }

        var urls: URLs?
    }

    var domain: String
    var configuration: Configuration?
}

extension MastodonStatus {
    /// The status as a post for the store; `domain` is the server's own, which local accounts' `acct` leaves out.
    func incoming(domain: String, roles: AuthorRoles) throws(ConnectFailure) -> IncomingPost {
        guard let createdAt = NetworkDate.parse(created_at) else { throw .malformed("status \(id) has no valid date") }
        let handle = "@" + (account.acct.contains("@") ? account.acct : "\(account.acct)@\(domain)")
        let author = Account(network: .mastodon, handle: handle,
                             name: account.display_name.flatMap { $0.isEmpty ? nil : $0 } ?? account.username,
                             followers: account.followers_count ?? 0, role: roles.role(of: handle))
        var text = MastodonHTML.plainText(content)
        if let warning = spoiler_text, !warning.isEmpty { text = "CW: \(warning)\n\n" + text }
        return IncomingPost(externalID: id, author: author,
                            text: String(text.prefix(IncomingPost.maximumTextLength)),
                            createdAt: createdAt, inReplyTo: in_reply_to_id)
    }
}

/// Mastodon's ids are numbers written as strings, of any length.
enum MastodonID {
    static func isAfter(_ a: String, _ b: String) -> Bool {
        a.count != b.count ? a.count > b.count : a > b
    }
}
