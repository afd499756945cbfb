import Foundation
import RiposteCore
import RiposteUI
import Testing

@Suite("An agent writes a reply: words, lines, undo, paste, voices and templates")
struct EditorJourneyTests {
    /// The editor open on Ann's complaint.
    func editor(width: Int = 80, height: Int = 24, voices: [String] = []) throws -> Journey {
        let journey = try Journey(width: width, height: height, posts: [
            post("hi", account("@us", .brand), minutes: -10, "Ask us anything"),
            post("bill", account("@ann", followers: 1200), minutes: -5, replyTo: "hi", "I was charged twice"),
        ])
        journey.press("Enter", "r")
        return journey
    }

    var text: (Journey) -> String { { $0.state.editor?.string ?? "<closed>" } }

    @Test("every reason behind the risk can be read: the editor says how many more there are, F2 lists them whole")
    func everyRiskReason() throws {
        let journey = try Journey(width: 60, height: 14, posts: smallInbox)
        journey.press("Enter", "r")
        journey.type("You idiots, you will get a full refund and £500 by tomorrow, guaranteed, we promise. "
                     + "Call 07700 900123 and send your password. Politics aside, @rival is rubbish.")
        let reasons = try #require(journey.state.editor?.assessment.reasons)
        #expect(reasons.count > 3)
        #expect(journey.text.contains("more reasons: F2 lists them whole"))
        journey.press("F2")
        let page = try #require(journey.state.report)
        for reason in reasons {
            // Each whole message is on the page, wrapped across its lines.
            let joined = page.lines.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(joined.contains(reason.message.split(whereSeparator: \.isWhitespace).joined(separator: " ")))
        }
        let total = reasons.reduce(0) { $0 + $1.points }
        #expect(page.lines.contains { $0.hasPrefix(" = \(total)") })
        journey.press("q")
        #expect(journey.state.context == .editor)
    }

    @Test("a draft the store refused is offered to it again until it takes it, but never once discarded")
    func refusedDraftOfferedAgain() throws {
        let journey = try Journey(width: 120, height: 20, posts: smallInbox)
        journey.press("j", "Enter", "r")
        journey.type("Sorry about the wait")
        let draft = try #require(journey.state.editor?.draft)
        journey.session.dispatch(.draftNotSaved(draft, keptOnMachine: true, reason: .diskFull))
        #expect(journey.text.contains("Draft not saved (disk is full): kept on this machine"))
        journey.press("C-q")
        journey.type("y")
        journey.wait(6)
        #expect(journey.state.draftsNotInStore.isEmpty)
        #expect(try journey.store.thread(draft.caseID, agent: journey.state.agent)?.draft == nil)
    }

    @Test("Alt-b, Alt-f and Ctrl-arrows move by word; Ctrl-w and Alt-d delete words")
    func words() throws {
        let journey = try editor()
        journey.type("Sorry about the double charge")
        journey.press("M-b")
        #expect(journey.state.editor?.cursor == 23)
        journey.press("C-Left", "C-Left")
        #expect(journey.state.editor?.cursor == 12)
        journey.press("C-w")
        #expect(text(journey) == "Sorry the double charge")
        journey.press("M-d")
        #expect(text(journey) == "Sorry  double charge")
        journey.press("M-f", "C-Right")
        #expect(journey.state.editor?.cursor == 20)
        journey.press("M-Backspace")
        #expect(text(journey) == "Sorry  double ")
    }

    @Test("Ctrl-k and Ctrl-u delete to either end of the line; Alt-< and Alt-> go to either end of the reply")
    func lines() throws {
        let journey = try editor()
        journey.type("first line\nsecond line\nthird")
        journey.press("Up", "C-a", "M-f")
        journey.press("C-k")
        #expect(text(journey) == "first line\nsecond\nthird")
        journey.press("C-k")
        #expect(text(journey) == "first line\nsecondthird")
        journey.press("C-u")
        #expect(text(journey) == "first line\nthird")
        journey.press("M-<")
        #expect(journey.state.editor?.cursor == 0)
        journey.press("C-End")
        #expect(journey.state.editor?.cursor == 16)
    }

