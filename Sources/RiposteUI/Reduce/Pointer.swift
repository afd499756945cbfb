/// The mouse, when asked for: a click on a queue row selects it (a second click opens it), the wheel moves three
/// rows or posts at a time. Anywhere else it does nothing, so a stray click never acts.
enum Pointer {
    static let wheelStep = 3

    static func run(_ event: MouseEvent, _ state: inout AppState) -> [Effect] {
        switch (state.context, event.kind) {
        case (.queue, .click):
            let line = event.row - 2
            let index = state.queue.firstVisible + line
            guard line >= 0, line < state.queueListHeight, state.queue.rows.indices.contains(index) else { return [] }
            if index == state.queue.selectedIndex { return RiposteUI.run(.caseOpen, &state) }
            state.queue.selectedIndex = index
            state.queue.selectedLine = line
            return QueueNavigation.needsMoreRows(state) ? [QueueNavigation.reload(state)] : []
        case (.queue, .wheelUp), (.queue, .wheelDown):
            return repeated(event.kind == .wheelUp ? .queuePrevious : .queueNext, &state)
        case (.thread, .wheelUp), (.thread, .wheelDown):
            return repeated(event.kind == .wheelUp ? .threadPrevious : .threadNext, &state)
        case (.report, .wheelUp), (.report, .wheelDown):
            return repeated(event.kind == .wheelUp ? .reportPrevious : .reportNext, &state)
        default:
            return []
        }
    }

    /// The command run `wheelStep` times; an effect asked for more than once is carried out once.
    static func repeated(_ command: Command, _ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        for _ in 0..<wheelStep {
            for effect in RiposteUI.run(command, &state) where !effects.contains(effect) { effects.append(effect) }
        }
        return effects
    }
}
