import RiposteCore

/// A case's whole conversation as a reply tree, each party's role at a glance, our replies marked.
enum ThreadView {
    static func render(_ state: AppState, theme: Theme, into screen: inout Screen) {
        guard let view = state.thread else { return }
        guard let thread = view.thread, let layout = ThreadNavigation.layout(state) else {
            Bars.title("Riposte · Case \(view.caseID)", theme: theme, into: &screen)
            screen.put("Loading the thread…", row: 2, column: 2, style: theme[.dim])
            Bars.status(state, theme: theme, into: &screen)
            return
        }
        let draftMark = thread.draft == nil ? "" : " · draft waiting"
        Bars.title("Riposte · Case \(thread.caseID) · \(thread.network.label) · \(thread.status.rawValue)" + draftMark,
                   right: thread.posts.count == 1 ? "1 post" : "\(thread.posts.count) posts", theme: theme, into: &screen)
        var top = 1
        if let banner = banner(thread, state: state) {
            screen.fill(row: 1, style: theme[banner.role])
            screen.put(DisplayText.truncate([Glyph.space] + DisplayText.singleLine(banner.text), width: screen.width),
                       row: 1, column: 0, style: theme[banner.role])
            top = 2
        }
        let selected = layout.nodes.firstIndex { $0.post.id == view.selectedPost }
        draw(layout, from: view.scroll, rows: top..<(top + state.threadHeight), selected: selected, theme: theme,
             into: &screen)
        let end = min(layout.lines.count, view.scroll + state.threadHeight)
        let position = layout.lines.isEmpty ? "" : "\(end * 100 / layout.lines.count)%"
        Bars.status(state, theme: theme, into: &screen, right: DisplayText.glyphs(position))
    }

    /// The line over the thread when something is going on: a colleague replying, an approval waiting or turned
    /// down.
    static func banner(_ thread: CaseThread, state: AppState) -> (text: String, role: ThemeRole)? {
        if let claim = thread.work.claim, claim.agent != state.agent, claim.isHeld(at: state.now) {
            return ("✎ \(claim.agent) is replying on this case", .bannerWaiting)
        }
        guard let approval = thread.approval else { return nil }
        let asked = Formatting.age(state.now.timeIntervalSince(approval.requestedAt))
        switch approval.state {
        case .pending:
            return ("⧗ Waiting for a supervisor: risk \(approval.riskScore), asked by \(approval.requestedBy) \(asked) ago",
                    .bannerWaiting)
        case .rejected:
            return ("✗ Rejected by \(approval.decidedBy ?? "a supervisor"): \(approval.note ?? "no reason given")"
                    + " · r reworks the draft", .bannerRejected)
        case .approved, .superseded:
            return nil
        }
    }

    /// Draws thread lines from `first` into the screen rows given, highlighting the selected post's header.
    static func draw(_ layout: ThreadLayout, from first: Int, rows: Range<Int>, selected: Int?, theme: Theme,
                     into screen: inout Screen) {
        for (offset, row) in rows.enumerated() {
            let index = first + offset
            guard index < layout.lines.count else { break }
            let line = layout.lines[index]
            var x = line.column
            for span in line.spans {
                x = screen.put(span.glyphs, row: row, column: x, style: theme[span.role],
                               placeholderStyle: theme[.placeholder])
            }
            if line.isHeader, line.nodeIndex == selected {
                screen.overlay(row: row, from: line.column, style: theme[.postSelected])
            }
        }
    }
}
