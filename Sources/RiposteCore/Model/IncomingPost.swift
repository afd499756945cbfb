import Foundation

/// A post as it arrives from a network, a demo feed or an import, before the store gives it a case.
public struct IncomingPost: Hashable, Sendable {
    /// The longest text a post may have, in characters: far beyond any network's own limit (the longest, X's for
    /// paying accounts, is 25,000), so that one hostile line cannot make every screen that shows it crawl.
    public static let maximumTextLength = 100_000

    /// The network's own identifier, unique across the store.
    public var externalID: String
    public var author: Account
    public var text: String
    public var createdAt: Date
    /// The external identifier of the post this one answers, if any.
    public var inReplyTo: String?

    public init(externalID: String, author: Account, text: String, createdAt: Date, inReplyTo: String?) {
        self.externalID = externalID
        self.author = author
        self.text = text
        self.createdAt = createdAt
        self.inReplyTo = inReplyTo
    }
}
