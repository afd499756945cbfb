import Foundation
import Testing

@Suite("riposte demo play --help names the keys that steer the demo in Riposte, from the keymap itself")
struct DemoPlayHelpTests {
    /// The key Keymaps/default.toml binds to `command` on the queue, as the file writes it (quotes removed).
    func key(for command: String) throws -> String {
        let file = TerminalPane.packageRoot.appendingPathComponent("Keymaps/default.toml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let queue = try #require(text.components(separatedBy: "\n[").first { $0.hasPrefix("queue]") })
        let line = try #require(queue.components(separatedBy: "\n").first { $0.hasSuffix(" = \"\(command)\"") })
        return line.components(separatedBy: " = ")[0].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
    }

    @Test("pause, faster and slower each appear with the default keymap's key for it, and no other key is named")
    func keysFromTheKeymap() throws {
        let result = try Subprocess.run([TerminalPane.binary, "demo", "play", "--help"])
        #expect(result.status == 0)
        // The help wraps to the terminal's width: read it as one line.
        let help = result.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let pause = try key(for: "demo.pause"), faster = try key(for: "demo.faster"), slower = try key(for: "demo.slower")
        #expect(help.contains("\(pause) pause the demo feed, or play it on"), "\(help)")
        #expect(help.contains("\(faster) play the demo feed faster"), "\(help)")
        #expect(help.contains("\(slower) play the demo feed slower"), "\(help)")
        #expect(!help.contains("+ and -"))
    }
}
