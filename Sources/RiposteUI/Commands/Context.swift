/// A screen of Riposte; each has its own key bindings and help.
public enum Context: String, CaseIterable, Sendable {
    case queue
    case thread
    case editor
    case approvals
    case picker
    case prompt
    case help
    case report
    case dashboard

    /// What the help screen calls it.
    public var title: String {
        switch self {
        case .queue: "Mention queue"
        case .thread: "Thread"
        case .editor: "Reply editor"
        case .approvals: "Approval queue"
        case .picker: "Picker"
        case .prompt: "Prompt"
        case .help: "Help"
        case .report: "Training report"
        case .dashboard: "Dashboard"
        }
    }
}