    @Test("undo takes back a word of typing at a time, redo brings it back, a new edit clears redo")
    func undo() throws {
        let journey = try editor()
        journey.type("We are on it")
        journey.press("C-_")
        #expect(text(journey) == "We are on ")
        journey.press("M-u", "M-u")
        #expect(text(journey) == "We ")
        journey.press("M-r")
        #expect(text(journey) == "We are ")
        journey.type("x")
        journey.press("M-r")
        #expect(text(journey) == "We are x")
        #expect(journey.text.contains("Nothing to redo"))
        journey.press("C-_", "C-_", "C-_", "C-_", "C-_")
        #expect(text(journey) == "")
        #expect(journey.text.contains("Nothing to undo"))
    }

    @Test("a paste is typed as text, line breaks and all, and undoes in one step")
    func paste() throws {
        let journey = try editor()
        journey.type("Hi ")
        journey.paste("line one\r\nline two 👍🏽\rthree")
        #expect(text(journey) == "Hi line one\nline two 👍🏽\nthree")
        #expect(journey.state.context == .editor)
        journey.press("C-_")
        #expect(text(journey) == "Hi ")
    }

    @Test("an empty editor shows the voice's guidance; Alt-v changes voice and says which")
    func voices() throws {
        let journey = try editor()
        let first = try #require(journey.state.voices.first)
        #expect(journey.lines.contains { first.guidance.hasPrefix($0.trimmingCharacters(in: .whitespaces)) && !$0.isEmpty })
        #expect(journey.lines.last?.contains(first.name) == true)
        journey.press("M-v")
        let second = journey.state.voices[1]
        #expect(journey.state.editor?.voiceID == second.id)
        #expect(journey.text.contains("Voice: \(second.name)"))
    }

    @Test("F3 picks a voice from a list; a template goes in with the customer's and agent's names filled")
    func pickers() throws {
        let journey = try editor()
        journey.press("F3")
        #expect(journey.state.context == .picker)
        for voice in journey.state.voices { #expect(journey.text.contains(voice.name)) }
        journey.press("j", "Enter")
        #expect(journey.state.editor?.voiceID == journey.state.voices[1].id)
        journey.press("C-t")
        let voice = try #require(journey.state.voice(journey.state.editor?.voiceID))
        let template = try #require(voice.templates.first)
        journey.press("Enter")
        let values = TemplateValues(customerName: "Ann", customerHandle: "@ann", agentName: "sam", brandName: "Us",
                                    brandHandle: "@us", network: .x)
        #expect(text(journey) == values.fill(template.text))
        #expect(!text(journey).contains("{"))
        journey.press("C-t", "Esc")
        #expect(journey.state.context == .editor)
    }

    @Test("the sign-off goes at the end once")
    func signOff() throws {
        let journey = try editor()
        let voice = try #require(journey.state.voices.first { !$0.signOff.isEmpty })
        journey.state.editor.map { _ in () }
        while journey.state.editor?.voiceID != voice.id { journey.press("M-v") }
        journey.type("On it")
        journey.press("M-<", "M-s", "M-s")
        let signOff = TemplateValues(customerName: "Ann", customerHandle: "@ann", agentName: "sam", brandName: "Us",
                                     brandHandle: "@us", network: .x).fill(voice.signOff)
        #expect(text(journey) == "On it " + signOff)
    }

    @Test("Ctrl-q asks before throwing the draft away; n keeps it, y discards it and its saved copy")
    func discard() throws {
        let journey = try editor()
        journey.type("Not sure about this")
        journey.wait(1)
        journey.press("C-q")
        #expect(journey.state.context == .prompt)
        #expect(journey.lines.last?.contains("Discard this draft? (y/n)") == true)
        journey.press("n")
        #expect(text(journey) == "Not sure about this")
        journey.press("C-q", "y")
        #expect(journey.state.context == .thread)
        #expect(try journey.store.thread(CaseID(1), agent: "sam")?.draft == nil)
    }
}
