import RiposteCore

/// The approval queue: supervisors read each risky reply with its reasons and thread, then approve, edit or reject.
enum ApprovalReview {
    static func show(_ state: inout AppState) -> [Effect] {
        state.approvals = ApprovalsState()
        return [.loadApprovals]
    }

    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard var review = state.approvals else { return [] }
        switch command {
        case .approvalsNext, .approvalsPrevious:
            let next = review.selected + (command == .approvalsNext ? 1 : -1)
            guard review.items.indices.contains(next) else { return [] }
            review.selected = next
            review.scroll = 0
            review.thread = nil
            review.history = nil
            state.approvals = review
            return review.showingDetail ? detailEffects(review.items[next]) : []
        case .approvalOpen:
            guard let current = review.current else { return [] }
            review.showingDetail = true
            review.scroll = 0
            review.history = nil
            state.approvals = review
            return detailEffects(current)
        case .approvalPageDown, .approvalPageUp:
            guard review.showingDetail else { return [] }
            review.scroll = max(0, review.scroll + (command == .approvalPageDown ? 1 : -1) * max(1, state.height - 3))
            state.approvals = review
            return []
        case .approvalApprove, .approvalEdit, .approvalReject:
            guard let current = review.current else {
                state.say("Nothing is waiting for approval", isError: true)
                return []
            }
            guard state.agentRole == .supervisor else {
                state.say("Only a supervisor can approve or reject; \(state.agent) is an agent", isError: true)
                return []
            }
            if current.requestedBy == state.agent {
                guard command == .approvalApprove, state.settings.loneSupervisorSendsOwn else {
                    state.say("Nobody approves their own reply: another supervisor must decide", isError: true)
                    return []
                }
                state.prompt = PromptState(purpose: .ownReason(current.id),
                                           label: "Send without a second supervisor, because")
                return []
            }
            switch command {
            case .approvalApprove: return [.approve(current.id, editedText: nil)]
            case .approvalEdit: EditorLifecycle.editApproval(current, &state)
            default: state.prompt = PromptState(purpose: .rejectReason(current.id),
                                                label: "Reject \(current.requestedBy)'s reply, because")
            }
            return []
        default:
            return []
        }
    }

    /// What the detail of `approval` shows besides the request: its thread, and what happened since it was asked.
    static func detailEffects(_ approval: Approval) -> [Effect] {
        [.loadThread(approval.caseID), .loadApprovalHistory(approval.id, approval.caseID, since: approval.requestedAt)]
    }

    /// Back from the detail to the list, or from the list to where the queue was opened.
    static func close(_ state: inout AppState) {
        if state.approvals?.showingDetail == true {
            state.approvals?.showingDetail = false
            state.approvals?.thread = nil
        } else {
            state.approvals = nil
        }
    }

    static func apply(_ items: [Approval], to state: inout AppState) {
        guard var review = state.approvals else { return }
        let selectedID = review.current?.id
        review.items = items
        review.loaded = true
        review.selected = items.firstIndex { $0.id == selectedID } ?? min(review.selected, max(0, items.count - 1))
        if review.current?.id != selectedID {
            review.showingDetail = false
            review.thread = nil
        }
        state.approvals = review
    }
}
