import Foundation
import RiposteCore

/// The supervisor's picture at a glance: mentions per minute over the last hour, first responses, what waits and
/// who carries it. Redrawn as the figures refresh.
enum DashboardView {
    static func render(_ state: AppState, theme: Theme, into screen: inout Screen) {
        Bars.title("Riposte · Dashboard · last hour", right: state.agent, theme: theme, into: &screen)
        defer { Bars.status(state, theme: theme, into: &screen) }
        guard let figures = state.dashboard?.figures else {
            screen.put("Reading the store…", row: 2, column: 2, style: theme[.dim])
            return
        }
        var row = 2
        let width = screen.width - 4
        let total = figures.volumePerMinute.reduce(0, +)
        let peak = figures.volumePerMinute.max() ?? 0
        screen.put("Mentions per minute: \(total) in the hour, peak \(peak) a minute", row: row, column: 2,
                   style: theme[.header])
        row += 1
        let chartHeight = max(2, min(6, (screen.height - 14) / 2))
        for line in BlockChart.columns(figures.volumePerMinute, width: min(width, 60), height: chartHeight) {
            screen.put(line, row: row, column: 2, style: theme[.author])
            row += 1
        }
        screen.put("60 min ago" + String(repeating: " ", count: max(1, min(width, 60) - 13)) + "now", row: row,
                   column: 2, style: theme[.dim])
        row += 2

        let median = figures.medianFirstResponse.map { WrittenDuration.format($0.rounded()) } ?? "none yet"
        let p90 = figures.p90FirstResponse.map { ", 9 in 10 within \(WrittenDuration.format($0.rounded()))" } ?? ""
        screen.put("First response: median \(median)\(p90) (\(figures.firstResponses.count) answered)", row: row,
                   column: 2, style: theme[.row])
        row += 1
        // Where each figure that leads to cases was drawn, to mark the one Enter opens.
        var rows: [DashboardFigure: Int] = [:]
        var x = screen.put("SLA breached: ", row: row, column: 2, style: theme[.row])
        screen.put("\(figures.breached)", row: row, column: x,
                   style: figures.breached > 0 ? theme[.slaBreached] : theme[.row])
        rows[.breached] = row
        row += 1
        x = screen.put("Approvals waiting: ", row: row, column: 2, style: theme[.row])
        screen.put("\(figures.approvalsWaiting)", row: row, column: x,
                   style: figures.approvalsWaiting > 0 ? theme[.bannerWaiting] : theme[.row])
        rows[.approvalsWaiting] = row
        row += 2

        let counts = CaseStatus.allCases.map { ($0.rawValue, figures.backlog[$0] ?? 0) }
        let backlog = bars("Backlog by status", counts, from: row, theme: theme, into: &screen)
        for (status, line) in zip(CaseStatus.allCases, backlog.rows) { rows[.status(status)] = line }
        row = backlog.next + 1
        let load = figures.agents.map { ($0.agent, $0.assigned + $0.claimed) }
        if row < screen.height - 2 {
            let drawn = bars("Load: open cases assigned or claimed", load, from: row, theme: theme, into: &screen) { name in
                guard let agent = figures.agents.first(where: { $0.agent == name }) else { return "" }
                let decided = agent.decided > 0 ? ", \(agent.decided) approvals decided" : ""
                return "  \(agent.claimed) claimed, \(agent.replies) replies this hour\(decided)"
            }
            for (agent, line) in zip(figures.agents, drawn.rows) { rows[.load(agent.agent)] = line }
        }
        let all = DashboardFigure.all(figures)
        if let dashboard = state.dashboard, all.indices.contains(dashboard.selected),
           let line = rows[all[dashboard.selected]] {
            screen.overlay(row: line, style: theme[.selection])
        }
    }

    /// A heading and a bar a line for each name, as many as fit; returns the rows drawn and the next free row.
    static func bars(_ heading: String, _ counts: [(String, Int)], from start: Int, theme: Theme,
                     into screen: inout Screen, detail: (String) -> String = { _ in "" }) -> (rows: [Int], next: Int) {
        var row = start, drawn: [Int] = []
        screen.put(heading, row: row, column: 2, style: theme[.header])
        row += 1
        if counts.isEmpty {
            screen.put("nobody", row: row, column: 4, style: theme[.dim])
            return ([], row + 1)
        }
        let nameWidth = min(16, counts.map { DisplayText.width(of: $0.0) }.max() ?? 0)
        let peak = counts.map(\.1).max() ?? 0
        let barWidth = max(4, min(30, screen.width - nameWidth - 40))
        for (name, count) in counts where row < screen.height - 2 {
            var x = screen.put(DisplayText.fit(DisplayText.glyphs(name), width: nameWidth), row: row, column: 4,
                               style: theme[.author])
            x = screen.put(BlockChart.bar(count, peak: peak, width: barWidth), row: row, column: x + 1,
                           style: theme[.priorityHigh])
            screen.put(" \(count)" + detail(name), row: row, column: max(x, 4 + nameWidth + 1), style: theme[.row])
            drawn.append(row)
            row += 1
        }
        return (drawn, row)
    }
}
