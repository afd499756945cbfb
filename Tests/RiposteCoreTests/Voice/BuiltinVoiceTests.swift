import Testing
@testable import RiposteCore

/// The five voices Riposte ships with, and the file format they are written in.
@Suite struct BuiltinVoiceTests {
    @Test("five voices, cycled from the safest to the riskiest")
    func theFive() {
        let voices = VoiceLibrary.builtin
        #expect(voices.map(\.id) == ["classic-care", "calm", "formal", "banter", "challenger"])
        #expect(voices.map(\.name) == ["Classic care", "Calm de-escalation", "Formal", "Banter", "Challenger"])
        #expect(voices.map(\.baseRisk) == [0, 0, 0, 15, 25])
        #expect(voices.map(\.emoji) == [.sparing, .none, .none, .sparing, .sparing])
        #expect(VoiceLibrary.defaultVoice.id == "classic-care")
    }

    @Test("each has a summary, guidance of a few lines, two or three templates and a sign-off")
    func eachIsComplete() {
        for voice in VoiceLibrary.builtin {
            #expect(!voice.summary.isEmpty && !voice.summary.contains("\n"), "\(voice.id)")
            #expect((4...6).contains(voice.guidance.split(separator: "\n").count), "\(voice.id)")
            #expect((2...3).contains(voice.templates.count), "\(voice.id)")
            #expect(!voice.signOff.isEmpty, "\(voice.id)")
        }
    }

    @Test("their guidance says what a care lead would")
    func guidance() {
        func guidance(_ id: String) -> String { VoiceLibrary.builtin.first { $0.id == id }!.guidance }
        #expect(guidance("classic-care").contains("Own it"))
        #expect(guidance("classic-care").contains("move to a DM"))
        #expect(guidance("banter").contains("Punch up"))
        #expect(guidance("banter").contains("Never banter with an angry or upset customer"))
        #expect(guidance("challenger").contains("Never insult a rival's customers"))
        #expect(guidance("challenger").contains("Only claims we can prove"))
        #expect(guidance("calm").contains("No jokes"))
        #expect(guidance("calm").contains("concrete next step"))
        #expect(guidance("formal").contains("complete sentences"))
        #expect(guidance("formal").contains("No emoji, slang"))
    }

    @Test("no built-in template trips its own voice's risk rules, and every placeholder in it is filled")
    func templatesAreSafeAndComplete() {
        let values = TemplateValues(customerName: "Dave Roberts", customerHandle: "@dave_r", agentName: "Jo Smith",
                                    brandName: "Riposte Mobile", brandHandle: "@riposte", network: .x)
        for voice in VoiceLibrary.builtin {
            for template in voice.templates {
                let reply = voice.reply(from: template, with: values)
                #expect(!reply.contains("{"), "\(voice.id): \(template.name)")
                let assessment = RiskScorer.assess(reply, context: RiskContext(voice: voice), rules: .builtin)
                #expect(assessment.reasons.map(\.kind).allSatisfy { $0 == .voice }, "\(voice.id): \(template.name)")
            }
        }
    }

    @Test("each built-in is the shipped text of its voice file, read back as it is")
    func builtinsRoundTripThroughTheirFiles() throws {
        #expect(BuiltinVoices.files.map(\.id) == VoiceLibrary.builtin.map(\.id))
        for (file, voice) in zip(BuiltinVoices.files, VoiceLibrary.builtin) {
            #expect(try VoiceLibrary.parse(file.text, file: "\(file.id).toml") == voice)
            #expect(try VoiceFile.parse(file.text, file: "\(file.id).toml", over: []) == voice)
        }
    }

    @Test("the example file a brand copies is the banter voice, read without any built-in to lean on")
    func exampleFileIsBanter() throws {
        let banter = try VoiceFile.parse(VoiceLibrary.exampleFile, file: "example.toml", over: [])
        #expect(banter == VoiceLibrary.builtin.first { $0.id == "banter" })
        #expect(banter.templates.count == 3)
        #expect(VoiceLibrary.exampleFile.contains("# "))
    }

    @Test("cycling goes through every voice and wraps around")
    func cycling() {
        var id = "classic-care"
        var seen: [String] = []
        for _ in VoiceLibrary.builtin {
            id = VoiceLibrary.next(after: id, in: VoiceLibrary.builtin)!.id
            seen.append(id)
        }
        #expect(seen == ["calm", "formal", "banter", "challenger", "classic-care"])
        #expect(VoiceLibrary.next(after: "gone", in: VoiceLibrary.builtin)?.id == "classic-care")
    }
}
