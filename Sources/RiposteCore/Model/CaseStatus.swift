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
}
