import Foundation
import RiposteCore
import RiposteUI
import Testing

@Suite("A team on one inbox: claims, status, tags, assignment, notes, marks, views")
struct TeamJourneyTests {
    static let inbox: [IncomingPost] = [
        post("hi", account("@us", .brand), minutes: -60, "Ask us anything"),
        post("bill", account("@ann", followers: 1200), minutes: -50, replyTo: "hi", "I was charged twice"),
        post("leeds", account("@bob"), minutes: -40, "no signal in Leeds"),
        post("roam", account("@cat"), minutes: -30, "roaming does not work in Spain"),
        post("spam", account("@dan", .bystander), minutes: -20, "WIN A FREE PHONE"),
    ]

    func team() throws -> (sam: Journey, kim: Journey) {
        let sam = try Journey(width: 110, height: 24, agent: "sam", posts: Self.inbox)
        let kim = try Journey(width: 110, height: 24, agent: "kim", role: .supervisor, sharing: sam)
        return (sam, kim)
    }

    func row(_ journey: Journey, _ handle: String) -> String? {
        journey.lines.first { $0.contains(handle) }
    }

    @Test("r claims the case; a colleague sees who is replying, cannot reply, and takes it over only on purpose")
    func claims() throws {
        let (sam, kim) = try team()
        sam.press("Enter", "r")
        #expect(sam.state.context == .editor)
        kim.notice()
        #expect(row(kim, "@ann")?.contains("✎sam") == true)
        kim.press("Enter")
        #expect(kim.text.contains("✎ sam is replying on this case"))
        kim.press("r")
        #expect(kim.state.context == .thread)
        #expect(kim.text.contains("sam is replying on this case; T takes it over"))
        kim.press("T")
        #expect(kim.state.context == .editor)
        #expect(kim.text.contains("You took the case over"))
        // Sam's renewal finds the case gone, and his send is refused.
        sam.wait(70)
        #expect(sam.text.contains("You no longer hold this case"))
        sam.type("Sorry Ann")
        sam.press("C-s")
        #expect(sam.text.contains("kim is replying on this case: your text is kept"))
        #expect(sam.state.context == .editor)
        let log = try sam.store.auditLog(for: CaseID(1)).filter { $0.action == "case.claim" }.map { "\($0.agent): \($0.detail)" }
        #expect(log == ["sam: claimed", "kim: taken over from sam"])
    }

    @Test("a claim is renewed while the editor is open, and goes stale when its holder stops")
    func leases() throws {
        let (sam, kim) = try team()
        sam.press("Enter", "r")
        for _ in 0..<10 { sam.wait(30) }
        kim.clock.now = sam.clock.now
        kim.press("Enter", "r")
        #expect(kim.state.context == .thread)
        // Sam's process is gone: nobody renews, and two minutes later the claim is free.
        kim.wait(125)
        kim.press("r")
        #expect(kim.state.context == .editor)
    }

    @Test("leaving the editor lets the case go at once")
    func release() throws {
        let (sam, kim) = try team()
        sam.press("Enter", "r")
        sam.type("draft")
        sam.press("Esc")
        kim.press("Enter", "r")
        #expect(kim.state.context == .editor)
    }

    @Test("c, w, o and s change the case's status; a snooze ends by itself")
    func status() throws {
        let (sam, _) = try team()
        sam.press("j", "c")
        #expect(row(sam, "@bob")?.hasSuffix("closed") == true)
        #expect(sam.text.contains("closed"))
        sam.press("w")
        #expect(row(sam, "@bob")?.hasSuffix("waiting") == true)
        sam.press("o")
        #expect(row(sam, "@bob")?.hasSuffix("open") == true)
        sam.press("s")
        sam.type("soon")
        sam.press("Enter")
        #expect(sam.lines.last?.contains("write how long, like 30m, 2h or 1d") == true)
        sam.press("C-h", "C-h", "C-h", "C-h")
        sam.type("2h")
        sam.press("Enter")
        #expect(row(sam, "@bob")?.hasSuffix("snoozed") == true)
        sam.wait(3 * 3600)
        sam.notice()
        #expect(row(sam, "@bob")?.hasSuffix("open") == true)
        let log = try sam.store.auditLog(for: nil).filter { $0.action == "case.status" }.map(\.detail)
        #expect(log.contains("snoozed → open (the snooze is over)"))
    }

    @Test("# adds and removes tags; @ assigns; only a supervisor moves a colleague's case")
    func tagsAndAssignment() throws {
        let (sam, kim) = try team()
        sam.press("#")
        sam.type("billing vip")
        sam.press("Enter")
        sam.press("#")
        sam.type("-vip")
        sam.press("Enter")
        #expect(try sam.store.queueRow(CaseID(1))?.work.tags == ["billing"])
        // The tags are on the row, before what the customer asked, and over the thread.
        #expect(row(sam, "@ann")?.contains("#billing I was charged twice") == true)
        sam.press("Enter")
        #expect(sam.lines[0].contains("#billing"))
        sam.press("q")
        sam.press("@")
        sam.type("me")
        sam.press("Enter")
        #expect(row(sam, "@ann")?.contains("sam") == true)
        kim.notice()
        kim.press("@")
        kim.type("kim")
        kim.press("Enter")
        #expect(try kim.store.queueRow(CaseID(1))?.work.assignee == "kim")
        sam.notice()
        sam.press("@")
        sam.type("me")
        sam.press("Enter")
        #expect(sam.text.contains("only a supervisor can reassign it"))
    }

