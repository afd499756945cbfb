import Foundation
import RiposteCore

/// The mention queue: one row per case, newest activity first.
enum QueueView {
    /// A column of the queue; narrow terminals drop the least needed ones first.
    enum Column: CaseIterable {
        case age, network, role, author, reach, snippet, status

        var title: String {
            switch self {
            case .age: "AGE"
            case .network: "NET"
            case .role: "WHO"
            case .author: "AUTHOR"
            case .reach: "REACH"
            case .snippet: "MENTION"
            case .status: "STATUS"
            }
        }

        var width: Int {
            switch self {
            case .age: 5
            case .network: 4
            case .role: 3
            case .author: 16
            case .reach: 5
            case .snippet: 0
            case .status: 8
            }
        }
    }

    /// The columns that fit, in screen order, with the mention's snippet taking what is left.
    static func columns(width: Int) -> [(Column, Int)] {
        let minimumSnippet = 16
        var shown = Column.allCases
        for dropped in [Column.reach, .network, .status] {
            let fixed = shown.reduce(0) { $0 + $1.width + 1 } + 1
            if width - fixed >= minimumSnippet { break }
            shown.removeAll { $0 == dropped }
        }
        let fixed = shown.reduce(0) { $0 + $1.width + 1 } + 1
        return shown.map { ($0, $0 == .snippet ? max(1, width - fixed) : $0.width) }
    }

    static func render(_ state: AppState, theme: Theme, into screen: inout Screen) {
        let queue = state.queue
        let above = queue.firstVisible
        let height = state.queueListHeight
        let below = max(0, queue.rows.count - above - height)
        // Only the rows held are counted; "+" says the store has more beyond them.
        let right = [
            above > 0 || !queue.reachedTop ? "↑\(above)" + (queue.reachedTop ? "" : "+") : nil,
            below > 0 || !queue.reachedBottom ? "↓\(below)" + (queue.reachedBottom ? "" : "+") : nil,
        ].compactMap { $0 }.joined(separator: " ")
        Bars.title("Riposte · Mention queue · \(state.agent)" + feedLabel(state.feed), right: right, theme: theme,
                   into: &screen)

        let columns = columns(width: screen.width)
        var x = 1
        screen.fill(row: 1, style: theme[.header])
        for (column, width) in columns {
            screen.put(DisplayText.fit(DisplayText.singleLine(column.title), width: width), row: 1, column: x,
                       style: theme[.header])
            x += width + 1
        }

        if queue.rows.isEmpty {
            screen.put(queue.loaded ? "No mentions yet: new ones appear here as they arrive." : "Loading the queue…",
                       row: 3, column: 2, style: theme[.dim])
        }
        for line in 0..<height {
            let index = above + line
            guard index < queue.rows.count else { break }
            row(queue.rows[index], columns: columns, state: state, theme: theme, line: 2 + line, into: &screen)
            if index == queue.selectedIndex { screen.overlay(row: 2 + line, style: theme[.selection]) }
        }
        Bars.status(state, theme: theme, into: &screen)
    }

    static func row(_ row: QueueRow, columns: [(Column, Int)], state: AppState, theme: Theme, line: Int,
                    into screen: inout Screen) {
        let base = row.status == .new ? theme[.row].overlaid(with: theme[.rowNew]) : theme[.row]
        var x = 1
        for (column, width) in columns {
            let (text, style): (String, Style) = switch column {
            case .age: age(row, state: state, theme: theme)
            case .network: (row.network.shortLabel, base)
            case .role: (row.author.role.badge, theme[ThemeRole(badgeOf: row.author.role)])
            case .author: (row.author.handle, base)
            case .reach: (Formatting.reach(row.author.followers), base)
            case .snippet: (row.snippet, base)
            case .status: status(row, theme: theme)
            }
            let glyphs = DisplayText.fit(DisplayText.singleLine(text), width: width)
            screen.put(glyphs, row: line, column: x, style: style, placeholderStyle: theme[.placeholder])
            x += width + 1
        }
    }

    /// The case's status, or where its approval request stands.
    static func status(_ row: QueueRow, theme: Theme) -> (String, Style) {
        switch row.approval {
        case .pending: ("awaits", theme[.riskMedium])
        case .rejected: ("rejected", theme[.riskHigh])
        case .approved, nil: (row.status.rawValue, theme[ThemeRole(statusOf: row.status)])
        }
    }

    /// How long the oldest unanswered mention has waited, coloured by the service level; dim once answered.
    static func age(_ row: QueueRow, state: AppState, theme: Theme) -> (String, Style) {
        guard let waiting = row.waitingSince else {
            return (Formatting.age(state.now.timeIntervalSince(row.key.lastActivity)), theme[.dim])
        }
        let waited = state.now.timeIntervalSince(waiting)
        let role: ThemeRole = switch state.serviceLevel.state(waited: waited, on: row.network) {
        case .ok: .slaOK
        case .warning: .slaWarning
        case .breached: .slaBreached
        }
        return (Formatting.age(waited), theme[role])
    }

    static func feedLabel(_ feed: FeedStatus?) -> String {
        guard let feed else { return "" }
        return feed.pending > 0 ? " · demo \(feed.name): \(feed.pending) to come" : " · demo \(feed.name)"
    }
}
