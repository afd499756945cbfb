import Foundation
import Testing

@Suite("riposte risk: the gate's judgement from a shell, and the team's rules it judges by")
final class RiskCommandTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("riposte-risk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs `riposte risk` on a store in the test's own folder (one that need not exist: then the built-in rules).
    func risk(_ arguments: [String], _ input: String, store: String = "none.sqlite") throws -> (status: Int32, output: String) {
        try Subprocess.run([TerminalPane.binary, "risk"] + arguments + ["--store", folder.appendingPathComponent(store).path],
                           input: Array(input.utf8))
    }

    func file(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test("a reply that may go out exits 0; one that needs approval exits 1 and shows each reason with its words")
    func verdictAndStatus() throws {
        let fine = try risk([], "Thanks for waiting, it's on its way today.")
        #expect(fine.output == "risk 0, threshold 60: may be sent\n")
        #expect(fine.status == 0)

        let held = try risk(["--in-reply-to", "my card is blocked"], "Reply with your PIN and we will sort it")
        #expect(held.status == 1)
        #expect(held.output.hasPrefix("risk 80, threshold 60: needs a supervisor's approval\n  +80 secret_request: "))
        #expect(held.output.contains(#"      reply: "your PIN""#))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("none.sqlite").path),
                "judging makes no store")
    }

    @Test("the post answered changes the verdict: a joke is fine for a fan and held for someone grieving")
    func postAnswered() throws {
        let joke = "Ha, we'd be lost without you too 😂"
        #expect(try risk(["--voice", "banter", "--in-reply-to", "love your app lol"], joke).status == 0)
        let grieving = try risk(["--voice", "banter", "--in-reply-to", "my dad passed away last week, please close his account"], joke)
        #expect(grieving.status == 1)
        #expect(grieving.output.contains(#"      post: "dad passed away""#))
    }

    @Test("--json: one verdict a line in order, sorted keys; a bad line gets its position and the rest go on")
    func jsonLines() throws {
        let input = """
            {"reply": "Thanks, sorted!"}
            {"reply": "DM us your PIN", "voice": "calm"}
            {"reply": 3}

            {"reply": "hi", "voice": "nope"}
            """
        let result = try risk(["--json"], input)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 5)
        #expect(lines[0] == #"{"needs_approval":false,"reasons":[],"score":0,"threshold":60}"#)
        #expect(lines[1].hasPrefix(#"{"needs_approval":true,"reasons":[{"end":14,"in":"reply","kind":"secret_request","points":80,"spans":[{"end":14,"in":"reply","start":6}],"start":6,"why":"#))
        #expect(lines[2] == #"{"error":"line 3: column 11: \"reply\" must be a string, found a number"}"#)
        #expect(lines[3] == #"{"error":"line 5: no voice \"nope\"; the voices are classic-care, calm, formal, banter, challenger"}"#)
        #expect(lines[4] == "")
        #expect(result.status == 2)

        let onlyHeld = try risk(["--json"], #"{"reply": "Thanks, sorted!"}"# + "\n" + #"{"reply": "DM us your PIN"}"#)
        #expect(onlyHeld.status == 1)
    }

    @Test("a rules file to try out that does not parse is refused with its position, and nothing is judged")
    func badRulesFile() throws {
        let rules = try file("bad.toml", "threshold = 60\n[insult]\npoints = \"x\"\n")
        let result = try risk(["--rules", rules], "you idiot")
        #expect(result.output == "riposte: \(rules):3:10: \"points\" must be an integer; found a string\n")
        #expect(result.status == 2)
    }

    @Test("the team's rules, set by a supervisor, are what every later check judges by, and the change is audited")
    func teamRules() throws {
        let store = folder.appendingPathComponent("team.sqlite").path
        #expect(try Subprocess.run([TerminalPane.binary, "store", "init", "--store", store]).status == 0)
        let before = try risk([], "what a waffle", store: "team.sqlite")
        #expect(before.output == "risk 0, threshold 60: may be sent\n")

        let rules = try file("team.toml", "threshold = 25\n[insult]\nmild = [\"waffle\"]\n")
        let set = try Subprocess.run([TerminalPane.binary, "risk", "rules", "set", rules, "--store", store])
        #expect(set.output == "the team's risk rules are version 1 now (were the built-in ones)\n")
        let after = try risk([], "what a waffle", store: "team.sqlite")
        #expect(after.output.hasPrefix("risk 30, threshold 25: needs a supervisor's approval\n"))
        #expect(after.status == 1)

        let shown = try Subprocess.run([TerminalPane.binary, "risk", "rules", "show", "--store", store])
        #expect(shown.output.contains("riposte: version 1, set by \(Subprocess.login)"))
        #expect(shown.output.contains("mild = [\"waffle\"]"))
        let verified = try Subprocess.run([TerminalPane.binary, "audit", "verify", "--store", store])
        #expect(verified.output.hasPrefix("the audit chain holds: 2 rows"))
        #expect(verified.status == 0)
    }
}
