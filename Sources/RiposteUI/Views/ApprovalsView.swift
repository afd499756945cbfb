import Foundation
import RiposteCore

/// The approval queue: the list of waiting replies, or one of them in full with its reasons and its thread.
enum ApprovalsView {
    static func render(_ state: AppState, theme: Theme, into screen: inout Screen) {
        guard let review = state.approvals else { return }
        if review.showingDetail, let current = review.current {
            detail(current, review: review, state: state, theme: theme, into: &screen)
        } else {
            list(review, state: state, theme: theme, into: &screen)
        }
        Bars.status(state, theme: theme, into: &screen)
    }

    static func list(_ review: ApprovalsState, state: AppState, theme: Theme, into screen: inout Screen) {
        let waiting = review.items.count == 1 ? "1 reply waiting" : "\(review.items.count) replies waiting"
        Bars.title("Riposte · Approval queue · \(waiting)", right: state.agentRole == .supervisor ? "supervisor \(state.agent)"
                   : "\(state.agent) (agent: view only)", theme: theme, into: &screen)
        let columns: [(String, Int)] = [("AGE", 5), ("RISK", 4), ("AGENT", 10), ("ANSWERING", 16),
                                        ("REPLY", max(8, screen.width - 41))]
        var x = 1
        screen.fill(row: 1, style: theme[.header])
        for (title, width) in columns {
            screen.put(DisplayText.fit(DisplayText.glyphs(title), width: width), row: 1, column: x, style: theme[.header])
            x += width + 1
        }
        if review.items.isEmpty {
            screen.put(review.loaded ? "Nothing is waiting for approval." : "Loading…", row: 3, column: 2,
                       style: theme[.dim])
        }
        // Every supervisor sees what a lone supervisor sent without a second one, and why.
        let own = review.ownApprovals.prefix(3)
        if !own.isEmpty, screen.height > 8 + own.count {
            var row = screen.height - 2 - own.count
            screen.put("Sent without a second supervisor:", row: row, column: 1, style: theme[.header])
            for approval in own {
                row += 1
                let when = Formatting.age(state.now.timeIntervalSince(approval.decidedAt ?? approval.requestedAt))
                let text = "\(when) ago \(approval.requestedBy), case \(approval.caseID): \(approval.note ?? "")"
                screen.put(DisplayText.truncate(DisplayText.singleLine(text), width: screen.width - 3), row: row,
                           column: 2, style: theme[.bannerWaiting], placeholderStyle: theme[.placeholder])
            }
        }
        let height = max(1, screen.height - 3 - (own.isEmpty ? 0 : own.count + 1))
        let first = max(0, review.selected - height + 1)
        for (offset, approval) in review.items.dropFirst(first).prefix(height).enumerated() {
            let row = 2 + offset
            let cells: [(String, Style)] = [
                (Formatting.age(state.now.timeIntervalSince(approval.requestedAt)), theme[.row]),
                ("\(approval.riskScore)", theme[riskRole(approval.riskScore, state)]),
                (approval.requestedBy, theme[.row]),
                (approval.inReplyTo.author.handle, theme[.author]),
                (approval.text, theme[.row]),
            ]
            x = 1
            for ((text, style), (_, width)) in zip(cells, columns) {
                screen.put(DisplayText.fit(DisplayText.singleLine(text), width: width), row: row, column: x,
                           style: style, placeholderStyle: theme[.placeholder])
                x += width + 1
            }
            if first + offset == review.selected { screen.overlay(row: row, style: theme[.selection]) }
        }
    }

    static func detail(_ approval: Approval, review: ApprovalsState, state: AppState, theme: Theme,
                       into screen: inout Screen) {
        Bars.title("Riposte · Approval \(review.selected + 1) of \(review.items.count) · case \(approval.caseID)",
                   right: "risk \(approval.riskScore)", theme: theme, into: &screen)
        var lines: [(column: Int, glyphs: [Glyph], style: Style)] = []
        func add(_ text: String, _ style: Style, column: Int = 1) {
            for line in DisplayText.wrap(text, width: max(1, screen.width - column - 1)) {
                lines.append((column, line, style))
            }
        }
        let voice = approval.voice.flatMap { id in state.voices.first { $0.id == id }?.name } ?? approval.voice
        add("Asked by \(approval.requestedBy) \(Formatting.age(state.now.timeIntervalSince(approval.requestedAt))) ago"
            + (voice.map { " · voice \($0)" } ?? "") + " · risk \(approval.riskScore) of \(state.riskRules.threshold) allowed",
            theme[riskRole(approval.riskScore, state)])
        for reason in approval.riskReasons { add(reason, theme[.editorRisk], column: 3) }
        lines.append((0, [], theme[.row]))
        switch review.history {
        case nil:
            add("Since it was asked: …", theme[.dim])
        case let entries? where entries.isEmpty:
            add("Since it was asked: nothing else has happened on the case.", theme[.dim])
        case let entries?:
            add("Since it was asked:", theme[.header])
            for entry in entries.suffix(8) {
                let when = Formatting.age(state.now.timeIntervalSince(entry.at))
                add("\(when) ago \(entry.agent) \(entry.action): \(entry.detail)", theme[.row], column: 3)
            }
        }
        lines.append((0, [], theme[.row]))
        add("Reply to \(approval.inReplyTo.author.handle):", theme[.header])
        for line in DisplayText.wrap(approval.text, width: max(1, screen.width - 4)) {
            lines.append((1, DisplayText.glyphs("┃ ") + line, theme[.ourReply]))
        }
        lines.append((0, [], theme[.row]))
        add("The thread:", theme[.header])
        let visible = max(1, screen.height - 2)
        for (offset, line) in lines.dropFirst(review.scroll).prefix(visible).enumerated() {
            screen.put(line.glyphs, row: 1 + offset, column: line.column, style: line.style,
                       placeholderStyle: theme[.placeholder])
        }
        // The thread follows the request's lines, scrolling with them, the answered post selected.
        let threadStart = lines.count - review.scroll
        guard let thread = review.thread else {
            screen.put("Loading…", row: 1 + threadStart, column: 1, style: theme[.dim])
            return
        }
        let layout = ThreadLayout(thread: thread, width: screen.width, now: state.now)
        let top = 1 + max(0, threadStart)
        guard top < screen.height - 1 else { return }
        ThreadView.draw(layout, from: max(0, -threadStart), rows: top..<(screen.height - 1),
                        selected: layout.nodes.firstIndex { $0.post.id == approval.inReplyTo.id }, theme: theme,
                        into: &screen)
    }

    static func riskRole(_ score: Int, _ state: AppState) -> ThemeRole {
        score >= state.riskRules.threshold ? .riskHigh : score * 2 >= state.riskRules.threshold ? .riskMedium : .riskLow
    }
}
