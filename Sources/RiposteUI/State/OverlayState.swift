import RiposteCore

/// A short list to choose from, over the screen: a voice, a template.
public struct PickerState: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        case voice
        case template
        case view
    }

    public struct Item: Hashable, Sendable {
        public var id: String
        public var title: String
        /// Shown under the list for the selected item: a voice's guidance, a template's filled text.
        public var detail: String
    }

    public var purpose: Purpose
    public var title: String
    public var items: [Item]
    public var selected = 0

    public init(purpose: Purpose, title: String, items: [Item], selected: Int = 0) {
        self.purpose = purpose
        self.title = title
        self.items = items
        self.selected = min(max(0, selected), max(0, items.count - 1))
    }
}

/// A line of input at the bottom of the screen: a question to confirm, or a reason to type.
public struct PromptState: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        /// y confirms, n or Esc cancels.
        case confirmDiscard
        /// Quitting with drafts the store does not have.
        case confirmQuit
        case rejectReason(ApprovalID)
        /// Why the team's only supervisor sends their own risky reply.
        case ownReason(ApprovalID)
        case snooze([CaseID])
        case tags([CaseID])
        case assign([CaseID])
        case limit
        case search
        /// A case's number, to open it.
        case goTo
        /// `:` — a command by name, run on the screen the prompt was opened over.
        case command
    }

    public var purpose: Purpose
    public var label: String
    public var text: [Character] = []
    /// Where typing goes, as an index into `text`.
    public var cursor = 0
    /// Why the last answer was not taken, shown until something is typed.
    public var hint: String?
    /// Where Up and Down are in the command history: nil when on the line being typed.
    public var historyIndex: Int?

    public init(purpose: Purpose, label: String, text: String = "") {
        self.purpose = purpose
        self.label = label
        self.text = Array(text)
        cursor = self.text.count
    }

    /// Answered with a single y or n rather than typed text.
    public var isYesNo: Bool { purpose == .confirmDiscard || purpose == .confirmQuit }
}

/// The replies waiting for a supervisor, and the one being looked at.
public struct ApprovalsState: Hashable, Sendable {
    public var items: [Approval] = []
    public var selected = 0
    /// Showing the selected request in full (its reasons, the reply and its thread) rather than the list.
    public var showingDetail = false
    public var scroll = 0
    /// The selected request's case, for the detail.
    public var thread: CaseThread?
    /// What happened on the selected request's case since it was asked.
    public var history: [AuditEntry]?
    /// Replies supervisors sent without a second supervisor, newest first.
    public var ownApprovals: [Approval] = []
    public var loaded = false

    public init() {}

    public var current: Approval? {
        items.indices.contains(selected) ? items[selected] : nil
    }
}
