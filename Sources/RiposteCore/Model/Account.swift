/// A social-network account that posts: a customer, a brand, an executive.
public struct Account: Hashable, Sendable {
    public var network: Network
    /// The handle with its leading "@", unique on its network.
    public var handle: String
    public var name: String
    public var followers: Int
    public var role: AuthorRole

    public init(network: Network, handle: String, name: String, followers: Int, role: AuthorRole) {
        self.network = network
        self.handle = handle
        self.name = name
        self.followers = followers
        self.role = role
    }
}
