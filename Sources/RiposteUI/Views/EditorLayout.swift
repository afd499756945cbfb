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
    /// The risk reasons under the text, one a line, as many as the screen can spare (three, and a line saying how to
    /// read the rest when they do not all fit whole).
    var reasonsTop: Int
    var reasonsHeight: Int

    init(width: Int, height: Int, reasons: Int, cut: Bool = false) {
        let available = max(2, height - 3)
        quoteHeight = max(1, available / 3)
        ruleRow = quoteTop + quoteHeight
        textTop = ruleRow + 1
        reasonsHeight = min(reasons + (reasons > 3 || cut ? 1 : 0), 4, max(0, (height - 8) / 3))
        textHeight = max(1, height - 1 - textTop - reasonsHeight)
        reasonsTop = textTop + textHeight
        textWidth = max(1, width - 1)
    }

    init(_ state: AppState) {
        let reasons = state.editor?.assessment.reasons ?? []
        self.init(width: state.width, height: state.height, reasons: reasons.count,
                  cut: reasons.contains { DisplayText.width(of: "+\($0.points) \($0.message)") > state.width - 1 })
    }
}
