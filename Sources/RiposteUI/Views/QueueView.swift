import Foundation
import RiposteCore

/// The mention queue: one row per case, the longest waiting first, told by its customer's first post with its tags
/// before it and whoever spoke last beside it; a mark in the first column for cases marked for a bulk action.
enum QueueView {
    /// A column of the queue; narrow terminals drop the least needed ones first.
    enum Column: CaseIterable {
        case age, priority, network, role, author, reach, snippet, latest, agent, status

        var title: String {
            switch self {
            case .age: "AGE"
            case .priority: "PRIO"
            case .network: "NET"
            case .role: "WHO"
            case .author: "AUTHOR"
            case .reach: "REACH"
            case .snippet: "MENTION"
            case .latest: "LAST"
            case .agent: "AGENT"
            case .status: "STATUS"
            }
        }

        var width: Int {
            switch self {
            case .age: 5
            case .priority: 4
            case .network: 4
            case .role: 3
            case .author: 16
            case .reach: 5
            case .snippet: 0
            case .latest: 10
            case .agent: 9
            case .status: 8
            }
        }
    }

    /// The columns that fit, in screen order, with the mention's snippet taking what is left.
    static func columns(width: Int) -> [(Column, Int)] {
        let minimumSnippet = 16
        var shown = Column.allCases
        for dropped in [Column.reach, .network, .agent, .latest, .priority, .status] {
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
        let right = [scrollCount("↑", above, reachedEdge: queue.reachedTop),
                     scrollCount("↓", below, reachedEdge: queue.reachedBottom)].compactMap { $0 }.joined(separator: " ")
        let marked = state.marked.isEmpty ? "" : " · \(state.marked.count) marked" + (state.bulkPending ? " ;" : "")
        let view = state.filterName == "limit" || state.filterName == "search"
            ? "\(state.filterName): \(state.filter.description)" : state.filterName
        Bars.title("Riposte · Queue: \(view)\(unread(state)) · \(state.agent)" + feedLabel(state.feed) + marked,
                   right: right, theme: theme, into: &screen)

        let columns = columns(width: screen.width)
        var x = 1
        screen.fill(row: 1, style: theme[.header])
        for (column, width) in columns {
            screen.put(DisplayText.fit(DisplayText.singleLine(column.title), width: width), row: 1, column: x,
                       style: theme[.header])
            x += width + 1
        }

        if queue.rows.isEmpty {
            screen.put(queue.loaded ? emptyMessage(state) : "Loading the queue…", row: 3, column: 2, style: theme[.dim])
        }
        for line in 0..<height {
            let index = above + line
            guard index < queue.rows.count else { break }
            row(queue.rows[index], columns: columns, state: state, theme: theme, line: 2 + line, into: &screen)
            if state.marked.contains(queue.rows[index].caseID) {
                screen.put("*", row: 2 + line, column: 0, style: theme[.mark])
            }
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
            case .priority: priority(row.work.priority, theme: theme)
            case .agent: agent(row, state: state, theme: theme)
            case .network: (row.network.shortLabel, base)
            case .role: (row.author.role.badge, theme[ThemeRole(badgeOf: row.author.role)])
            case .author: (row.author.handle, base)
            case .reach: (Formatting.reach(row.author.followers), base)
            case .snippet: (row.snippet, base)
            case .latest: (row.latestAuthor.map { "↳" + $0 } ?? "", theme[.dim])
            case .status: status(row, theme: theme)
            }
            var glyphs = DisplayText.singleLine(text)
            if column == .snippet, !row.work.tags.isEmpty {
                let tags = DisplayText.singleLine(row.work.tags.map { "#" + $0 }.joined(separator: " ")) + [Glyph.space]
                screen.put(DisplayText.fit(tags, width: width), row: line, column: x, style: theme[.tag])
                let used = min(width, DisplayText.width(of: tags))
                glyphs = DisplayText.fit(glyphs, width: width - used)
                screen.put(glyphs, row: line, column: x + used, style: style, placeholderStyle: theme[.placeholder])
            } else {
                screen.put(DisplayText.fit(glyphs, width: width), row: line, column: x, style: style,
                           placeholderStyle: theme[.placeholder])
            }
            x += width + 1
        }
    }

