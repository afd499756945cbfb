import Foundation

/// A brand account `riposte connect` serves: on which network, at which server (a Mastodon instance, a Bluesky PDS),
/// as which handle, and where its credential is. Only where: the credential is read when it is needed
/// (`CredentialReader`), and never written anywhere.
public struct ConnectedAccount: Hashable, Sendable {
    public enum CredentialSource: Hashable, Sendable {
        /// A file readable by its owner only.
        case file(String)
        /// An environment variable of the connecting process.
        case environment(String)
    }

    public var network: Network
    public var server: URL
    public var handle: String
    public var credential: CredentialSource

    public init(network: Network, server: URL, handle: String, credential: CredentialSource) {
        self.network = network
        self.server = server
        self.handle = handle
        self.credential = credential
    }
}

/// What `accounts.toml` says: the brand's accounts, and the handles of rivals, whose posts are a rival's and not a
/// customer's.
public struct AccountsConfig: Hashable, Sendable {
    public var accounts: [ConnectedAccount]
    public var rivals: [String]

    public init(accounts: [ConnectedAccount], rivals: [String]) {
        self.accounts = accounts
        self.rivals = rivals
    }
}
