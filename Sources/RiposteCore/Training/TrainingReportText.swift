import Foundation

/// The training report as plain text, for the terminal and for printing: one block per agent, best score first.
public enum TrainingReportText {
    public static func render(_ agents: [AgentTraining], title: String) -> String {
        var lines = [title, ""]
        if agents.isEmpty { lines.append("Nobody has replied, asked for approval or earned a reaction yet.") }
        let scored = agents.map { ($0, TrainingScore.of($0)) }.sorted { ($0.1.score, $1.0.agent) > ($1.1.score, $0.0.agent) }
        for (training, score) in scored {
            lines.append("\(training.agent): score \(score.score)/100")
            let first = training.medianFirstResponse.map { WrittenDuration.format($0.rounded()) } ?? "none"
            let risk = training.averageRisk.map { "average \($0), highest \(training.risks.max() ?? 0)" } ?? "none"
            lines += [
                "  replies sent          \(training.repliesSent)",
                "  first response        \(first) (median of \(training.firstResponses.count))",
                "  approvals needed      \(training.approvalsRequested) (\(training.approvalsRejected) rejected)",
                "  risk taken            \(risk)",
                "  over the length rule  \(training.lengthBreaches)",
                "  reactions             \(training.reactionsWon) won, \(training.reactionsLost) lost",
                "  how the score adds up:",
            ]
            lines += why(score)
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// The score as a sum to check: the base, each reason with its signed points, then the score they add up to.
    static func why(_ score: TrainingScore) -> [String] {
        let rows = [("\(TrainingScore.base)", "base: where everyone starts")]
            + score.reasons.map { ("\($0.points > 0 ? "+" : "")\($0.points)", $0.message) }
            + (score.reasons.isEmpty ? [("", "nothing has moved it yet")] : [])
            + [("\(score.score)", "score")]
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { points, message in
            "    " + String(repeating: " ", count: width - points.count) + points + "  " + message
        }
    }
}
