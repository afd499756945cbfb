import Foundation

/// A score from 0 to 100 for an agent's session: the base everyone starts from plus every reason that moved it, so
/// that the trainer can talk it through and the sum checks out.
public struct TrainingScore: Hashable, Sendable {
    public struct Reason: Hashable, Sendable {
        public var points: Int
        public var message: String
    }

    /// What every agent starts from, before anything they did counts.
    public static let base = 50

    /// The base plus every reason's points; a reason that brings it back within 0 to 100 is among the reasons.
    public var score: Int
    public var reasons: [Reason]

    /// Answering earns up to 20, speed up to 15, reactions won 10 each; reactions lost, rejected approvals, length
    /// breaches and a habit of risky replies cost.
    public static func of(_ training: AgentTraining) -> TrainingScore {
        var reasons: [Reason] = []
        func add(_ points: Int, _ message: String) {
            if points != 0 { reasons.append(Reason(points: points, message: message)) }
        }
        add(min(20, training.repliesSent * 4), "\(training.repliesSent) \(plural(training.repliesSent, "reply", "replies")) sent")
        if let median = training.medianFirstResponse {
            let points = median <= 120 ? 15 : median <= 600 ? 5 : median <= 1800 ? 0 : -10
            add(points, "first responses in \(WrittenDuration.format(median.rounded())) (median)")
        }
        add(10 * training.reactionsWon, "\(training.reactionsWon) \(plural(training.reactionsWon, "reaction", "reactions")) won")
        add(-15 * training.reactionsLost,
            "\(training.reactionsLost) \(plural(training.reactionsLost, "reaction", "reactions")) lost")
        add(-5 * training.approvalsRejected,
            "\(training.approvalsRejected) \(plural(training.approvalsRejected, "reply", "replies")) rejected by a supervisor")
        add(-10 * training.lengthBreaches,
            "\(training.lengthBreaches) \(plural(training.lengthBreaches, "reply", "replies")) over the length rule")
        if let average = training.averageRisk, average >= 50 {
            add(-10, "replies averaged risk \(average)")
        }
        let earned = reasons.reduce(base) { $0 + $1.points }
        // Written as a reason of its own, so that the reasons still add up to the score shown.
        if earned > 100 { add(100 - earned, "the score stops at 100") }
        if earned < 0 { add(-earned, "the score stops at 0") }
        return TrainingScore(score: min(100, max(0, earned)), reasons: reasons)
    }

    static func plural(_ count: Int, _ one: String, _ many: String) -> String {
        count == 1 ? one : many
    }
}
