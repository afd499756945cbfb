import Foundation
import RiposteCore
import RiposteStore

let epoch = Date(timeIntervalSince1970: 1_700_000_000)

func account(_ handle: String, role: AuthorRole = .customer, followers: Int = 100, network: Network = .x) -> Account {
    Account(network: network, handle: handle, name: String(handle.dropFirst()).capitalized, followers: followers,
            role: role)
}

func post(_ id: String, by author: Account, at minute: Double, replyTo: String? = nil, text: String? = nil)
    -> IncomingPost {
    IncomingPost(externalID: id, author: author, text: text ?? "post \(id)", createdAt: epoch.addingTimeInterval(minute * 60),
                 inReplyTo: replyTo)
}
