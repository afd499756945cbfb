import Foundation

/// A post inside a case's conversation, as the thread view shows it.
public struct ThreadPost: Hashable, Sendable, Identifiable {
    public var id: PostID
    public var externalID: String
    public var parentID: PostID?
    public var author: Account
    public var text: String
    public var createdAt: Date
    /// Sent from Riposte by one of our agents.
    public var isOurs: Bool
    /// The agent who sent it, for our replies.
    public var sentBy: String?
    /// The supervisor who changed the text before approving it, for a reply whose final words are theirs.
    public var editedBy: String?
    /// Where our reply stands on its way to the network, when a connector sends it.
    public var delivery: ReplyDelivery?

    public init(id: PostID, externalID: String, parentID: PostID?, author: Account, text: String,
                createdAt: Date, isOurs: Bool, sentBy: String?, editedBy: String? = nil, delivery: ReplyDelivery? = nil) {
        self.editedBy = editedBy
        self.delivery = delivery
        self.id = id
        self.externalID = externalID
        self.parentID = parentID
        self.author = author
        self.text = text
        self.createdAt = createdAt
        self.isOurs = isOurs
        self.sentBy = sentBy
    }
}

extension ThreadPost {
    /// The post's address on its network's web client, when its id is one the network gave.
    public var link: String? {
        PostLink.url(externalID: externalID, handle: author.handle, network: author.network)
    }
}

/// A case with its whole conversation and the working agent's draft, if any.
public struct CaseThread: Hashable, Sendable {
    public var caseID: CaseID
    public var network: Network
    public var status: CaseStatus
    /// Posts in the order they were written.
    public var posts: [ThreadPost]
    public var draft: Draft?
    /// The account our replies on this case are posted from.
    public var brand: Account
    /// The case's latest approval request, whatever became of it.
    public var approval: Approval?
    public var work: CaseWork
    /// Internal notes, oldest first.
    public var notes: [CaseNote]

    public init(caseID: CaseID, network: Network, status: CaseStatus, posts: [ThreadPost], draft: Draft?,
                brand: Account, approval: Approval? = nil, work: CaseWork = CaseWork(), notes: [CaseNote] = []) {
        self.caseID = caseID
        self.network = network
        self.status = status
        self.posts = posts
        self.draft = draft
        self.brand = brand
        self.approval = approval
        self.work = work
        self.notes = notes
    }
}
