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
            state.approvals = review
            return review.showingDetail ? [.loadThread(review.items[next].caseID)] : []
        case .approvalOpen:
            guard let current = review.current else { return [] }
            review.showingDetail = true
            review.scroll = 0
            state.approvals = review
            return [.loadThread(current.caseID)]
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
            guard current.requestedBy != state.agent else {
                state.say("Nobody approves their own reply: another supervisor must decide", isError: true)
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
