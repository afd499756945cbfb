import RiposteCore

/// Draws the whole interface for a state. Pure: the same state, theme and size give the same Screen.
public func render(_ state: AppState, theme: Theme) -> Screen {
    var screen = Screen(width: state.width, height: state.height, style: theme[.row])
    screen.bells = state.settings.display.bell ? state.arrivals : 0
    screen.clipboard = state.clipboard
    if state.isTooSmall {
        TooSmallView.render(state, theme: theme, into: &screen)
        return screen
    }
    switch state.baseContext {
    case .queue: QueueView.render(state, theme: theme, into: &screen)
    case .thread: ThreadView.render(state, theme: theme, into: &screen)
    case .editor: EditorView.render(state, theme: theme, into: &screen)
    case .approvals: ApprovalsView.render(state, theme: theme, into: &screen)
    case .help, .picker, .prompt: HelpView.render(state, theme: theme, into: &screen)
    case .report: ReportView.render(state, theme: theme, into: &screen)
    case .dashboard: DashboardView.render(state, theme: theme, into: &screen)
    }
    if let since = state.storeSlowSince {
        Bars.storeSlow(since: since, now: state.now, theme: theme, into: &screen)
    } else if let trouble = state.connectorTrouble.first {
        Bars.connectorTrouble(trouble, more: state.connectorTrouble.count - 1, theme: theme, into: &screen)
    }
    if let picker = state.picker { PickerView.render(picker, theme: theme, into: &screen) }
    if let prompt = state.prompt { PromptView.render(prompt, theme: theme, into: &screen) }
    return screen
}

/// What a terminal too small for any screen shows instead.
enum TooSmallView {
    static func render(_ state: AppState, theme: Theme, into screen: inout Screen) {
        let lines = [
            "Terminal too small",
            "\(state.width)×\(state.height); Riposte needs \(AppState.minimumWidth)×\(AppState.minimumHeight)",
        ]
        for (offset, line) in lines.enumerated() {
            let glyphs = DisplayText.truncate(DisplayText.glyphs(line), width: screen.width)
            let width = glyphs.reduce(0) { $0 + $1.width }
            screen.put(glyphs, row: screen.height / 2 - 1 + offset, column: max(0, (screen.width - width) / 2),
                       style: offset == 0 ? theme[.header] : theme[.row])
        }
    }
}
