import Foundation
import RiposteCore

/// Opening the editor, keeping the draft, and what leaves it: a sent reply, a request for approval, a discard.
enum EditorLifecycle {
    static func compose(_ state: inout AppState) -> [Effect] {
        guard let view = state.thread, let thread = view.thread, let selected = view.selectedPost else {
            state.say("The thread is still loading", isError: true)
            return []
        }
        let draft = thread.draft
        var editor = EditorState(caseID: thread.caseID, inReplyTo: draft?.inReplyTo ?? selected,
                                 network: thread.network, text: draft?.text ?? "", cursor: draft?.cursor)
        editor.parent = thread.posts.first { $0.id == editor.inReplyTo }
        editor.brand = thread.brand
        editor.rivals = Array(Set(thread.posts.filter { $0.author.role == .rival }.flatMap {
            [$0.author.handle, $0.author.name]
        })).sorted()
        let rejected = thread.approval.flatMap { $0.state == .rejected && draft != nil ? $0 : nil }
        // A rejected draft comes back in the voice it was written in, to be reworked, not restyled.
        editor.voiceID = rejected?.voice.flatMap { voice in state.voices.first { $0.id == voice }?.id }
            ?? state.voices.first?.id
        state.editor = EditorEditing.scrolled(editor, in: state)
        EditorRisk.assess(&state)
        if let rejected {
            state.say("Rejected by \(rejected.decidedBy ?? "a supervisor"): \(rejected.note ?? "no reason given")",
                      isError: true)
        } else if draft != nil {
            state.say("Your draft is back")
        }
        return []
    }

    /// A supervisor's change to a request before approving it.
    static func editApproval(_ approval: Approval, _ state: inout AppState) {
        var editor = EditorState(caseID: approval.caseID, inReplyTo: approval.inReplyTo.id,
                                 network: approval.inReplyTo.author.network, text: approval.text)
        editor.purpose = .approvalEdit(approval.id)
        editor.parent = approval.inReplyTo
        editor.voiceID = approval.voice ?? state.voices.first?.id
        state.editor = EditorEditing.scrolled(editor, in: state)
        EditorRisk.assess(&state)
    }

    /// The reply goes out, or to a supervisor when its risk is at or above the threshold; a note is saved.
    static func send(_ state: inout AppState) -> [Effect] {
        guard let editor = state.editor else { return [] }
        if case .note = editor.purpose {
            guard !editor.text.allSatisfy(\.isWhitespace) else {
                state.say("The note is empty", isError: true)
                return []
            }
            state.editor = nil
            return [.addNote(editor.caseID, text: editor.string)]
        }
        guard let text = sendable(editor, &state) else { return [] }
        if case let .approvalEdit(id) = editor.purpose {
            return [.approve(id, editedText: text)]
        }
        if EditorRisk.needsApproval(editor, state) {
            state.say("Risk \(editor.assessment.score) is at or over \(state.riskRules.threshold): sent to a supervisor "
                      + "for approval instead")
            return [.requestApproval(outgoing(editor, text))]
        }
        return [.sendReply(outgoing(editor, text))]
    }

    static func requestApproval(_ state: inout AppState) -> [Effect] {
        guard let editor = state.editor else { return [] }
        if case .approvalEdit = editor.purpose {
            state.say("This is already a request: Send approves it", isError: true)
            return []
        }
        guard let text = sendable(editor, &state) else { return [] }
        return [.requestApproval(outgoing(editor, text))]
    }

    static func outgoing(_ editor: EditorState, _ text: String) -> OutgoingReply {
        OutgoingReply(caseID: editor.caseID, inReplyTo: editor.inReplyTo, text: text, voice: editor.voiceID,
                        riskScore: editor.assessment.score,
                        riskReasons: editor.assessment.reasons.map { "+\($0.points) \($0.message)" })
    }

    /// The text, if the network would take it; otherwise says why not.
    static func sendable(_ editor: EditorState, _ state: inout AppState) -> String? {
        let text = editor.string
        guard !text.allSatisfy(\.isWhitespace) else {
            state.say("Nothing to send yet", isError: true)
            return nil
        }
        let report = ReplyLength.measure(text, on: editor.network)
        guard report.isValid else {
            let over = report.length - report.limit
            state.say(over > 0
                      ? "Too long for \(editor.network.label): \(report.length)/\(report.limit), \(over) over"
                      : "\(editor.network.label) would refuse this text", isError: true)
            return nil
        }
        return text
    }

    static func leave(_ state: inout AppState) -> [Effect] {
        guard let editor = state.editor else { return [] }
        state.editor = nil
        switch editor.purpose {
        case .approvalEdit:
            state.say("Left the request as it was")
            return []
        case .note:
            state.say("Note not saved: Ctrl-S saves a note", isError: !editor.text.isEmpty)
            return []
        case .reply:
            // Leaving the editor lets the case go, so that a colleague can pick it up. A claim still being asked
            // for is let go too when it comes: its answer must not open the editor again.
            if editor.claimPending { state.claimsLeftPending.insert(editor.caseID) }
            if editor.text.isEmpty {
                StoreRefusals.forget(editor.caseID, &state)
                return [.deleteDraft(editor.caseID), .releaseClaim(editor.caseID), .loadThread(editor.caseID)]
            }
            state.say("Draft kept; r on this case resumes it")
            return [.saveDraft(editor.draft), .releaseClaim(editor.caseID), .loadThread(editor.caseID)]
        }
    }

    static func askToDiscard(_ state: inout AppState) {
        guard let editor = state.editor else { return }
        if editor.text.isEmpty, case .reply = editor.purpose {
            state.editor = nil
            return
        }
        state.prompt = PromptState(purpose: .confirmDiscard, label: "Discard this draft? (y/n)")
    }

    static func discard(_ state: inout AppState) -> [Effect] {
        guard let editor = state.editor else { return [] }
        state.editor = nil
        StoreRefusals.forget(editor.caseID, &state)
        state.say("Draft discarded")
        guard case .reply = editor.purpose else { return [] }
        return [.deleteDraft(editor.caseID), .releaseClaim(editor.caseID), .loadThread(editor.caseID)]
    }

    /// Saves the draft at most once a second while the agent types, so a killed process loses at most a second.
    static func autosave(_ state: inout AppState) -> [Effect] {
        guard var editor = state.editor, editor.unsaved, case .reply = editor.purpose else { return [] }
        if let saved = editor.lastSaved, state.now.timeIntervalSince(saved) < 1 { return [] }
        editor.unsaved = false
        editor.lastSaved = state.now
        state.editor = editor
        return [editor.text.isEmpty ? .deleteDraft(editor.caseID) : .saveDraft(editor.draft)]
    }
}
