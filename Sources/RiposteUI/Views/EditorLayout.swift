import RiposteCore

/// Where the editor's parts sit on the screen: the post being answered on top, the reply below it.
struct EditorLayout {
    /// First line of the quoted post and how many lines it may take.
    var quoteTop = 1
    var quoteHeight: Int
    /// The rule between the quote and the reply.
    var ruleRow: Int
    var textTop: Int
    var textHeight: Int
    /// Text wraps one cell short of the edge so the cursor has a cell after the last character.
    var textWidth: Int

    init(width: Int, height: Int) {
        let available = max(2, height - 3)
        quoteHeight = max(1, available / 3)
        ruleRow = quoteTop + quoteHeight
        textTop = ruleRow + 1
        textHeight = max(1, height - 1 - textTop)
        textWidth = max(1, width - 1)
    }

    init(_ state: AppState) {
        self.init(width: state.width, height: state.height)
    }
}
