import Foundation

/// How long a mention may wait for our first answer before the case is late.
public struct ServiceLevel: Hashable, Sendable {
    public enum State: Sendable {
        case ok, warning, breached
    }

    public var targets: [Network: TimeInterval]
    /// The share of the target after which a case is flagged before it breaches.
    public var warningShare: Double

    public init(targets: [Network: TimeInterval], warningShare: Double = 0.75) {
        self.targets = targets
        self.warningShare = warningShare
    }

    /// An hour on every network until teams configure their own (see issue 7).
    public static let standard = ServiceLevel(targets: [.x: 3600, .mastodon: 3600, .bluesky: 3600])

    public func state(waited: TimeInterval, on network: Network) -> State {
        let target = targets[network] ?? 3600
        if waited >= target { return .breached }
        return waited >= target * warningShare ? .warning : .ok
    }
}
