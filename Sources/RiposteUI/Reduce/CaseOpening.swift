import Foundation
import RiposteCore

/// Opening a case's thread: the selected row's, or any case by its number (`:open 123`, `J`).
enum CaseOpening {
    static func openSelected(_ state: inout AppState) -> [Effect] {
        guard let row = state.queue.selected else {
            state.say("The queue is empty", isError: true)
            return []
        }
        state.thread = ThreadState(caseID: row.caseID)
        // Only a new case changes when opened: no write, and no round trip to a shared server, for the others.
        return (row.status == .new ? [.openCase(row.caseID)] : []) + [.loadThread(row.caseID)]
    }

    /// A case found by number may be outside the queue's view; the store opens it only if it is new.
    static func open(_ caseID: CaseID, _ state: inout AppState) -> [Effect] {
        state.thread = ThreadState(caseID: caseID)
        return [.openCase(caseID), .loadThread(caseID)]
    }

    /// `123` or `#123`, as the thread's title shows it.
    static func caseNumber(_ text: String) -> CaseID? {
        let digits = text.trimmingCharacters(in: .whitespaces).drop { $0 == "#" }
        guard let number = Int64(digits), number > 0 else { return nil }
        return CaseID(number)
    }
}
