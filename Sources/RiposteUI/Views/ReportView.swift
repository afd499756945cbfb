import RiposteCore

/// A page of text, such as the training report, scrolled to its top line.
enum ReportView {
    static func render(_ state: AppState, theme: Theme, into screen: inout Screen) {
        guard let page = state.report else { return }
        let end = min(page.lines.count, page.top + screen.height - 3)
        Bars.title("Riposte · \(page.title)", right: "\(min(end, page.lines.count))/\(page.lines.count)", theme: theme,
                   into: &screen)
        for (offset, line) in page.lines[min(page.top, page.lines.count)..<end].enumerated() {
            let style = line.hasPrefix(" ") || line.isEmpty ? theme[.row] : theme[.header]
            screen.put(DisplayText.truncate(DisplayText.glyphs(line), width: screen.width - 2), row: 2 + offset,
                       column: 1, style: style)
        }
        Bars.status(state, theme: theme, into: &screen)
    }
}
