import RiposteCore

/// A list in a box over the screen, with the selected item's detail under it.
enum PickerView {
    static func render(_ picker: PickerState, theme: Theme, into screen: inout Screen) {
        let width = min(64, screen.width - 4)
        let detail = picker.items.indices.contains(picker.selected)
            ? DisplayText.wrap(picker.items[picker.selected].detail, width: width - 4) : []
        let listHeight = min(picker.items.count, max(1, screen.height - 8))
        let detailHeight = min(detail.count, max(0, screen.height - 6 - listHeight))
        let height = listHeight + detailHeight + 3
        let top = max(1, (screen.height - height) / 2), left = (screen.width - width) / 2
        let style = theme[.picker]
        for row in top..<min(screen.height - 1, top + height) { screen.fill(row: row, from: left, to: left + width, style: style) }
        screen.put(" \(picker.title) ", row: top, column: left + 1, style: style.overlaid(with: Style(bold: true)))
        let first = max(0, min(picker.selected - listHeight + 1, picker.items.count - listHeight))
        for (offset, item) in picker.items.dropFirst(first).prefix(listHeight).enumerated() {
            let row = top + 1 + offset
            let marker = first + offset == picker.selected ? "▶ " : "  "
            screen.put(DisplayText.truncate(DisplayText.glyphs(marker + item.title), width: width - 2), row: row,
                       column: left + 1, style: style)
            if first + offset == picker.selected {
                screen.overlay(row: row, from: left + 1, to: left + width - 1, style: Style(bold: true))
            }
        }
        for (offset, line) in detail.prefix(detailHeight).enumerated() {
            screen.put(line, row: top + 2 + listHeight + offset, column: left + 2, style: style, limit: left + width - 1)
        }
    }
}

/// The prompt line, in place of the status bar.
enum PromptView {
    static func render(_ prompt: PromptState, theme: Theme, into screen: inout Screen) {
        let row = screen.height - 1
        screen.fill(row: row, style: theme[.message])
        let end = screen.put(" \(prompt.label): ", row: row, column: 0, style: theme[.message].overlaid(with: Style(bold: true)))
        // The cursor stays in view: text before it scrolls off to the left, text after it is cut at the edge.
        let before = DisplayText.glyphs(String(prompt.text[..<prompt.cursor]))
        let after = DisplayText.glyphs(String(prompt.text[prompt.cursor...]))
        let room = max(1, screen.width - end - 1)
        var visible = before
        while DisplayText.width(of: visible) > room { visible.removeFirst() }
        let cursor = screen.put(visible, row: row, column: end, style: theme[.message])
        let x = screen.put(after, row: row, column: cursor, style: theme[.message], limit: screen.width - 1)
        screen.cursor = Screen.Position(row: row, column: min(cursor, screen.width - 1))
        if let hint = prompt.hint {
            screen.put(" (\(hint))", row: row, column: x, style: theme[.error])
        }
    }
}
