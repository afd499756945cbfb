/// A social network a mention comes from and a reply goes to; each has its own length rule.
public enum Network: String, CaseIterable, Codable, Sendable {
    case x
    case mastodon
    case bluesky

    /// The short label shown in the queue's network column.
    public var shortLabel: String {
        switch self {
        case .x: "X"
        case .mastodon: "Mast"
        case .bluesky: "Bsky"
        }
    }

    /// The network's name in sentences.
    public var label: String {
        switch self {
        case .x: "X"
        case .mastodon: "Mastodon"
        case .bluesky: "Bluesky"
        }
    }
}
