import RiposteCore

/// The reply editor: the post being answered on top, the reply below with its risky words marked, the risk
/// reasons under it, and the voice, risk and the network's live length in the status bar.
enum EditorView {
    static func render(_ state: AppState, theme: Theme, into screen: inout Screen) {
        guard let editor = state.editor else { return }
        let layout = EditorLayout(state)
        let voice = state.voice(editor.voiceID)
        let title: String = switch editor.purpose {
        case .reply: "Riposte · Reply on case \(editor.caseID) · \(editor.network.label)"
        case .approvalEdit: "Riposte · Editing a reply to approve · case \(editor.caseID)"
        case .note: "Riposte · Internal note on case \(editor.caseID) · never sent"
        }
        Bars.title(title, right: "as \(state.agent)", theme: theme, into: &screen)

        if let parent = editor.parent {
            let quote = ThreadLayout(nodes: [ThreadNode(post: parent, depth: 0)], width: screen.width, now: state.now)
            ThreadView.draw(quote, from: 0, rows: layout.quoteTop..<(layout.quoteTop + layout.quoteHeight),
                            selected: nil, theme: theme, into: &screen)
        }
        let rule = editor.purpose == .note ? "── note for the team: colleagues see it on the case; customers never do "
            : "── reply as \(editor.brand?.handle ?? "our brand")"
                + (editor.parent.map { " to \($0.author.handle)" } ?? "") + (voice.map { " · \($0.name) " } ?? " ")
        let end = screen.put(rule, row: layout.ruleRow, column: 0, style: theme[.dim])
        screen.put(String(repeating: "─", count: max(0, screen.width - end)), row: layout.ruleRow, column: end,
                   style: theme[.dim])

        if editor.purpose == .note {
            text(editor, report: nil, layout: layout, theme: theme, into: &screen)
            Bars.status(state, theme: theme, into: &screen)
            return
        }
        let report = ReplyLength.measure(editor.string, on: editor.network)
        if editor.text.isEmpty, let voice {
            // The voice's guidance where the reply will go, until the agent starts typing.
            for (offset, line) in DisplayText.wrap(voice.guidance, width: layout.textWidth).prefix(layout.textHeight)
                .enumerated() {
                screen.put(line, row: layout.textTop + offset, column: 0, style: theme[.guidance])
            }
            screen.cursor = Screen.Position(row: layout.textTop, column: 0)
        } else {
            text(editor, report: report, layout: layout, theme: theme, into: &screen)
        }
        for (offset, line) in reasonLines(editor.assessment, height: layout.reasonsHeight, width: screen.width - 1,
                                          state: state).enumerated() {
            screen.put(line, row: layout.reasonsTop + offset, column: 1, style: theme[.editorRisk])
        }

        let score = editor.assessment.score, threshold = state.riskRules.threshold
        let riskRole: ThemeRole = score >= threshold ? .riskHigh : score * 2 >= threshold ? .riskMedium : .riskLow
        var right = DisplayText.glyphs(" \(voice?.name ?? "no voice") ")
        let risk = DisplayText.glyphs(" risk \(score) ")
        let counter = DisplayText.glyphs(" \(editor.network.label) \(report.length)/\(report.limit) ")
        right += risk + counter
        Bars.status(state, theme: theme, into: &screen, right: right)
        // The risk and the counter in their own colours, laid over the bar Bars drew.
        let counterStart = screen.width - 1 - DisplayText.width(of: counter)
        let riskStart = counterStart - DisplayText.width(of: risk)
        screen.paint(row: screen.height - 1, from: riskStart, to: counterStart, style: theme[riskRole])
        screen.paint(row: screen.height - 1, from: counterStart, to: screen.width - 1,
                     style: report.isValid || editor.text.isEmpty ? theme[.counter] : theme[.counterOver])
    }

    /// A reason a line; when some do not fit whole, the last line says how many and which key lists them all.
    static func reasonLines(_ assessment: RiskAssessment, height: Int, width: Int, state: AppState) -> [[Glyph]] {
        let lines = assessment.reasons.map { DisplayText.glyphs("+\($0.points) \($0.message)") }
        let cut = lines.contains { DisplayText.width(of: $0) > width }
        guard lines.count > height || cut, height > 0 else { return lines }
        // The note takes a spare line if there is one, else the last reason's.
        let shown = lines.count >= height ? height - 1 : lines.count
        let key = state.keymap.keys(for: .editorRiskReasons, in: .editor).first.map { ": \($0) lists them whole" } ?? ""
        let more = lines.count - shown
        let note = more > 0 ? "… \(more) more reason\(more == 1 ? "" : "s")\(key)" : "… reasons cut short\(key)"
        return lines.prefix(shown).map { DisplayText.truncate($0, width: width) }
            + [DisplayText.truncate(DisplayText.glyphs(note), width: width)]
    }

    /// The reply's visible lines, the part over the limit and the words that raise the risk marked.
    static func text(_ editor: EditorState, report: LengthReport?, layout: EditorLayout, theme: Theme,
                     into screen: inout Screen) {
        let risky = Set(editor.assessment.reasons.flatMap(\.ranges).flatMap { Array($0) })
        let lines = EditorEditing.visualLines(editor.text, width: layout.textWidth)
        let cursorLine = EditorEditing.lineIndex(of: editor.cursor, in: lines)
        for (offset, row) in (layout.textTop..<(layout.textTop + layout.textHeight)).enumerated() {
            let index = editor.scroll + offset
            guard index < lines.count else { break }
            var x = 0
            for position in lines[index] where editor.text[position] != "\n" {
                var style = theme[.row]
                if risky.contains(position) { style = style.overlaid(with: theme[.editorRisk]) }
                if let over = report?.overflowIndex, position >= over { style = theme[.editorOver] }
                x = screen.put([DisplayText.glyph(for: editor.text[position])], row: row, column: x, style: style,
                               placeholderStyle: theme[.placeholder])
            }
            if index == cursorLine {
                let column = EditorEditing.column(of: editor.cursor, in: lines[index], text: editor.text)
                screen.cursor = Screen.Position(row: row, column: column)
            }
        }
    }
}
