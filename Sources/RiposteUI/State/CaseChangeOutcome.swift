import Foundation
import RiposteCore

/// What a change to cases came to, as the store reports it; reduce says it in words.
public enum CaseChangeOutcome: Hashable, Sendable {
    /// The change was made; `undo` puts the cases back as they were.
    case changed([CaseID], CaseChange, undo: CaseUndo?)
    /// An undo was applied.
    case undone(CaseUndo)
    case noteAdded(CaseID)
}

/// A change to cases in words: "Case #4: snoozed until 16:30", "3 cases: tags +vip -spam".
public enum CaseChangeText {
    public static func describe(_ cases: [CaseID], _ change: CaseChange, now: Date, clock: WallClockTime) -> String {
        let what = cases.count == 1 ? "Case \(cases[0])" : "\(cases.count) cases"
        switch change {
        case let .status(status, until):
            return "\(what): \(status.rawValue)" + (until.map { " until \(clock.describe($0, now: now))" } ?? "")
        case let .tags(adding, removing):
            return "\(what): tags " + (adding.map { "+\($0)" } + removing.map { "-\($0)" }).joined(separator: " ")
        case let .assign(assignee):
            return "\(what) assigned to \(assignee ?? "nobody")"
        }
    }

    static func message(_ outcome: CaseChangeOutcome, _ state: AppState) -> String {
        switch outcome {
        case let .changed(cases, change, undo):
            let key = undo == nil ? nil : state.keymap.keys(for: .caseUndo, in: .queue).first
            return describe(cases, change, now: state.now, clock: state.wallClock) + (key.map { " · \($0) undoes" } ?? "")
        case let .undone(undo):
            return "Undone: " + describe(undo.cases, undo.change, now: state.now, clock: state.wallClock)
        case .noteAdded:
            return "Note added: colleagues see it on the case"
        }
    }
}
