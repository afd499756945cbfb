import Foundation
import RiposteCore
import RiposteUI
import Testing

@Suite("A risky reply goes to a supervisor, who approves, edits or rejects it")
struct ApprovalJourneyTests {
    static let angry: [IncomingPost] = [
        post("hi", account("@us", .brand), minutes: -10, "Ask us anything"),
        post("rant", account("@ann", followers: 50_000), minutes: -5, replyTo: "hi",
             "Your network is USELESS!!! Three days with no signal 😡"),
    ]

    /// Sam, an agent, with the editor open on Ann's rant; Kim, a supervisor, in her own session on the same store.
    func agentAndSupervisor() throws -> (sam: Journey, kim: Journey) {
        let sam = try Journey(width: 100, height: 30, agent: "sam", posts: Self.angry)
        let kim = try Journey(width: 100, height: 30, agent: "kim", role: .supervisor, sharing: sam)
        sam.press("Enter", "r")
        while sam.state.voice(sam.state.editor?.voiceID)?.id != "banter" { sam.press("M-v") }
        return (sam, kim)
    }

    static let snark = "Good luck with that, genius. Maybe try turning it off and on again"

    @Test("the risk meter counts as the agent types and marks the words that raise it")
    func meter() throws {
        let (sam, _) = try agentAndSupervisor()
        sam.type(Self.snark)
        let assessment = try #require(sam.state.editor?.assessment)
        #expect(assessment.score >= sam.state.riskRules.threshold)
        #expect(sam.lines.last?.contains("risk \(assessment.score)") == true)
        // Each reason on a line of its own under the reply, most points first.
        for reason in assessment.reasons.prefix(3) {
            #expect(sam.lines.contains { $0.hasPrefix(" +\(reason.points) \(reason.message.prefix(40))") })
        }
        // The words that raised it are underlined in the reply (on its first line, row 11 at this size).
        let marked = try #require(assessment.reasons.flatMap(\.ranges).first)
        #expect(sam.screen[11, marked.lowerBound].style.underline)
        #expect(!sam.screen[11, marked.upperBound + 1].style.underline || marked.upperBound + 1 >= Self.snark.count)
    }

    @Test("Send on a risky reply asks a supervisor instead; the case and queue say it waits")
    func riskyGoesForApproval() throws {
        let (sam, _) = try agentAndSupervisor()
        sam.type(Self.snark)
        sam.press("C-s")
        #expect(sam.state.context == .thread)
        #expect(sam.text.contains("Waiting for a supervisor"))
        let pending = try sam.store.approvals(in: .pending, limit: 10)
        #expect(pending.map(\.text) == [Self.snark])
        #expect(pending.first?.voice == "banter")
        #expect((pending.first?.riskReasons.count ?? 0) > 0)
        #expect(try sam.store.thread(CaseID(1), agent: "sam")?.posts.count == 2)
        sam.press("q")
        #expect(sam.lines[2].contains("awaits"))
    }

    @Test("a supervisor reads the request with its reasons and thread, approves, and the reply goes out as the agent's")
    func approve() throws {
        let (sam, kim) = try agentAndSupervisor()
        sam.type(Self.snark)
        sam.press("C-s")
        kim.press("A")
        #expect(kim.text.contains("1 reply waiting"))
        #expect(kim.lines.contains { $0.contains("sam") && $0.contains("@ann") && $0.contains("Good luck with that") })
        kim.press("Enter")
        #expect(kim.text.contains("Asked by sam"))
        #expect(kim.text.contains("┃ Good luck with that, genius."))
        #expect(kim.text.contains("USELESS!!!"))
        kim.press("a")
        #expect(kim.text.contains("Approved: sent as @us"))
        #expect(kim.text.contains("Nothing is waiting for approval."))
        let thread = try #require(try kim.store.thread(CaseID(1), agent: "sam"))
        #expect(thread.posts.last?.text == Self.snark && thread.posts.last?.sentBy == "sam")
        sam.notice()
        #expect(sam.text.contains("ours, sent by sam"))
    }

    @Test("a supervisor can edit the reply and approve the edit with Send")
    func editThenApprove() throws {
        let (sam, kim) = try agentAndSupervisor()
        sam.type(Self.snark)
        sam.press("C-s")
        kim.press("A", "e")
        #expect(kim.state.context == .editor)
        #expect(kim.text.contains("Editing a reply to approve"))
        kim.press("M-<", "C-k")
        kim.type("So sorry Ann, DM us your postcode and we'll check the mast")
        kim.press("C-s")
        #expect(kim.state.context == .approvals)
        let thread = try #require(try kim.store.thread(CaseID(1), agent: "sam"))
        #expect(thread.posts.last?.text == "So sorry Ann, DM us your postcode and we'll check the mast")
    }

