import Foundation

/// Where a reply of ours stands on its way to its network, when `riposte connect` sends it.
public struct ReplyDelivery: Hashable, Sendable {
    public enum State: String, Sendable {
        case pending, sending, sent, failed, withdrawn
    }

    public var state: State
    public var attempts: Int
    /// When a pending reply is tried again.
    public var nextTryAt: Date?
    public var lastError: String?
    /// Where the network shows it, once sent.
    public var link: String?

    public init(state: State, attempts: Int, nextTryAt: Date?, lastError: String?, link: String?) {
        self.state = state
        self.attempts = attempts
        self.nextTryAt = nextTryAt
        self.lastError = lastError
        self.link = link
    }

    /// "sending…", "sent", "failed: why · next try in 20 s", as the thread shows it beside the reply.
    public func describe(relativeTo now: Date) -> String {
        switch state {
        case .pending where attempts == 0 || lastError == nil: return "sending…"
        case .pending:
            let wait = nextTryAt.map { ConnectorState.seconds($0, now) } ?? "a moment"
            return "not sent yet: \(lastError ?? "no answer") · next try in \(wait)"
        case .sending: return "sending…"
        case .sent: return "sent"
        case .failed: return "failed: \(lastError ?? "no answer")"
        case .withdrawn: return "withdrawn"
        }
    }
}