    @Test("u undoes the last change to cases, a bulk close included, for a minute, and the audit says so")
    func undo() throws {
        let (sam, _) = try team()
        sam.press("t", "t", "t", ";", "c")
        #expect(try sam.store.queueRow(CaseID(3))?.status == .closed)
        #expect(sam.text.contains("u undoes"))
        sam.press("u")
        let statuses = try (1...3).map { try sam.store.queueRow(CaseID($0))?.status }
        #expect(statuses == [.new, .new, .new])
        #expect(try sam.store.auditLog(for: CaseID(2)).contains { $0.action == "case.undo" && $0.agent == "sam" })
        // Tags come back as they were: only what the change added goes.
        try sam.store.tag([CaseID(1)], adding: ["vip"], removing: [], by: "sam", at: start)
        sam.notice()
        sam.press("g", "#")
        sam.type("vip billing")
        sam.press("Enter", "u")
        #expect(try sam.store.queueRow(CaseID(1))?.work.tags == ["vip"])
        sam.press("u")
        #expect(sam.text.contains("Nothing to undo"))
        sam.press("s")
        sam.type("2h")
        sam.press("Enter")
        sam.wait(CaseUndo.window)
        sam.press("u")
        #expect(try sam.store.queueRow(CaseID(1))?.status == .snoozed)
    }

    @Test("q asks before quitting while a draft waits on a case or a claim runs; without either it quits at once")
    func quitAsks() throws {
        let (sam, _) = try team()
        sam.press("Enter", "r")
        sam.type("On it")
        sam.press("Esc", "q", "q")
        #expect(sam.text.contains("You have a draft on case #1: quit anyway? (y/n)"))
        sam.press("n")
        #expect(!sam.state.quitting)
        sam.press("Enter", "r", "C-q", "y", "q", "q")
        #expect(sam.state.quitting)
        var never = Settings.defaults
        never.display.quitAsks = false
        let kim = try Journey(width: 110, height: 24, agent: "kim", settings: never, sharing: sam)
        _ = try kim.store.claim(CaseID(2), by: "kim", at: start, lease: 120, takeOver: false)
        kim.press("q")
        #expect(kim.state.quitting)
    }

    @Test("n writes an internal note that colleagues read in the thread and customers never see")
    func notes() throws {
        let (sam, kim) = try team()
        sam.press("n")
        #expect(sam.text.contains("Internal note on case #1 · never sent"))
        // The note's keys are a note's: saved, not sent; no voice or template.
        #expect(sam.lines.last?.contains("save note") == true && sam.lines.last?.contains("voice") == false)
        sam.press("M-v")
        #expect(sam.text.contains("voices, templates and approvals are for replies"))
        sam.press("F1")
        #expect(sam.text.contains("Save the note on the case") && !sam.text.contains("voice.next"))
        sam.press("Esc")
        #expect(sam.state.editor?.writesNote == true)
        sam.type("Refund approved by billing, waiting for the credit note")
        sam.press("C-s")
        #expect(sam.text.contains("Note added"))
        kim.press("Enter")
        #expect(kim.text.contains("▤ note by sam"))
        #expect(kim.text.contains("│ Refund approved by billing, waiting for the credit note"))
        #expect(try kim.store.thread(CaseID(1), agent: "kim")?.posts.count == 2)
    }

    @Test("t marks cases; ; then a command applies it to every marked case")
    func bulk() throws {
        let (sam, _) = try team()
        sam.press("t", "t", "j", "t")
        #expect(sam.state.marked.count == 3)
        #expect(sam.lines.filter { $0.hasPrefix("*") }.count == 3)
        #expect(sam.text.contains("3 marked"))
        sam.press(";", "#")
        sam.type("outage")
        sam.press("Enter")
        sam.press(";", "c")
        let rows = try sam.store.queueRows(after: nil, limit: 10)
        #expect(rows.filter { $0.work.tags == ["outage"] }.map(\.author.handle) == ["@ann", "@bob", "@dan"])
        #expect(rows.filter { $0.status == .closed }.count == 3)
        sam.press(";", "Enter")
        #expect(sam.text.contains("case.open does not apply to marked cases"))
        sam.press(";", "t")
        #expect(sam.state.marked.isEmpty)
    }

    @Test("Tab goes through the saved views; l limits to a filter, with its mistakes pointed out; / searches words")
    func views() throws {
        let (sam, _) = try team()
        sam.press("#")
        sam.type("billing")
        sam.press("Enter", "@")
        sam.type("me")
        sam.press("Enter")
        var seen: [String] = []
        for _ in 0..<5 {
            sam.press("Tab")
            seen.append(sam.state.filterName)
        }
        #expect(seen == ["breached", "awaiting approval", "mine", "unassigned", "all"])
        sam.press("v")
        #expect(sam.state.context == .picker)
        sam.press("k", "k", "Enter")
        #expect(sam.lines[0].contains("Queue: mine"))
        #expect(sam.lines.filter { $0.contains("@") && $0.contains("CUS") }.count == 1)
        sam.press("l")
        #expect(sam.state.context == .prompt)
        sam.press("C-u")
        sam.press("C-h", "C-h", "C-h", "C-h", "C-h", "C-h", "C-h", "C-h")
        sam.type("tg:billing")
        sam.press("Enter")
        #expect(sam.lines.last?.contains("column 1: unknown field \"tg\"") == true)
        sam.press("Esc", "l")
        for _ in 0..<20 { sam.press("C-h") }
        sam.type("-tag:billing role:customer")
        sam.press("Enter")
        #expect(sam.lines[0].contains("limit: -tag:billing role:customer"))
        #expect(sam.lines.contains { $0.contains("@bob") } && !sam.lines.contains { $0.contains("@ann") })
        sam.press("/")
        sam.type("Spain")
        sam.press("Enter")
        #expect(sam.lines.contains { $0.contains("@cat") } && !sam.lines.contains { $0.contains("@bob") })
    }
}
