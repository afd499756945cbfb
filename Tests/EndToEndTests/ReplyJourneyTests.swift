import Foundation
import RiposteCore
import RiposteStore
import Testing

@Suite("End to end: an agent reads a thread and replies", .serialized)
struct ReplyJourneyTests {
    static let inbox = """
        {"id": "bill", "network": "x", "author": {"handle": "@ann", "name": "Ann", "followers": 1200}, "text": "@us charged twice this month", "created_at": "2024-03-01T09:00:00Z"}
        {"id": "rhyme", "network": "x", "author": {"handle": "@jess", "name": "Jess", "followers": 90}, "text": "@us @rival which of you can rhyme?", "created_at": "2024-03-01T09:10:00Z"}
        {"id": "rival", "network": "x", "author": {"handle": "@rival", "name": "Rival", "followers": 400000, "role": "rival"}, "text": "Our signal could power your bus", "created_at": "2024-03-01T09:12:00Z", "in_reply_to": "rhyme"}
        {"id": "ours", "network": "x", "author": {"handle": "@us", "name": "Us", "followers": 180000, "role": "brand"}, "text": "Power a bus? Bold claim", "created_at": "2024-03-01T09:15:00Z", "in_reply_to": "rival"}
        {"id": "fire", "network": "x", "author": {"handle": "@bars", "name": "Bars", "followers": 25000, "role": "bystander"}, "text": "OHHH 🔥🔥", "created_at": "2024-03-01T09:20:00Z", "in_reply_to": "ours"}
        """

    @Test("import a thread, open it, reply with Ctrl-S: the reply is in the thread, the store and the audit log")
    func reply() throws {
        let pane = try TerminalPane(arguments: ["--store", "STORE", "--no-demo", "--as", "sam"], deferred: true)
        let store = pane.home.appendingPathComponent("team.sqlite").path
        let jsonl = pane.home.appendingPathComponent("inbox.jsonl")
        try Data(Self.inbox.utf8).write(to: jsonl)
        #expect(try Subprocess.run([TerminalPane.binary, "store", "init", "--training", "--store", store]).status == 0)
        let imported = try Subprocess.run([TerminalPane.binary, "import", "--store", store, jsonl.path])
        #expect(imported.status == 0)
        #expect(imported.output == "imported 5 posts (2 new cases); 0 already in the store\n")
        try pane.start(arguments: ["--store", store, "--no-demo", "--as", "sam"])

        try pane.waitFor("@bars")
        try pane.press("j")
        try pane.waitForSelected("@bars")
        try pane.press("Enter")
        let thread = try pane.waitFor("↳ BYS @bars Bars")
        #expect(thread.contains { $0.hasPrefix("CUS @jess Jess") })
        #expect(thread.contains { $0.hasPrefix("  ↳ RIV @rival Rival · 400k") })
        #expect(thread.contains { $0.hasPrefix("    ↳ OUR @us Us · 180k") && $0.contains("· ours") })
        #expect(thread.contains { $0.hasPrefix("    ┃ Power a bus? Bold claim") })
        #expect(thread.contains { $0.hasPrefix("      ↳ BYS @bars Bars · 25k") })

        try pane.press("r")
        try pane.waitFor("── reply as @us to @bars")
        try pane.type("Bars so fresh 🎤")
        try pane.waitFor("X 16/280")
        try pane.press("Enter")
        try pane.type("no signal needed")
        try pane.waitFor("X 33/280")
        try pane.press("C-s")
        try pane.waitFor("Reply sent to the thread as @us")
        // The thread is read again in the background: the reply shows once it is back.
        let sent = try pane.waitFor("┃ no signal needed")
        #expect(sent.contains { $0.hasPrefix("        ↳ OUR @us Us · 180k · 0s · ours, sent by sam") })
        #expect(sent.contains { $0.hasPrefix("        ┃ Bars so fresh 🎤") })
        #expect(sent.contains { $0.hasPrefix("        ┃ no signal needed") })

        try pane.press("q")
        try pane.waitUntil("the banter case to show replied") { lines in
            lines.contains { $0.contains("@bars") && $0.hasSuffix("replied") || $0.contains("@us ") && $0.contains("replied") }
        }
        try pane.press("q")
        try pane.waitFor("riposte exited 0")

        let inbox = try SQLiteInboxStore(path: store)
        let audit = try inbox.auditLog(for: nil).filter { $0.action == "reply.sent" }
        #expect(audit.count == 1)
        #expect(audit.first?.agent == "sam")
        #expect(audit.first?.detail == "to @bars as @us: Bars so fresh 🎤\nno signal needed")
        let row = try #require(try inbox.queueRows(after: nil, limit: 10).first { $0.postCount == 5 })
        #expect(row.status == .replied)
    }

    @Test("Esc leaves the editor and keeps the draft; reopening the case brings it back")
    func draft() throws {
        let pane = try TerminalPane(arguments: [])
        try pane.waitFor("@nina_w")
        try pane.press("Enter", "r")
        try pane.waitFor("── reply as @tescomobile to @nina_w")
        try pane.type("Half a thought")
        try pane.press("Escape")
        try pane.waitFor("Draft kept; r on this case resumes it")
        try pane.press("q", "Enter")
        try pane.waitFor("draft waiting")
        try pane.press("r")
        try pane.waitFor("Your draft is back")
        #expect(try pane.lines().contains { $0.hasPrefix("Half a thought") })
        // Esc and q sent together would read as Alt-q, as they would from a terminal: a person leaves a beat.
        try pane.press("Escape")
        try pane.waitFor("Draft kept")
        // The draft waits on the case: quitting asks first, as mutt's quit=ask-yes does.
        try pane.press("q", "q")
        try pane.waitFor("You have a draft on case #1: quit anyway? (y/n)")
        try pane.press("y")
        try pane.waitFor("riposte exited 0")
    }
}
