import RiposteCore

/// A dashboard figure that leads to its cases: Enter on it opens the queue limited to them.
public enum DashboardFigure: Hashable, Sendable {
    case breached
    case approvalsWaiting
    case status(CaseStatus)
    /// An agent's load: the cases assigned to them.
    case load(String)

    /// The figures in the order the dashboard draws them.
    public static func all(_ figures: TeamFigures) -> [DashboardFigure] {
        [.breached, .approvalsWaiting] + CaseStatus.allCases.map { .status($0) } + figures.agents.map { .load($0.agent) }
    }

    /// The limit that shows the figure's cases, as it would be typed at `l`.
    public var filter: String {
        switch self {
        case .breached: "is:breached"
        case .approvalsWaiting: "is:awaiting"
        case let .status(status): "status:\(status.rawValue)"
        // As the load counts them: assigned, and neither answered nor closed. Agent names need no quoting.
        case let .load(agent): "assignee:\(agent) -status:closed,replied"
        }
    }
}
