import RiposteCore

/// The reply editor: the post being answered on top, the reply below, the network's live length in the status bar.
enum EditorView {
    static func render(_ state: AppState, theme: Theme, into screen: inout Screen) {
        guard let editor = state.editor else { return }
        let layout = EditorLayout(state)
        let thread = state.thread?.thread
        let parent = thread?.posts.first { $0.id == editor.inReplyTo }
        let brand = thread?.brand.handle ?? "our brand"
        Bars.title("Riposte · Reply on case \(editor.caseID) · \(editor.network.label)", right: "as \(state.agent)",
                   theme: theme, into: &screen)

        if let parent {
            let quote = ThreadLayout(nodes: [ThreadNode(post: parent, depth: 0)], width: screen.width, now: state.now)
            ThreadView.draw(quote, from: 0, rows: layout.quoteTop..<(layout.quoteTop + layout.quoteHeight),
                            selected: nil, theme: theme, into: &screen)
        }
        let rule = "── reply as \(brand)" + (parent.map { " to \($0.author.handle) " } ?? " ")
        let end = screen.put(rule, row: layout.ruleRow, column: 0, style: theme[.dim])
        screen.put(String(repeating: "─", count: max(0, screen.width - end)), row: layout.ruleRow, column: end,
                   style: theme[.dim])

        let report = ReplyLength.measure(editor.string, on: editor.network)
        let lines = EditorEditing.visualLines(editor.text, width: layout.textWidth)
        let cursorLine = EditorEditing.lineIndex(of: editor.cursor, in: lines)
        for (offset, row) in (layout.textTop..<(layout.textTop + layout.textHeight)).enumerated() {
            let index = editor.scroll + offset
            guard index < lines.count else { break }
            var x = 0
            for position in lines[index] where editor.text[position] != "\n" {
                let over = report.overflowIndex.map { position >= $0 } ?? false
                x = screen.put([DisplayText.glyph(for: editor.text[position])], row: row, column: x,
                               style: over ? theme[.editorOver] : theme[.row], placeholderStyle: theme[.placeholder])
            }
            if index == cursorLine {
                let column = EditorEditing.column(of: editor.cursor, in: lines[index], text: editor.text)
                screen.cursor = Screen.Position(row: row, column: column)
            }
        }
        let counter = " \(editor.network.label) \(report.length)/\(report.limit) "
        Bars.status(state, theme: theme, into: &screen, right: DisplayText.glyphs(counter),
                    rightStyle: report.isValid || editor.text.isEmpty ? theme[.counter] : theme[.counterOver])
    }
}
