import RiposteCore

/// The dashboard's figures lead to their cases: j and k choose a figure, Enter opens the queue limited to it (Esc
/// there goes back to the view it narrowed).
enum DashboardDrillDown {
    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard let dashboard = state.dashboard, let figures = dashboard.figures else { return [] }
        let all = DashboardFigure.all(figures)
        guard !all.isEmpty else { return [] }
        let selected = min(dashboard.selected, all.count - 1)
        switch command {
        case .dashboardNext: state.dashboard?.selected = min(selected + 1, all.count - 1)
        case .dashboardPrevious: state.dashboard?.selected = max(selected - 1, 0)
        case .dashboardOpen:
            // A limit typed by the dashboard: always one the filter language reads.
            guard let filter = try? CaseFilter.parse(all[selected].filter) else { return [] }
            state.dashboard = nil
            state.approvals = nil
            return QueueFiltering.show(filter, named: "limit", &state)
        default: break
        }
        return []
    }
}
