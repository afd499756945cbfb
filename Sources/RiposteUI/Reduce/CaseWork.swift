import Foundation
import RiposteCore

/// The team's work on cases from the queue and the thread: claiming to reply, status, snooze, tags, assignment,
/// notes, and marking cases to act on many at once (mutt's tag and `;`).
enum CaseWorkCommands {
    /// The cases a command acts on: the marked ones after `;`, else the open case in a thread, else the selected row.
    static func targets(_ state: AppState) -> [CaseID] {
        if state.bulkPending { return state.marked.sorted() }
        if state.context == .thread, let thread = state.thread { return [thread.caseID] }
        return state.queue.selected.map { [$0.caseID] } ?? []
    }

    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        let cases = targets(state)
        let bulk = state.bulkPending
        state.bulkPending = false
        guard !cases.isEmpty else {
            state.say(bulk ? "No case is marked: t marks the selected one" : "No case is selected", isError: true)
            return []
        }
        switch command {
        case .caseClose: return [.changeCases(cases, .status(.closed, snoozedUntil: nil))]
        case .caseWaiting: return [.changeCases(cases, .status(.waiting, snoozedUntil: nil))]
        case .caseReopen: return [.changeCases(cases, .status(.open, snoozedUntil: nil))]
        case .caseSnooze:
            state.prompt = PromptState(purpose: .snooze(cases), label: "Snooze \(count(cases)) for (30m, 2h, 1d)")
        case .caseTag:
            state.prompt = PromptState(purpose: .tags(cases), label: "Tags for \(count(cases)) (-tag removes)")
        case .caseAssign:
            state.prompt = PromptState(purpose: .assign(cases), label: "Assign \(count(cases)) to (me, a name, none)")
        case .caseMark:
            if bulk {
                state.marked = []
                state.say("Marks cleared")
                return []
            }
            state.marked.formSymmetricDifference(cases)
            // As in mutt, marking moves on, so a run of cases is marked with t t t.
            return QueueNavigation.run(.queueNext, &state)
        case .caseNote:
            guard cases.count == 1, let caseID = cases.first else {
                state.say("A note is written on one case at a time", isError: true)
                return []
            }
            state.editor = EditorState.note(on: caseID)
        case .caseTakeOver:
            guard !bulk, let caseID = cases.first else {
                state.say("Take over one case at a time", isError: true)
                return []
            }
            return [.claim(caseID, takeOver: true)]
        default:
            state.say("\(command.rawValue) does not apply to marked cases", isError: true)
        }
        return []
    }

    static func count(_ cases: [CaseID]) -> String {
        cases.count == 1 ? "the case" : "\(cases.count) cases"
    }

    /// `;`: the next command applies to every marked case.
    static func startBulk(_ state: inout AppState) {
        guard !state.marked.isEmpty else {
            state.say("No case is marked: t marks the selected one", isError: true)
            return
        }
        state.bulkPending = true
        state.say("Next command applies to \(state.marked.count) marked cases")
    }

    /// `r`: the agent claims the case before writing; a colleague holding it is named, and `T` takes it over.
    /// The editor opens at once, so that what is typed next is text whatever the store does; the claim is asked for
    /// meanwhile, and sending waits for it.
    static func compose(_ state: inout AppState) -> [Effect] {
        guard let caseID = state.thread?.caseID else { return [] }
        if let claim = state.thread?.thread?.work.claim, claim.agent != state.agent, claim.isHeld(at: state.now) {
            // Known held by a colleague: the store is asked, and says so, without an editor opened in vain.
            return [.claim(caseID, takeOver: false)]
        }
        let effects = EditorLifecycle.compose(&state)
        guard state.editor?.caseID == caseID else { return effects }
        state.editor?.claimPending = true
        return effects + [.claim(caseID, takeOver: false)]
    }

    /// Send and request-approval need the claim: asked for (again) first when the editor does not hold it.
    static func awaitingClaim(_ command: Command, _ state: inout AppState) -> [Effect]? {
        guard let editor = state.editor, case .reply = editor.purpose, editor.claimExpires == nil else { return nil }
        state.editor?.afterClaim = command
        state.say("Waiting for the case to be yours: it goes as soon as it is")
        guard !editor.claimPending else { return [] }
        state.editor?.claimPending = true
        return [.claim(editor.caseID, takeOver: false)]
    }

    static func claimFailed(_ caseID: CaseID, reason trouble: StoreTrouble, _ state: inout AppState) {
        let reason = EffectFailureText.describe(trouble)
        guard let editor = state.editor, editor.caseID == caseID, case .reply = editor.purpose else {
            state.say("Could not claim case \(caseID) (\(reason))", isError: true)
            return
        }
        state.editor?.claimPending = false
        let send = state.keymap.keys(for: editor.afterClaim ?? .replySend, in: .editor).first.map { "; \($0) tries again" }
        state.editor?.afterClaim = nil
        state.say("Could not claim case \(caseID) (\(reason)): your text is kept\(send ?? "")", isError: true)
    }

    static func claimed(_ caseID: CaseID, _ outcome: ClaimOutcome, takeOver: Bool, _ state: inout AppState) -> [Effect] {
        // The editor that asked was left before the answer came: the release it asked for follows this claim.
        if state.claimsLeftPending.remove(caseID) != nil, state.editor?.caseID != caseID { return [] }
        switch outcome {
        case let .heldBy(claim):
            if let editor = state.editor, editor.caseID == caseID, case .reply = editor.purpose {
                state.editor?.claimPending = false
                state.editor?.afterClaim = nil
                let keys = state.keymap.keys(for: .caseTakeOver, in: .thread).first.map { ", then \($0) takes it over" }
                state.say("\(claim.agent) is replying on this case: your text is kept; Esc keeps it as a draft"
                          + (keys ?? ""), isError: true)
                return []
            }
            let keys = state.keymap.keys(for: .caseTakeOver, in: state.context).first.map { "; \($0) takes it over" } ?? ""
            state.say("\(claim.agent) is replying on this case\(keys)", isError: true)
            return [.loadThread(caseID)]
        case let .granted(claim):
            if let editor = state.editor, editor.caseID == caseID, case .reply = editor.purpose {
                state.editor?.claimPending = false
                state.editor?.claimExpires = claim.expires
                state.editor?.afterClaim = nil
                if takeOver { state.say("You took the case over") }
                switch editor.afterClaim {
                case .replySend: return EditorLifecycle.send(&state)
                case .replyRequestApproval: return EditorLifecycle.requestApproval(&state)
                default: return []
                }
            }
            if state.thread?.caseID != caseID {
                // Taken over from the queue: open the case first.
                state.thread = ThreadState(caseID: caseID)
                return [.openCase(caseID), .loadThread(caseID), .claim(caseID, takeOver: false)]
            }
            let effects = EditorLifecycle.compose(&state)
            state.editor?.claimExpires = claim.expires
            if takeOver { state.say("You took the case over") }
            return effects
        }
    }

    /// Keeps the claim alive while the editor is open: renewed when half the lease has gone.
    static func renew(_ state: inout AppState) -> [Effect] {
        guard let editor = state.editor, case .reply = editor.purpose, let expires = editor.claimExpires,
              expires.timeIntervalSince(state.now) < state.settings.claimLease / 2 else { return [] }
        state.editor?.claimExpires = state.now.addingTimeInterval(state.settings.claimLease)
        return [.renewClaim(editor.caseID)]
    }

    static func answer(_ prompt: PromptState, text: String, _ state: inout AppState) -> [Effect] {
        switch prompt.purpose {
        case let .snooze(cases):
            guard let interval = try? WrittenDuration.parse(text), interval > 0 else {
                state.prompt?.hint = "write how long, like 30m, 2h or 1d"
                return []
            }
            state.prompt = nil
            return [.changeCases(cases, .status(.snoozed, snoozedUntil: state.now.addingTimeInterval(interval)))]
        case let .tags(cases):
            let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
            let removing = words.filter { $0.hasPrefix("-") }.map { String($0.dropFirst()) }.filter { !$0.isEmpty }
            let adding = words.filter { !$0.hasPrefix("-") }
            guard !(adding + removing).isEmpty else {
                state.prompt?.hint = "write tags like billing vip, or -vip to remove one"
                return []
            }
            state.prompt = nil
            return [.changeCases(cases, .tags(adding: adding, removing: removing))]
        case let .assign(cases):
            state.prompt = nil
            let name = text.trimmingCharacters(in: .whitespaces)
            return [.changeCases(cases, .assign(name == "none" || name.isEmpty ? nil : name == "me" ? state.agent : name))]
        default:
            return []
        }
    }
}
