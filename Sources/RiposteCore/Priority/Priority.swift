/// How soon a case needs the team: the queue's badge, and with the network the SLA target it must meet.
public enum Priority: String, CaseIterable, Comparable, Codable, Sendable {
    case low
    case normal
    case high
    case urgent

    public static func < (a: Priority, b: Priority) -> Bool { a.rank < b.rank }

    private var rank: Int {
        switch self {
        case .low: 0
        case .normal: 1
        case .high: 2
        case .urgent: 3
        }
    }
}

/// A case's priority and why, as the queue explains it when an agent asks.
public struct PriorityAssessment: Hashable, Sendable {
    public var priority: Priority
    /// Sentences such as `outage ("no signal")`, the one that decided the priority first; empty for
    /// an ordinary post that nothing raised or lowered.
    public var reasons: [String]

    public init(priority: Priority, reasons: [String]) {
        self.priority = priority
        self.reasons = reasons
    }
}
