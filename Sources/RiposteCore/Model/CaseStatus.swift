/// Where a case stands in the team's work.
public enum CaseStatus: String, CaseIterable, Codable, Sendable {
    /// Nobody has opened it since its last inbound mention.
    case new
    case open
    /// Our reply is the latest word.
    case replied
    case waiting
    case snoozed
    case closed

    /// Whether the SLA clock runs: only while the case waits on us. Waiting on the customer, snoozed or closed, a
    /// case neither warns nor breaches, whatever it waited before.
    public var runsServiceClock: Bool {
        self == .new || self == .open
    }

    /// The statuses whose SLA clock runs, as SQL: `('new', 'open')`.
    public static var servicedSQL: String {
        "(" + allCases.filter(\.runsServiceClock).map { "'\($0.rawValue)'" }.joined(separator: ", ") + ")"
    }
}
