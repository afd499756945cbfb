import Foundation

/// How a brand account's connector is doing, as `riposte connect status` prints it and every agent's status line
/// shows it when it is not well.
public enum ConnectorState: Hashable, Sendable {
    case starting
    /// Logged in and following the account's mentions live.
    case following
    /// Another `riposte connect` serves the account; this one waits to take over.
    case standby(holder: String)
    /// The server asked for no more requests until then.
    case rateLimited(until: Date)
    /// The last attempt failed; the next is at `retryAt`.
    case down(reason: String, retryAt: Date)
    /// The server refused the credential again and again: someone must give a new one.
    case needsCredentials(reason: String)
    case stopped

    /// Whether an agent should be told.
    public var isTrouble: Bool {
        switch self {
        case .rateLimited, .down, .needsCredentials: true
        case .starting, .following, .standby, .stopped: false
        }
    }

    public func describe(relativeTo now: Date) -> String {
        switch self {
        case .starting: "starting"
        case .following: "following"
        case let .standby(holder): "standby (served by \(holder))"
        case let .rateLimited(until): "rate limited for \(Self.seconds(until, now))"
        case let .down(reason, retryAt): "down: \(reason); next try in \(Self.seconds(retryAt, now))"
        case let .needsCredentials(reason): "needs new credentials: \(reason)"
        case .stopped: "stopped"
        }
    }

    /// "20 s", "3 min": how long until `date`.
    static func seconds(_ date: Date, _ now: Date) -> String {
        let seconds = max(0, Int(date.timeIntervalSince(now).rounded(.up)))
        return seconds < 120 ? "\(seconds) s" : "\(seconds / 60) min"
    }

    /// One line for the store: a word, a time in milliseconds, and a detail.
    public var stored: String {
        switch self {
        case .starting: "starting"
        case .following: "following"
        case let .standby(holder): "standby\t0\t\(holder)"
        case let .rateLimited(until): "rate_limited\t\(StoreTime.milliseconds(until))"
        case let .down(reason, retryAt): "down\t\(StoreTime.milliseconds(retryAt))\t\(reason)"
        case let .needsCredentials(reason): "needs_credentials\t0\t\(reason)"
        case .stopped: "stopped"
        }
    }

    public init?(stored: String) {
        let parts = stored.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        let time = parts.count > 1 ? Int64(parts[1]).map { StoreTime.date($0) } : nil
        let detail = parts.count > 2 ? parts[2] : ""
        switch parts[0] {
        case "starting": self = .starting
        case "following": self = .following
        case "standby": self = .standby(holder: detail)
        case "rate_limited": self = .rateLimited(until: time ?? Date())
        case "down": self = .down(reason: detail, retryAt: time ?? Date())
        case "needs_credentials": self = .needsCredentials(reason: detail)
        case "stopped": self = .stopped
        default: return nil
        }
    }
}

extension ConnectedAccount {
    /// The account's name in the store's keys and in what the operator reads: `mastodon @brand@example.social`.
    public var label: String {
        "\(network.rawValue) \(handle)"
    }
}
