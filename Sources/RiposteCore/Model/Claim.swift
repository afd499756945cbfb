import Foundation

/// Who is replying on a case: a lease the holder renews while they work, which anyone may take once it runs out.
public struct Claim: Hashable, Sendable {
    public var agent: String
    public var expires: Date

    public init(agent: String, expires: Date) {
        self.agent = agent
        self.expires = expires
    }

    /// Still held at `time`.
    public func isHeld(at time: Date) -> Bool { expires > time }
}

/// What asking for a case's claim gave.
public enum ClaimOutcome: Hashable, Sendable {
    case granted(Claim)
    /// Someone else holds it and it has not run out.
    case heldBy(Claim)
}

/// An internal note on a case: never sent, read by the colleague who picks the case up.
public struct CaseNote: Hashable, Sendable {
    public var agent: String
    public var text: String
    public var createdAt: Date

    public init(agent: String, text: String, createdAt: Date) {
        self.agent = agent
        self.text = text
        self.createdAt = createdAt
    }
}

/// Who does the team's work on a case: its assignee and who holds it right now.
public struct CaseWork: Hashable, Sendable {
    public var priority: Priority
    public var assignee: String?
    public var claim: Claim?
    public var tags: [String]
    public var snoozedUntil: Date?
    /// Where the case's reply that has not gone out stands (pending, sending or failed); nil when none waits.
    public var unsentReply: ReplyDelivery.State?

    public init(priority: Priority = .normal, assignee: String? = nil, claim: Claim? = nil, tags: [String] = [],
                snoozedUntil: Date? = nil, unsentReply: ReplyDelivery.State? = nil) {
        self.priority = priority
        self.assignee = assignee
        self.claim = claim
        self.tags = tags
        self.snoozedUntil = snoozedUntil
        self.unsentReply = unsentReply
    }
}
