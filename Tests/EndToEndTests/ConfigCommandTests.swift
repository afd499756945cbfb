import Foundation
import Testing

@Suite("End to end: riposte config")
struct ConfigCommandTests {
    @Test("config paths names every file Riposte reads, under the XDG folders it is given, and says which are absent")
    func paths() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("riposte-paths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home.appendingPathComponent("config/riposte"),
                                                withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        try Data("[claims]\nlease = \"5m\"\n".utf8).write(to: home.appendingPathComponent("config/riposte/config.toml"))
        let result = try Subprocess.run([
            "env", "HOME=\(home.path)", "XDG_CONFIG_HOME=\(home.path)/config", "XDG_DATA_HOME=\(home.path)/data",
            "XDG_STATE_HOME=\(home.path)/state", "RIPOSTE_STORE=", TerminalPane.binary, "config", "paths",
        ])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.contains("store           \(home.path)/data/riposte/riposte.sqlite  (absent)"))
        #expect(lines.contains("team settings   \(home.path)/config/riposte/config.toml"))
        #expect(lines.contains("log             \(home.path)/state/riposte/riposte.log  (absent)"))
        #expect(lines.contains { $0.hasPrefix("shipped keymaps ") && $0.hasSuffix("/Keymaps  (the checkout the binary runs from)") })
        #expect(lines.count == 9)
    }

    @Test("config example prints a settings file that riposte reads back as the defaults")
    func example() throws {
        let result = try Subprocess.run([TerminalPane.binary, "config", "example"])
        #expect(result.status == 0)
        #expect(result.output.contains("[claims]\nlease = \"2m\""))
        #expect(result.output.contains("\"awaiting approval\" = \"is:awaiting\""))
    }
}
