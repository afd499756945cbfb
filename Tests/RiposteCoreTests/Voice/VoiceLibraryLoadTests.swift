import Foundation
import Testing
import RiposteCore

/// Riposte starts with the built-in voices and the brand's files in `voices/`; a bad file never
/// costs the others.
@Suite struct VoiceLibraryLoadTests {
    @Test("one override, one new voice and one bad file: the built-ins with the override, the new voice, the bad file's errors")
    func loadsAFolder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write("""
            id = "banter"
            sign_off = "— {agent.first_name}, {brand}"
            base_risk = 20
            """, to: folder, "10-our-banter.toml")
        try write("""
            name = "Night shift"
            summary = "Short and kind, for the small hours."
            guidance = "Keep it short."
            """, to: folder, "night-shift.toml")
        try write("""
            name = "Broken"
            summary = "s"
            guidance = "g"
            emoji = "loads"
            base_risk = 99
            """, to: folder, "broken.toml")
        try write("not a voice", to: folder, "notes.txt")

        let (presets, errors) = VoiceLibrary.load(folder: folder)

        #expect(presets.map(\.id) == ["classic-care", "calm", "formal", "banter", "challenger", "night-shift"])
        let banter = try #require(presets.first { $0.id == "banter" })
        #expect(banter.signOff == "— {agent.first_name}, {brand}" && banter.baseRisk == 20)
        #expect(banter.templates == VoiceLibrary.builtin[3].templates)
        #expect(Array(presets.prefix(3)) == Array(VoiceLibrary.builtin.prefix(3)))
        #expect(presets.last?.name == "Night shift")
        #expect(errors.map(\.description) == [
            "\(folder)/broken.toml:4:9: \"emoji\" must be one of \"none\", \"sparing\", \"free\"; found \"loads\"",
            "\(folder)/broken.toml:5:13: \"base_risk\" must be between 0 and 40; found 99",
        ])
    }

    @Test("a missing folder gives the built-ins and no errors")
    func missingFolder() {
        let (presets, errors) = VoiceLibrary.load(folder: "/nonexistent/riposte/voices")
        #expect(presets == VoiceLibrary.builtin)
        #expect(errors.isEmpty)
    }

    @Test("two files for one voice: the first in name order wins and the second is reported")
    func duplicateVoice() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write("id = \"calm\"\nbase_risk = 1", to: folder, "a.toml")
        try write("id = \"calm\"\nbase_risk = 2", to: folder, "b.toml")
        let (presets, errors) = VoiceLibrary.load(folder: folder)
        #expect(presets.first { $0.id == "calm" }?.baseRisk == 1)
        #expect(errors.map(\.description) == ["\(folder)/b.toml:1:1: \(folder)/a.toml already defines the voice \"calm\"; this file is skipped"])
    }

    private func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("voices-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func write(_ text: String, to folder: String, _ name: String) throws {
        try text.write(toFile: (folder as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
}