    @Test("a rejection needs a reason; the agent sees it on the case and gets the text back to rework")
    func reject() throws {
        let (sam, kim) = try agentAndSupervisor()
        sam.type(Self.snark)
        sam.press("C-s")
        kim.press("A", "x")
        #expect(kim.state.context == .prompt)
        kim.press("Enter")
        #expect(kim.lines.last?.contains("a rejection needs a reason the agent can act on") == true)
        kim.type("Too snarky for someone three days without signal")
        kim.press("Enter")
        #expect(kim.text.contains("Rejected: the agent sees your reason"))
        sam.notice()
        #expect(sam.text.contains("✗ Rejected by kim 0s ago: Too snarky for someone three days without signal"))
        sam.press("r")
        #expect(sam.state.editor?.string == Self.snark)
        #expect(sam.text.contains("Rejected by kim"))
        #expect(sam.state.editor?.voiceID == "banter", "the draft comes back in the voice it was written in")

        // A calm reply goes out: the rejection is history, and its banner goes.
        sam.press("C-u")
        while sam.state.voice(sam.state.editor?.voiceID)?.id != "calm" { sam.press("M-v") }
        sam.type("So sorry, three days is far too long. I'm checking the mast near you now and will update you here.")
        sam.press("C-s")
        sam.notice()
        #expect(sam.state.thread?.thread?.posts.last?.isOurs == true)
        #expect(!sam.text.contains("Rejected by kim"))
    }

    @Test("an agent may look at the approval queue but not decide; a supervisor cannot approve their own reply")
    func permissions() throws {
        let (sam, kim) = try agentAndSupervisor()
        sam.type(Self.snark)
        sam.press("C-s", "A", "a")
        #expect(sam.text.contains("Only a supervisor can approve or reject; sam is an agent"))
        #expect(try sam.store.approvals(in: .pending, limit: 10).count == 1)

        kim.press("Enter", "r")
        kim.type("A calm reply I still want checked")
        kim.press("C-r", "A", "a")
        #expect(kim.text.contains("Nobody approves their own reply"))
        #expect(try kim.store.approvals(in: .pending, limit: 10).map(\.requestedBy) == ["kim"])
    }

    @Test("W withdraws the agent's waiting request: it leaves the supervisor's queue and its text is their draft again")
    func withdraw() throws {
        let (sam, kim) = try agentAndSupervisor()
        sam.type(Self.snark)
        sam.press("C-s")
        #expect(sam.text.contains("W withdraws it"))
        sam.press("W")
        #expect(sam.text.contains("Request withdrawn: its text is your draft again"))
        #expect(sam.text.contains("superseded") && sam.text.contains("withdrawn by sam"))
        kim.press("A")
        #expect(kim.text.contains("Nothing is waiting for approval."))
        sam.press("r")
        #expect(sam.state.editor?.string == Self.snark)
    }

    @Test("in an empty editor, M-w withdraws the request and puts its text back under the cursor")
    func withdrawFromTheEditor() throws {
        let (sam, _) = try agentAndSupervisor()
        sam.type(Self.snark)
        sam.press("C-s", "r")
        #expect(sam.state.editor?.string == "")
        sam.press("M-w")
        #expect(sam.state.editor?.string == Self.snark)
        #expect(try sam.store.approvals(in: .pending, limit: 10).isEmpty)
    }

    @Test("a calm reply sent on the case supersedes the waiting request: the customer gets one reply, and all can see why")
    func replySupersedes() throws {
        let (sam, kim) = try agentAndSupervisor()
        sam.type(Self.snark)
        sam.press("C-s")
        kim.press("A")
        #expect(kim.text.contains("1 reply waiting"))
        sam.press("r")
        sam.type("So sorry, Ann. Could you DM us your postcode so we can check the mast?")
        sam.press("C-s")
        #expect(sam.text.contains("Reply sent"))
        sam.notice()
        #expect(sam.text.contains("superseded") && sam.text.contains("a reply was sent on the case by sam"))
        kim.notice()
        #expect(kim.text.contains("Nothing is waiting for approval."))
        #expect(try kim.store.thread(CaseID(1), agent: "sam")?.posts.filter { $0.sentBy != nil }.count == 1)
    }

    @Test("the supervisor reads what happened on the case since the request was made")
    func historySinceTheRequest() throws {
        let (sam, kim) = try agentAndSupervisor()
        sam.type(Self.snark)
        sam.press("C-s", "n")
        sam.type("Ann called the shop too")
        sam.press("C-s")
        kim.press("A", "Enter")
        #expect(kim.text.contains("Since it was asked:"))
        #expect(kim.text.contains("sam case.note: Ann called the shop too"))
    }

    @Test("an edited approval tells the agent who wrote the words that went out")
    func editedApprovalIsShown() throws {
        let (sam, kim) = try agentAndSupervisor()
        sam.type(Self.snark)
        sam.press("C-s")
        kim.press("A", "e", "M-<", "C-k")
        kim.type("So sorry Ann, DM us your postcode")
        kim.press("C-s")
        sam.notice()
        #expect(sam.text.contains("sam's reply approved by kim, who rewrote it before it went out"))
        #expect(sam.text.contains("ours, sent by sam, words by kim"))
    }

    @Test("the team's only supervisor may send their own risky reply by typing a reason, when the team allows it")
    func loneSupervisorSendsOwn() throws {
        var settings = Settings.defaults
        settings.loneSupervisorSendsOwn = true
        let kim = try Journey(width: 100, height: 30, agent: "kim", role: .supervisor, settings: settings, posts: Self.angry)
        kim.press("Enter", "r")
        kim.type(Self.snark)
        kim.press("C-s", "A", "a")
        #expect(kim.state.context == .prompt)
        kim.press("Enter")
        #expect(kim.lines.last?.contains("every supervisor will read it") == true)
        kim.type("Ann asked us to roast her, see her next post")
        kim.press("Enter")
        #expect(try kim.store.approvals(in: .pending, limit: 10).isEmpty)
        kim.notice()
        #expect(kim.text.contains("Sent without a second supervisor:"))
        #expect(kim.text.contains("Ann asked us to roast her"))
    }
}
