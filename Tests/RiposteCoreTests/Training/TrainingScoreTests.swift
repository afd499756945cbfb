import RiposteCore
import Testing

@Suite("Training scores: every point has a reason")
struct TrainingScoreTests {
    @Test("a quick agent whose replies won people over scores high, and the report says why")
    func quickAndLiked() {
        let training = AgentTraining(agent: "sam", repliesSent: 6, firstResponses: [40, 90, 300], risks: [10, 20],
                                     reactionsWon: 2)
        let score = TrainingScore.of(training)
        #expect(score.reasons.map(\.points) == [20, 15, 20])
        #expect(score.score == 100)
        #expect(score.reasons.map(\.message) == ["6 replies sent", "first responses in 1m30s (median)", "2 reactions won"])
    }

    @Test("slow, risky, rejected, over the limit and screenshotted: each costs, and the score stops at 0")
    func everythingWrong() {
        let training = AgentTraining(agent: "kim", repliesSent: 1, firstResponses: [3600], approvalsRequested: 3,
                                     approvalsRejected: 2, risks: [70, 80], lengthBreaches: 1, reactionsLost: 3)
        let score = TrainingScore.of(training)
        #expect(score.reasons.map(\.points) == [4, -10, -45, -10, -10, -10])
        #expect(score.reasons.last?.message == "replies averaged risk 75")
        #expect(score.score == 0)
    }

    @Test("an agent who did nothing stays at 50 with nothing to say, and the text says so")
    func nothingYet() {
        let idle = AgentTraining(agent: "lee")
        #expect(TrainingScore.of(idle).score == 50 && TrainingScore.of(idle).reasons.isEmpty)
        let text = TrainingReportText.render([idle], title: "Training report")
        #expect(text.contains("lee: score 50/100"))
        #expect(text.contains("first response        none (median of 0)"))
        #expect(text.contains("    nothing yet"))
    }

    @Test("the report lists the best score first")
    func order() {
        let text = TrainingReportText.render([AgentTraining(agent: "ann"), AgentTraining(agent: "bo", reactionsWon: 1)],
                                             title: "T")
        let bo = text.range(of: "bo: score")!.lowerBound, ann = text.range(of: "ann: score")!.lowerBound
        #expect(bo < ann)
    }
}
