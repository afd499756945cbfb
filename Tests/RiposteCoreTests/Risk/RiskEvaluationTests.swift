import Foundation
import Testing
import RiposteCore

/// The judgement measured as a care lead would: pairs of a post and a reply, half that a lead would stop and half
/// good replies to the same hard posts (banter in banter threads among them), written apart from the rules in
/// `Evaluation/`. Each set must keep at least 95% of the stops from going out unseen and hold at most 10% of the good
/// replies.
@Suite struct RiskEvaluationTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Evaluation")
    static let sets = ["evaluation", "holdout", "holdout-2", "holdout-3", "holdout-4", "holdout-5", "holdout-6", "holdout-7"]

    struct Tally {
        var stops = 0, held = 0, good = 0, falseAlarms = 0
        var missed: [String] = [], alarmed: [String] = []
        var recall: Double { Double(held) / Double(max(1, stops)) }
        var falseAlarmRate: Double { Double(falseAlarms) / Double(max(1, good)) }
    }

    static func tally(_ name: String) throws -> Tally {
        let text = try String(contentsOf: folder.appendingPathComponent(name + ".jsonl"), encoding: .utf8)
        var tally = Tally()
        for line in text.split(separator: "\n") where !line.allSatisfy(\.isWhitespace) {
            let check = try RiskCheck.parse(jsonLine: Array(line.utf8))
            let labels = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            let id = labels["id"] as? String ?? "?"
            let assessment = RiskScorer.assess(check.reply, context: check.context(voices: VoiceLibrary.builtin),
                                               rules: .builtin)
            let held = RiskRules.builtin.requiresApproval(assessment)
            if labels["expect"] as? String == "hold" {
                tally.stops += 1
                if held { tally.held += 1 } else { tally.missed.append(id) }
            } else {
                tally.good += 1
                if held { tally.falseAlarms += 1; tally.alarmed.append(id) }
            }
        }
        return tally
    }

    @Test("at least 95% of the replies a care lead would stop are held, and at most 10% of good ones", arguments: sets)
    func careLeadsStops(_ name: String) throws {
        let tally = try Self.tally(name)
        #expect(tally.stops >= 40 && tally.good >= 40)
        #expect(tally.recall >= 0.95, "missed: \(tally.missed.joined(separator: ", "))")
        #expect(tally.falseAlarmRate <= 0.10, "held good replies: \(tally.alarmed.joined(separator: ", "))")
    }
}
