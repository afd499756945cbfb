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

    @Test("the built-in points are the documented ones")
    func builtinPoints() {
        let rules = RiskRules.builtin
        #expect(rules.threshold == 60)
        #expect(rules.insult.scoring == RiskPoints(points: 20, eachMore: 10, cap: 50))
        #expect(rules.insult.strongPoints == 35)
        #expect(rules.profanity.scoring == RiskPoints(points: 10, eachMore: 10, cap: 45))
        #expect(rules.profanity.strongPoints == 30)
        #expect(rules.sarcasm.scoring == RiskPoints(points: 40, eachMore: 10, cap: 50))
        #expect(rules.rivalNamed.scoring == RiskPoints(points: 10))
        #expect(rules.rivalInsulted == RiskPoints(points: 25))
        #expect(rules.moneyPromise.scoring == RiskPoints(points: 20, eachMore: 5, cap: 30))
        #expect(rules.personalData.scoring == RiskPoints(points: 45, eachMore: 10, cap: 75))
        #expect(rules.personalData.cardPoints == 65)
        #expect(rules.sensitiveTopic.scoring == RiskPoints(points: 15, eachMore: 5, cap: 25))
        #expect(rules.sensitiveTopic.topics.map(\.name) == ["death", "illness", "disaster", "politics", "religion", "violence"])
        #expect(rules.reach.fromFollowers == 1000 && rules.reach.pointsPerTenfold == 8 && rules.reach.cap == 25)
        #expect(rules.voiceCap == 40)
        #expect(rules.shouting.scoring == RiskPoints(points: 10))
        #expect(rules.shouting.capitalsPercent == 60 && rules.shouting.minLetters == 12 && rules.shouting.exclamationRun == 3)
        #expect(rules.emojiAgainstVoice == RiskPoints(points: 10))
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

            [personal_data]
            points = 50
            cap = 40
            public_numbers = ["0800", "1-800"]

            [sensitive_topic.topics]
            death = "passed away"
            """
        #expect(errors(text) == """
            risk.toml:1:13: "threshold" must be between 1 and 100; found 160
            risk.toml:2:1: unknown key "treshold"; did you mean "threshold"?
            risk.toml:4:2: unknown risk kind "insults"; did you mean "insult"?
            risk.toml:8:10: "points" must be an integer; found a string
            risk.toml:9:1: unknown key "markes"; did you mean "markers"?
            risk.toml:13:7: "cap" must be at least "points" (50); found 40
            risk.toml:14:18: a public number is the digits it starts with, in national form, such as "0800" or "800"
            risk.toml:17:9: "death" must be an array of strings; found a string
            """)
    }

    @Test("a missing risk.toml means the built-in rules; a bad one is reported and the built-in rules used")
    func loadingTheUsersFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("risk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("risk.toml").path

        let missing = RiskRules.load(file: file)
        #expect(missing.rules == .builtin && missing.errors.isEmpty)

        try "threshold = 40\n".write(toFile: file, atomically: true, encoding: .utf8)
        let good = RiskRules.load(file: file)
        #expect(good.rules.threshold == 40 && good.errors.isEmpty)

        try "threshold = 0\n".write(toFile: file, atomically: true, encoding: .utf8)
        let bad = RiskRules.load(file: file)
        #expect(bad.rules == .builtin)
        #expect(bad.errors.map(\.description) == ["\(file):1:13: \"threshold\" must be between 1 and 100; found 0"])
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
