import Foundation

/// How long a case may wait for our answer, by network and priority: the SLA targets a team sets in
/// `config.toml`, and what the queue's timer shows against them.
public struct ServiceLevels: Hashable, Sendable {
    /// Where a waiting case stands against its target.
    public enum State: Hashable, Sendable {
        case ok
        /// Past `warningShare` of the target: answer it soon.
        case warning
        case breached
    }

    /// The share of the target after which a case shows a warning before it breaches.
    public static let warningShare = 0.75

    private var targets: [Network: [Priority: TimeInterval]]

    /// Targets for every network and priority; any left out take the standard one.
    public init(targets: [Network: [Priority: TimeInterval]] = [:]) {
        self.targets = Self.standardTargets.merging(targets) { standard, given in standard.merging(given) { $1 } }
    }

    /// X answers fastest, as its customers expect; Mastodon and Bluesky a little slower.
    private static let standardTargets: [Network: [Priority: TimeInterval]] = [
        .x: [.urgent: 15 * 60, .high: 30 * 60, .normal: 60 * 60, .low: 4 * 3600],
        .mastodon: [.urgent: 20 * 60, .high: 45 * 60, .normal: 90 * 60, .low: 6 * 3600],
        .bluesky: [.urgent: 20 * 60, .high: 45 * 60, .normal: 90 * 60, .low: 6 * 3600],
    ]

    /// The targets Riposte ships with.
    public static let standard = ServiceLevels()

    /// How long a case of `priority` on `network` may wait, in seconds.
    public func target(for network: Network, priority: Priority) -> TimeInterval {
        targets[network]?[priority] ?? Self.standardTargets[network]![priority]!
    }

    public mutating func setTarget(_ seconds: TimeInterval, for network: Network, priority: Priority) {
        targets[network, default: [:]][priority] = seconds
    }

    /// Where a case that has waited `waited` seconds stands: breached at its target, a warning from
    /// 75% of it.
    public func state(waited: TimeInterval, network: Network, priority: Priority) -> State {
        let target = target(for: network, priority: priority)
        if waited >= target { return .breached }
        return waited >= target * Self.warningShare ? .warning : .ok
    }
}
