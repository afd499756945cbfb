import Foundation
import RiposteCore

/// What an agent does about their own request, and what they learn of it where they work.
enum ApprovalOutcome {
    /// Withdraws the request waiting on the case in front of the agent: the editor's, the thread's, or the queue's
    /// selected one.
    static func withdraw(_ state: inout AppState) -> [Effect] {
        let caseID = state.editor?.caseID ?? state.thread?.caseID ?? state.queue.selected?.caseID
        guard let caseID else {
            state.say("No case to withdraw a request from", isError: true)
            return []
        }
        // The request's text comes back as the draft: an editor holding other words would lose one or the other.
        if let editor = state.editor, !editor.text.isEmpty {
            state.say("Empty the editor first: the request's text comes back here as your draft", isError: true)
            return []
        }
        return [.withdrawRequest(caseID)]
    }

    static func withdrawn(_ caseID: CaseID, text: String, _ state: inout AppState) -> [Effect] {
        if let editor = state.editor, editor.caseID == caseID, editor.text.isEmpty {
            EditorEditing.insert(Array(text), kind: .other, &state)
            state.say("Request withdrawn: its text is back in the editor")
        } else {
            state.say("Request withdrawn: its text is your draft again, r resumes it")
        }
        return [QueueNavigation.reload(state)] + (state.thread.map { [.loadThread($0.caseID)] } ?? [])
    }

    /// The line over a thread that tells its agent what became of their request: waiting, approved (and by whom,
    /// edited or not), rejected with the whole reason, superseded and why.
    static func banner(_ approval: Approval, now: Date) -> (text: String, role: ThemeRole)? {
        let when = Formatting.age(now.timeIntervalSince(approval.decidedAt ?? approval.requestedAt))
        let decider = approval.decidedBy ?? "a supervisor"
        switch approval.state {
        case .pending:
            let asked = Formatting.age(now.timeIntervalSince(approval.requestedAt))
            return ("⧗ Waiting for a supervisor: risk \(approval.riskScore), asked by \(approval.requestedBy) \(asked) ago"
                    + " · W withdraws it", .bannerWaiting)
        case .rejected:
            return ("✗ Rejected by \(decider) \(when) ago: \(approval.note ?? "no reason given") · r reworks the draft",
                    .bannerRejected)
        case .approved where approval.decidedBy == approval.requestedBy:
            return ("✓ Sent by \(decider) without a second supervisor \(when) ago: \(approval.note ?? "")", .bannerWaiting)
        case .approved:
            let edited = approval.sentText == nil ? "" : ", who rewrote it before it went out"
            return ("✓ \(approval.requestedBy)'s reply approved by \(decider)\(edited), \(when) ago", .bannerWaiting)
        case .superseded:
            return ("↷ \(approval.requestedBy)'s request for approval was superseded \(when) ago: "
                    + "\(approval.note ?? "the case moved on")", .bannerWaiting)
        }
    }
}
