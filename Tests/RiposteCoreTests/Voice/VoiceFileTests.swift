import Testing
import RiposteCore

/// A brand writes its own voice file; mistakes are reported where they were made.
@Suite struct VoiceFileTests {
    @Test("a new voice with every key")
    func newVoice() throws {
        let text = """
            id = "night-shift"
            name = "Night shift"
            summary = "Short and kind, for the small hours."
            guidance = "Keep it short.\\nSay when the day team is back."
            sign_off = "— {agent.first_name}, {brand}"
            emoji = "none"
            base_risk = 5

            [[templates]]
            name = "Back in the morning"
            text = "Thanks {customer.first_name}, the day team will pick this up from 8am."
            """
        let voice = try VoiceLibrary.parse(text, file: "voices/night.toml")
        #expect(voice == VoicePreset(
            id: "night-shift", name: "Night shift", summary: "Short and kind, for the small hours.",
            guidance: "Keep it short.\nSay when the day team is back.",
            templates: [VoiceTemplate(name: "Back in the morning",
                                      text: "Thanks {customer.first_name}, the day team will pick this up from 8am.")],
            signOff: "— {agent.first_name}, {brand}", emoji: .none, baseRisk: 5))
    }

    @Test("without an id, the file's name is the voice's id")
    func idFromFileName() throws {
        let voice = try VoiceLibrary.parse("name = \"Night\"\nsummary = \"s\"\nguidance = \"g\"", file: "/home/jo/voices/night.toml")
        #expect(voice.id == "night")
        #expect(voice.emoji == .sparing && voice.baseRisk == 0 && voice.templates.isEmpty && voice.signOff.isEmpty)
    }

    @Test("a file with a built-in's id changes only the keys it gives")
    func overrideKeepsTheRest() throws {
        let voice = try VoiceLibrary.parse("sign_off = \"— {agent.first_name} at {brand}\"", file: "voices/banter.toml")
        let builtin = VoiceLibrary.builtin.first { $0.id == "banter" }!
        #expect(voice.signOff == "— {agent.first_name} at {brand}")
        #expect(voice.name == builtin.name && voice.templates == builtin.templates && voice.baseRisk == 15)
    }

    @Test("every mistake in a voice file is reported at its place")
    func badFile() {
        let text = """
            id = "night-shift"
            name = "Night shift"
            summary = "Quiet hours"
            guidance = "Keep it short."
            emoji = "lots"
            base_risk = 55
            sigh_off = "^{agent.initials}"

            [[templates]]
            name = "Late reply"
            text = "Hi {customer.frist_name}, sorry for the wait. {agent.initals} is on it."

            [[templates]]
            text = "Café {customer.name} ☕ {brand.name}"
            """
        #expect(errors(text, file: "voices/night.toml") == """
            voices/night.toml:5:9: "emoji" must be one of "none", "sparing", "free"; found "lots"
            voices/night.toml:6:13: "base_risk" must be between 0 and 40; found 55
            voices/night.toml:7:1: unknown key "sigh_off"; did you mean "sign_off"?
            voices/night.toml:11:12: unknown placeholder "{customer.frist_name}"; did you mean "{customer.first_name}"?
            voices/night.toml:11:55: unknown placeholder "{agent.initals}"; did you mean "{agent.initials}"?
            voices/night.toml:13:1: missing key "name"
            voices/night.toml:14:32: unknown placeholder "{brand.name}"; known ones are {customer.name}, \
            {customer.first_name}, {customer.handle}, {agent.name}, {agent.first_name}, {agent.initials}, {brand}, \
            {brand.handle}, {network}
            """)
    }

    @Test("a placeholder in a multi-line template and in the sign-off is found on its own line")
    func placeholdersOnLaterLines() {
        let text = """
            name = "N"
            summary = "s"
            guidance = "g"
            sign_off = '^{agent.intials}'

            [[templates]]
            name = "Two lines"
            text = \"\"\"
            Hi {customer.first_name},
              thanks from {brnad}.\"\"\"
            """
        #expect(errors(text, file: "n.toml") == """
            n.toml:4:14: unknown placeholder "{agent.intials}"; did you mean "{agent.initials}"?
            n.toml:10:15: unknown placeholder "{brnad}"; did you mean "{brand}"?
            """)
    }

    @Test("a new voice must say what it is; a bad id is refused")
    func missingKeysAndBadID() {
        #expect(errors("id = \"Night Shift\"", file: "v.toml") == """
            v.toml:1:1: missing key "name"
            v.toml:1:1: missing key "summary"
            v.toml:1:1: missing key "guidance"
            v.toml:1:6: a voice id is lowercase letters, digits and "-", such as "night-shift"; found "Night Shift"
            """)
        #expect(errors("name = \"x\"\nsummary = \"s\"\nguidance = \"g\"", file: "voices/My Voice.toml") == """
            voices/My Voice.toml:1:1: the file name "My Voice.toml" cannot be a voice id; add a line such as id = "night-shift"
            """)
    }

    private func errors(_ text: String, file: String) -> String {
        do {
            _ = try VoiceLibrary.parse(text, file: file)
            return ""
        } catch {
            return error.description
        }
    }
}