    /// The cases off screen one way: counted exactly when every one of them is held, otherwise only "more", since
    /// the rows held beyond the screen are a prefetch whose size says nothing about the queue.
    static func scrollCount(_ arrow: String, _ held: Int, reachedEdge: Bool) -> String? {
        guard reachedEdge else { return arrow + "more" }
        return held > 0 ? arrow + "\(held)" : nil
    }

    static func priority(_ priority: Priority, theme: Theme) -> (String, Style) {
        switch priority {
        case .urgent: ("URG", theme[.priorityUrgent])
        case .high: ("high", theme[.priorityHigh])
        case .normal: ("", theme[.row])
        case .low: ("low", theme[.dim])
        }
    }

    /// The view bar: the new cases in the view shown, then in each other view that has some.
    static func unread(_ state: AppState) -> String {
        guard let unread = state.unread else { return "" }
        let here = unread.perView[state.filterName].map { $0 > 0 ? " (\(UnreadCounts.label($0)) new)" : "" } ?? ""
        let others = state.settings.views.filter { $0.name != state.filterName }.compactMap { view in
            unread.perView[view.name].flatMap { $0 > 0 ? "\(view.name) \(UnreadCounts.label($0))" : nil }
        }
        // Supervisors decide approvals: how many wait for one is on every queue screen they see.
        let approvals = state.agentRole == .supervisor && unread.approvalsWaiting > 0
            ? " · \(UnreadCounts.label(unread.approvalsWaiting)) awaiting approval" : ""
        return here + (others.isEmpty ? "" : " · " + others.joined(separator: " · ")) + approvals
    }

    /// What an empty queue means: nothing has come in yet, or nothing matches the view, limit or search, with the
    /// keys that leave it.
    static func emptyMessage(_ state: AppState) -> String {
        guard !state.filter.terms.isEmpty else { return "No mentions yet: new ones appear here as they arrive." }
        let shown = ["limit", "search"].contains(state.filterName)
            ? "the \(state.filterName) \(state.filter.description)"
            : "the view \(state.filterName) (\(state.filter.description))"
        let ways = [(Command.viewNext, "shows the next view"), (.queueLimit, "changes the limit (empty for every case)")]
            .compactMap { command, does in state.keymap.keys(for: command, in: .queue).first.map { "\($0) \(does)" } }
        return "No case matches \(shown)" + (ways.isEmpty ? "." : ": " + ways.joined(separator: ", ") + ".")
    }

    /// Who is replying (✎) or, failing that, whom the case is assigned to.
    static func agent(_ row: QueueRow, state: AppState, theme: Theme) -> (String, Style) {
        if let claim = row.work.claim, claim.isHeld(at: state.now) {
            return ("✎" + claim.agent, claim.agent == state.agent ? theme[.row] : theme[.bannerWaiting])
        }
        return (row.work.assignee ?? "", theme[.dim])
    }

    /// The case's status, or where its reply that has not gone out or its approval request stands.
    static func status(_ row: QueueRow, theme: Theme) -> (String, Style) {
        switch row.work.unsentReply {
        case .failed: return ("unsent", theme[.riskHigh])
        case .pending, .sending: return ("sending", theme[.dim])
        case .sent, .withdrawn, nil: break
        }
        return switch row.approval {
        case .pending: ("awaits", theme[.riskMedium])
        case .rejected: ("rejected", theme[.riskHigh])
        case .approved, .superseded, nil: (row.status.rawValue, theme[ThemeRole(statusOf: row.status)])
        }
    }

    /// How long the oldest unanswered mention has waited, coloured by the service level; dim once answered.
    static func age(_ row: QueueRow, state: AppState, theme: Theme) -> (String, Style) {
        guard let waiting = row.waitingSince, row.status.runsServiceClock else {
            return (Formatting.age(state.now.timeIntervalSince(row.key.ageFrom)), theme[.dim])
        }
        let waited = state.now.timeIntervalSince(waiting)
        let role: ThemeRole = switch state.settings.serviceLevels.state(waited: waited, network: row.network,
                                                                         priority: row.work.priority) {
        case .ok: .slaOK
        case .warning: .slaWarning
        case .breached: .slaBreached
        }
        return (Formatting.age(waited), theme[role])
    }

    static func feedLabel(_ feed: FeedStatus?) -> String {
        guard let feed else { return "" }
        guard feed.pending > 0 else { return " · demo \(feed.name)" }
        let pace = feed.paused ? "paused" : "\(Int(feed.speed))×"
        return " · demo \(feed.name) \(pace): \(feed.pending) to come"
    }
}
