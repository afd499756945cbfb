/// A screen of Riposte; each has its own key bindings and help.
public enum Context: String, CaseIterable, Sendable {
    case queue
    case thread
    case editor
    case help

    /// What the help screen calls it.
    public var title: String {
        switch self {
        case .queue: "Mention queue"
        case .thread: "Thread"
        case .editor: "Reply editor"
        case .help: "Help"
        }
    }
}
