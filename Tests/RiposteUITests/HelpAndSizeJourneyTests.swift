import Foundation
import RiposteCore
import RiposteUI
import Testing

@Suite("Help comes from the keymap; every size of terminal is handled")
struct HelpAndSizeJourneyTests {
    @Test("? lists every command of the screen with the keys the active keymap binds to it", arguments: [
        (["?"], Context.queue), (["Enter", "?"], .thread), (["Enter", "r", "F1"], .editor), (["A", "?"], .approvals),
    ])
    func helpPerScreen(keys: [String], context: Context) throws {
        let journey = try Journey(width: 120, height: 40, posts: smallInbox)
        for key in keys { journey.press(key) }
        #expect(journey.state.helpFor == context)
        let text = journey.text
        for command in Command.available(in: context) {
            let bound = journey.state.keymap.keys(for: command, in: context).map(\.description)
            let line = try #require(journey.lines.first { $0.contains(" \(command.rawValue) ") })
            #expect(line.contains(bound.isEmpty ? "(unbound)" : bound.joined(separator: ", ")))
            #expect(line.contains(command.help))
        }
        #expect(text.contains("Keys of the \(context.title.lowercased()) screen"))
        journey.press("q")
        #expect(journey.state.context == context)
    }

    @Test("rebinding a key changes the help, because help is generated from the keymap")
    func helpFollowsKeymap() throws {
        var keymap = Keymap.builtin
        keymap.bind(.character("n"), to: .queueNext, in: .queue)
        let journey = try Journey(width: 100, height: 30, keymap: keymap, posts: smallInbox)
        journey.press("?")
        #expect(journey.lines.contains { $0.contains("j, Down, n") && $0.contains("queue.next") })
        journey.press("Esc", "n")
        #expect(journey.state.queue.selectedIndex == 1)
    }

    @Test("an unbound key says so and points at help")
    func unboundKey() throws {
        let journey = try Journey(posts: smallInbox)
        journey.press("Z")
        #expect(journey.text.contains("Z does nothing here; ? shows the keys"))
    }

    @Test("every screen draws at 40×10, the smallest size, without losing its bars", arguments: [
        [String](), ["Enter"], ["Enter", "r"], ["?"],
    ])
    func smallest(keys: [String]) throws {
        let journey = try Journey(width: 40, height: 10, posts: smallInbox)
        for key in keys { journey.press(key) }
        journey.type(keys.last == "r" ? "A reply long enough to wrap over several lines of this small editor" : "")
        let lines = journey.lines
        #expect(lines.count == 10)
        #expect(lines.allSatisfy { DisplayText.width(of: $0) <= 40 })
        #expect(lines[0].hasPrefix(" Riposte"))
        #expect(!lines[9].isEmpty)
    }

    @Test("smaller than 40×10 shows a notice instead of a broken screen; growing back restores it")
    func tooSmall() throws {
        let journey = try Journey(width: 100, height: 20, posts: smallInbox)
        journey.press("j")
        journey.session.dispatch(.resize(width: 30, height: 8))
        #expect(journey.text.contains("Terminal too small"))
        #expect(journey.text.contains("30×8; Riposte needs 40×10"))
        // Keys that would act unseen do nothing: no case opened, no claim, no editor behind the notice.
        journey.press("Enter", "r")
        journey.type("hello")
        #expect(journey.state.thread == nil && journey.state.editor == nil)
        #expect(try journey.store.auditLog(for: nil).allSatisfy { $0.action != "case.claim" })
        journey.session.dispatch(.resize(width: 1, height: 1))
        _ = journey.screen
        journey.session.dispatch(.resize(width: 80, height: 24))
        #expect(journey.selectedLines.first?.contains("@bars") == true)
    }

    @Test("resizing keeps the selection and re-wraps the thread")
    func resize() throws {
        let long = String(repeating: "a very long line ", count: 12)
        let journey = try Journey(width: 120, height: 20, posts: [post("1", account("@ann"), minutes: -1, long)])
        journey.press("Enter")
        let wide = journey.lines.filter { $0.contains("very long") }.count
        journey.session.dispatch(.resize(width: 50, height: 20))
        let narrow = journey.lines.filter { $0.contains("very long") }.count
        #expect(narrow > wide)
        #expect(journey.lines.allSatisfy { DisplayText.width(of: $0) <= 50 })
    }
}
