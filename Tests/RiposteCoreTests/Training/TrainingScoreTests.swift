import PropertyBased
import RiposteCore
import Testing

@Suite("Training scores: every point has a reason")
struct TrainingScoreTests {
    @Test("a quick agent whose replies won people over scores high, and the report says why")
    func quickAndLiked() {
        let training = AgentTraining(agent: "sam", repliesSent: 6, firstResponses: [40, 90, 300], risks: [10, 20],
                                     reactionsWon: 2)
        let score = TrainingScore.of(training)
        #expect(score.reasons.map(\.points) == [20, 15, 20, -5])
        #expect(score.score == 100)
        #expect(score.reasons.map(\.message) == ["6 replies sent", "first responses in 1m30s (median)", "2 reactions won",
                                                 "the score stops at 100"])
    }

    @Test("slow, risky, rejected, over the limit and screenshotted: each costs, and the score stops at 0")
    func everythingWrong() {
        let training = AgentTraining(agent: "kim", repliesSent: 1, firstResponses: [3600], approvalsRequested: 3,
                                     approvalsRejected: 2, risks: [70, 80], lengthBreaches: 1, reactionsLost: 3)
        let score = TrainingScore.of(training)
        #expect(score.reasons.map(\.points) == [4, -10, -45, -10, -10, -10, 31])
        #expect(score.reasons.map(\.message).suffix(2) == ["replies averaged risk 75", "the score stops at 0"])
        #expect(score.score == 0)
    }

    @Test("whatever an agent did, the base and the reasons add up to the score, which stays within 0 to 100")
    func reasonsAddUp() async {
        let counts = Gen.int(in: 0...12).array(of: 5)
        let firstResponses = Gen.int(in: 0...5000).array(of: 0...4)
        let risks = Gen.int(in: 0...100).array(of: 0...4)
        await propertyCheck(count: 500, input: counts, firstResponses, risks) { counts, waits, risks in
            let training = AgentTraining(agent: "sam", repliesSent: counts[0], firstResponses: waits.map(Double.init),
                                         approvalsRequested: counts[3], approvalsRejected: counts[3], risks: risks,
                                         lengthBreaches: counts[4], reactionsWon: counts[1], reactionsLost: counts[2])
            let score = TrainingScore.of(training)
            #expect(TrainingScore.base + score.reasons.map(\.points).reduce(0, +) == score.score)
            #expect((0...100).contains(score.score))
            #expect(!score.reasons.contains { $0.points == 0 })
        }
    }

    @Test("the report shows the sum: the base, each reason signed, and the score they make")
    func reportShowsTheSum() {
        let training = AgentTraining(agent: "kim", repliesSent: 2, firstResponses: [300], reactionsLost: 1)
        let text = TrainingReportText.render([training], title: "Training report")
        #expect(text.contains("kim: score 48/100"))
        #expect(text.contains("""
              how the score adds up:
                 50  base: where everyone starts
                 +8  2 replies sent
                 +5  first responses in 5m (median)
                -15  1 reaction lost
                 48  score
            """))
    }

    @Test("an agent who did nothing stays at the base with nothing to say, and the text says so")
    func nothingYet() {
        let idle = AgentTraining(agent: "lee")
        #expect(TrainingScore.of(idle).score == TrainingScore.base && TrainingScore.of(idle).reasons.isEmpty)
        let text = TrainingReportText.render([idle], title: "Training report")
        #expect(text.contains("lee: score 50/100"))
        #expect(text.contains("first response        none (median of 0)"))
        #expect(text.contains("    50  base: where everyone starts\n        nothing has moved it yet\n    50  score"))
    }

    @Test("the report lists the best score first")
    func order() {
        let text = TrainingReportText.render([AgentTraining(agent: "ann"), AgentTraining(agent: "bo", reactionsWon: 1)],
                                             title: "T")
        let bo = text.range(of: "bo: score")!.lowerBound, ann = text.range(of: "ann: score")!.lowerBound
        #expect(bo < ann)
    }
}
