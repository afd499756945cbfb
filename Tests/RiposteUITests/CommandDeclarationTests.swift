import Foundation
import RiposteCore
import RiposteUI
import Testing

/// Each command is declared once (`Command.declaration`); the bottom bar and `;` read that declaration, so a label
/// or a bulk rule taken out of it shows here.
@Suite("Commands are declared once: the bottom bar and ; read the declaration")
struct CommandDeclarationTests {
    @Test("every screen's bottom bar shows the words declared for it, in their places", arguments: [
        ([String](), "  Enter  open   j  next   k  previous   A  approvals   ?  keys   q  quit"),
        (["Enter"], "  r  reply   j  next post   q  back   ?  keys"),
        (["Enter", "r"], "  C-s  send   Esc  keep draft   M-v  voice   C-t  template   F1  keys"),
        (["n"], "  C-s  save note   Esc  cancel   F1  keys"),
        (["A"], "  Enter  read   a  approve   e  edit   x  reject   q  back   ?  keys"),
        (["v"], "  Enter  choose   Esc  cancel"),
        (["?"], "  q  close"),
        (["R"], "  j  scroll   PageDown  page   q  close"),
        (["D"], "  q  close   ?  keys"),
    ])
    func bottomBar(keys: [String], bar: String) throws {
        let journey = try Journey(width: 120, height: 30, posts: smallInbox)
        for key in keys { journey.press(key) }
        #expect(journey.state.message == nil)
        // What the screen shows on the bar's right (the thread's scroll, the editor's voice and length) stands apart.
        #expect(journey.lines.last?.components(separatedBy: "    ").first == bar)
    }

    @Test("a screen's bar places are its own: no two commands share one, and each is on a screen the command works on")
    func barPlaces() {
        for context in Context.allCases {
            let places = Command.allCases.compactMap { $0.declaration.bar[context]?.place }
            #expect(Set(places).count == places.count, "\(context)")
        }
        for command in Command.allCases {
            #expect(Set(command.declaration.bar.keys).isSubset(of: command.contexts), "\(command.rawValue)")
        }
    }

    @Test("; applies what is declared as applying to marked cases, to every marked case, and refuses every other key")
    func bulkReadsTheDeclaration() throws {
        #expect(Command.allCases.filter(\.declaration.appliesToMarked)
            == [.caseMark, .caseClose, .caseWaiting, .caseReopen, .caseSnooze, .caseTag, .caseAssign])
        let marked = [CaseID(1), CaseID(2)]
        for command in Command.available(in: .queue) {
            var state = ReduceTests().queue()
            guard let key = state.keymap.keys(for: command, in: .queue).first else { continue }
            _ = reduce(&state, .key(.character("t")))
            _ = reduce(&state, .key(.character("t")))
            _ = reduce(&state, .key(.character(";")))
            let effects = reduce(&state, .key(key))
            #expect(!state.bulkPending)
            if command.declaration.appliesToMarked {
                let changed = effects.contains { if case .changeCases(marked, _) = $0 { true } else { false } }
                let asked = state.prompt?.label.contains("2 cases") == true
                #expect(changed || asked || state.marked.isEmpty, "\(command.rawValue)")
            } else {
                #expect(effects.isEmpty && state.marked == Set(marked), "\(command.rawValue)")
                #expect(state.message?.text == "\(command.rawValue) does not apply to marked cases")
            }
        }
    }
}
