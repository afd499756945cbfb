/// How long a reply is by its network's own rule, and where it stops fitting.
public struct LengthReport: Hashable, Sendable {
    /// The network whose rule was applied.
    public let network: Network
    /// The length as that network counts it.
    public let length: Int
    /// The most that network accepts.
    public let limit: Int
    /// Whether the network would accept the text (not empty, within the limit, no forbidden character).
    public let isValid: Bool
    /// The index, in Characters of the original text, of the first Character past the limit; nil if within.
    public let overflowIndex: Int?

    public init(network: Network, length: Int, limit: Int, isValid: Bool, overflowIndex: Int?) {
        self.network = network
        self.length = length
        self.limit = limit
        self.isValid = isValid
        self.overflowIndex = overflowIndex
    }
}

/// Measures a reply by the rule of the network it goes to; the editor and `riposte count` both use it.
public enum ReplyLength {
    /// The length report for `text` on `network`; `mastodonLimit` is the account's instance limit.
    public static func measure(_ text: String, on network: Network, mastodonLimit: Int = 500) -> LengthReport {
        switch network {
        case .x: WeightedLength.measure(text)
        case .mastodon: MastodonLength.measure(text, limit: mastodonLimit)
        case .bluesky: BlueskyLength.measure(text)
        }
    }
}
