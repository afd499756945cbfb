import Foundation

/// A score from 0 to 100 for an agent's session, with every reason that moved it, so the trainer can talk it through.
public struct TrainingScore: Hashable, Sendable {
    public struct Reason: Hashable, Sendable {
        public var points: Int
        public var message: String
    }

    public var score: Int
    public var reasons: [Reason]

    /// Everyone starts at 50. Answering earns up to 20, speed up to 15, reactions won 10 each; reactions lost,
    /// rejected approvals, length breaches and a habit of risky replies cost.
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
        let total = reasons.reduce(50) { $0 + $1.points }
        return TrainingScore(score: min(100, max(0, total)), reasons: reasons)
    }

    static func plural(_ count: Int, _ one: String, _ many: String) -> String {
        count == 1 ? one : many
    }
}
