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
        let tags = thread.work.tags.isEmpty ? "" : " · " + thread.work.tags.map { "#" + $0 }.joined(separator: " ")
        Bars.title("Riposte · Case \(thread.caseID) · \(thread.network.label) · \(thread.status.rawValue)" + tags
                   + draftMark,
                   right: thread.posts.count == 1 ? "1 post" : "\(thread.posts.count) posts", theme: theme, into: &screen)
        var top = 1
        if let banner = banner(thread, state: state) {
            for line in bannerLines(banner.text, width: screen.width) {
                screen.fill(row: top, style: theme[banner.role])
                screen.put([Glyph.space] + line, row: top, column: 0, style: theme[banner.role],
                           placeholderStyle: theme[.placeholder])
                top += 1
            }
        }
        let selected = layout.nodes.firstIndex { $0.post.id == view.selectedPost }
        draw(layout, from: view.scroll, rows: top..<(top + state.threadHeight), selected: selected, theme: theme,
             into: &screen)
        let end = min(layout.lines.count, view.scroll + state.threadHeight)
        let position = layout.lines.isEmpty ? "" : "\(end * 100 / layout.lines.count)%"
        let link = selected.flatMap { layout.nodes[$0].post.link }.map { $0 + "  " } ?? ""
        Bars.status(state, theme: theme, into: &screen, right: DisplayText.glyphs(link + position))
    }

    /// The lines over the thread when something is going on: a colleague replying, or what became of the case's
    /// latest request for approval.
    static func banner(_ thread: CaseThread, state: AppState) -> (text: String, role: ThemeRole)? {
        if let claim = thread.work.claim, claim.agent != state.agent, claim.isHeld(at: state.now) {
            return ("✎ \(claim.agent) is replying on this case", .bannerWaiting)
        }
        guard let approval = thread.approval else { return nil }
        // Once a reply of ours has gone out since, a rejection or an approval is history. An approved reply goes
        // out at the moment it is approved, so only a later one counts for it; a superseded request stays, since
        // its banner says which reply superseded it.
        let decided = approval.decidedAt ?? approval.requestedAt
        let repliedSince = thread.posts.contains { post in
            post.isOurs && (approval.state == .approved ? post.createdAt > decided : post.createdAt >= decided)
        }
        if [.rejected, .approved].contains(approval.state), repliedSince { return nil }
        return ApprovalOutcome.banner(approval, now: state.now)
    }

    /// The banner wrapped to the screen, so that a rejection's whole reason can be read; four lines at most.
    static let bannerHeightLimit = 4

    static func bannerLines(_ text: String, width: Int) -> [[Glyph]] {
        let lines = DisplayText.wrap(text, width: max(1, width - 2))
        guard lines.count > bannerHeightLimit else { return lines }
        return Array(lines.prefix(bannerHeightLimit - 1)) + [DisplayText.truncate(lines[bannerHeightLimit - 1]
                                                                                  + [Glyph.ellipsis, Glyph.ellipsis],
                                                                                  width: max(1, width - 2))]
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
