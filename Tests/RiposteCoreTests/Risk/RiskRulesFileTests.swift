import Foundation
import Testing
@testable import RiposteCore

/// A brand edits `risk.toml`: the shipped file is the built-in rules, and every mistake is
/// reported where it was made.
@Suite struct RiskRulesFileTests {
    @Test("the shipped file holds every key, and reads back as the built-in rules")
    func defaultFileIsTheBuiltinRules() throws {
        let complete = try RiskRulesFile.parse(RiskRules.defaultFile, file: "risk.toml", over: nil)
        #expect(complete == RiskRules.builtin)
        #expect(try RiskRules.parse(RiskRules.defaultFile, file: "risk.toml") == RiskRules.builtin)
    }

    @Test("the built-in points are the documented ones: every stop-worthy kind reaches the threshold by itself")
    func builtinPoints() {
        let rules = RiskRules.builtin
        #expect(rules.threshold == 60)
        #expect(rules.secretRequest.scoring.points >= rules.threshold)
        #expect(rules.personalData.scoring.points >= rules.threshold)
        #expect(rules.sensitiveSituation.scoring.points >= rules.threshold)
        #expect(rules.insult.strongPoints >= rules.threshold && rules.insult.scoring.points < rules.threshold)
        #expect(rules.profanity.strongPoints >= rules.threshold && rules.profanity.scoring.points >= rules.threshold)
        #expect(rules.sarcasm.scoring.points >= rules.threshold)
        #expect(rules.mockery.scoring.points >= rules.threshold && rules.contempt.scoring.points >= rules.threshold)
        #expect(rules.rivalAttacked.scoring.points >= rules.threshold)
        #expect(rules.moneyPromise.promisedAmountPoints >= rules.threshold)
        #expect(rules.moneyPromise.scoring.points < rules.threshold)
        #expect(rules.promise.bindingPoints >= rules.threshold && rules.legal.scoring.points >= rules.threshold)
        #expect(rules.sensitiveTopic.scoring.points >= rules.threshold)
        #expect(rules.sensitiveSituation.situations.map(\.name)
            == ["grief", "illness", "self_harm", "emergency", "danger", "abuse", "discrimination", "children", "distress",
                "hardship"])
        #expect(rules.sensitiveTopic.topics.map(\.name) == ["politics", "religion"])
        #expect(rules.reach.fromFollowers == 1000 && rules.reach.pointsPerTenfold == 5 && rules.reach.cap == 15)
        #expect(rules.voiceCap == 40)
        #expect(rules.shouting.scoring == RiskPoints(points: 10))
        #expect(rules.emojiAgainstVoice == RiskPoints(points: 5))
    }

    @Test("no voice is playful enough to need approval alone: a voice's base risk stays under the threshold")
    func voicesAloneNeverHold() {
        #expect(VoiceLibrary.builtin.allSatisfy { min($0.baseRisk, RiskRules.builtin.voiceCap) < RiskRules.builtin.threshold })
    }

    @Test("a brand's file of a few lines changes those and keeps the rest")
    func partialFile() throws {
        let text = """
            threshold = 50
            [profanity]
            points = 0
            mild = []
            [rival_named]
            names = ["Vodafone", "@VodafoneUK"]
            """
        let rules = try RiskRules.parse(text, file: "risk.toml")
        #expect(rules.threshold == 50)
        #expect(rules.profanity.scoring.points == 0)
        #expect(rules.profanity.strong == RiskRules.builtin.profanity.strong)
        #expect(rules.rivalNamed.names.entries == ["Vodafone", "@VodafoneUK"])
        #expect(rules.insult == RiskRules.builtin.insult)
        #expect(RiskScorer.assess("Bloody hell", context: RiskContext(), rules: rules).reason(.profanity) == nil)
        // Turning the points of a protecting rule down never lets its replies out unseen.
        let lenient = try RiskRules.parse("[personal_data]\npoints = 0\ncard_points = 0", file: "risk.toml")
        let card = RiskScorer.assess("Your card 4111 1111 1111 1111 is unblocked", context: RiskContext(), rules: lenient)
        #expect(lenient.requiresApproval(card) && card.reason(.personalData)?.points == lenient.threshold)
        #expect(RiskScorer.assess("Bloody hell", context: RiskContext(), rules: .builtin).reason(.profanity) != nil)
    }

    @Test("every mistake in a risk file is reported at its place, with a suggestion where one is close")
    func badFile() {
        let text = """
            threshold = 160
            treshold = 50

            [insults]
            points = 3

            [sarcasm]
            points = "lots"
            markes = ["yeah right"]
            anger_words = ["fuming", "last £"]

            [personal_data]
            points = 50
            cap = 40
            public_numbers = ["0800", "1-800"]

            [sensitive_situation.situations]
            grief = "passed away"
            """
        #expect(errors(text) == """
            risk.toml:1:13: "threshold" must be between 1 and 100; found 160
            risk.toml:2:1: unknown key "treshold"; did you mean "threshold"?
            risk.toml:4:2: unknown risk kind "insults"; did you mean "insult"?
            risk.toml:8:10: "points" must be an integer; found a string
            risk.toml:9:1: unknown key "markes"; did you mean "markers"?
            risk.toml:10:26: "anger_words" item 2: "last £" holds "£", which is no part of a word: it would find "last" alone; list "£" on its own
            risk.toml:14:7: "cap" must be at least "points" (50); found 40
            risk.toml:15:18: a public number is the digits it starts with, in national form, such as "0800" or "800"
            risk.toml:18:9: "grief" must be an array of strings; found a string
            """)
    }

    private func errors(_ text: String) -> String {
        do {
            _ = try RiskRules.parse(text, file: "risk.toml")
            return ""
        } catch {
            return error.description
        }
    }
}
