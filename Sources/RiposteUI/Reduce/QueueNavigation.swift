import RiposteCore

/// Moving through the queue, and asking the store for more rows before the selection reaches the edge of what is held.
enum QueueNavigation {
    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        let page = state.queueListHeight
        var queue = state.queue
        switch command {
        case .queueNext:
            guard queue.selectedIndex + 1 < queue.rows.count else { return [] }
            queue.selectedIndex += 1
            queue.selectedLine = min(queue.selectedLine + 1, page - 1)
        case .queuePrevious:
            guard queue.selectedIndex > 0 else { return [] }
            queue.selectedIndex -= 1
            queue.selectedLine = max(queue.selectedLine - 1, 0)
        case .queuePageDown:
            guard !queue.rows.isEmpty else { return [] }
            let first = queue.firstVisible
            let newFirst = first + page < queue.rows.count ? first + page : first
            queue.selectedIndex = min(queue.selectedIndex + page, queue.rows.count - 1)
            queue.selectedLine = queue.selectedIndex - newFirst
        case .queuePageUp:
            let newFirst = max(queue.firstVisible - page, 0)
            queue.selectedIndex = queue.firstVisible == 0 ? 0 : max(queue.selectedIndex - page, newFirst)
            queue.selectedLine = queue.selectedIndex - newFirst
        case .queueTop:
            return [.loadQueue(QueueRequest(anchor: .top, above: 0, below: page * 3, filter: state.filter))]
        case .queueBottom:
            return [.loadQueue(QueueRequest(anchor: .bottom, above: page * 3, below: 0, filter: state.filter))]
        case .queueNextNew, .queuePreviousNew:
            let forward = command == .queueNextNew
            guard let selected = queue.selected else { return [] }
            let held = forward ? Array(queue.rows.indices.dropFirst(queue.selectedIndex + 1))
                : queue.rows.indices.prefix(queue.selectedIndex).reversed()
            if let index = held.first(where: { queue.rows[$0].status == .new }) {
                queue.selectedLine = min(max(0, queue.selectedLine + index - queue.selectedIndex), page - 1)
                queue.selectedIndex = index
            } else if forward ? queue.reachedBottom : queue.reachedTop {
                state.say("No new case \(forward ? "below" : "above")")
                return []
            } else {
                // Beyond the rows held: the store finds it, and the window is read around it.
                return [.loadQueue(QueueRequest(anchor: .nextNew(from: selected.caseID, key: selected.key, forward: forward),
                                                above: page * 2, below: page * 3, filter: state.filter))]
            }
        default:
            return []
        }
        state.queue = queue
        return needsMoreRows(state) ? [reload(state)] : []
    }

    /// Within a page of either edge of the held rows, with more in the store beyond it.
    static func needsMoreRows(_ state: AppState) -> Bool {
        let queue = state.queue, page = state.queueListHeight
        let belowScreen = queue.rows.count - (queue.firstVisible + page)
        return (!queue.reachedBottom && belowScreen < page) || (!queue.reachedTop && queue.firstVisible < page)
    }

    /// Rows around the selected case, enough for the screen and two pages either side.
    static func reload(_ state: AppState) -> Effect {
        let page = state.queueListHeight
        guard let selected = state.queue.selected else {
            return .loadQueue(QueueRequest(anchor: .top, above: 0, below: page * 3, filter: state.filter))
        }
        return .loadQueue(QueueRequest(anchor: .around(selected.caseID, key: selected.key),
                                       above: state.queue.selectedLine + page * 2,
                                       below: page * 3, filter: state.filter))
    }

    static func apply(_ window: QueueWindow, to state: inout AppState) {
        // Rows read for a view the agent has since left are not this queue's.
        guard window.request.filter == state.filter else { return }
        var queue = state.queue
        let oldLine = queue.selectedLine
        let selected = queue.selected?.caseID
        queue.rows = window.rows
        queue.reachedTop = window.reachedTop
        queue.reachedBottom = window.reachedBottom
        queue.loaded = true
        queue.selectedIndex = min(window.anchorIndex, max(0, window.rows.count - 1))
        // Keys pressed while the rows were read moved the selection on: it stays on the case it reached.
        if case .around = window.request.anchor, let selected,
           let index = window.rows.firstIndex(where: { $0.caseID == selected }) {
            queue.selectedIndex = index
        }
        let lastLine = state.queueListHeight - 1
        switch window.request.anchor {
        case .top:
            queue.selectedLine = 0
        case .bottom:
            queue.selectedLine = min(queue.selectedIndex, lastLine)
        case .around:
            // The selected case keeps its line: new rows above push the rows above it, not it.
            queue.selectedLine = min(oldLine, queue.selectedIndex, lastLine)
        case let .nextNew(_, _, forward):
            // Found beyond the screen: it shows at the screen's edge it was found past, as j and k would bring it.
            queue.selectedLine = window.missed ? min(oldLine, queue.selectedIndex, lastLine)
                : min(queue.selectedIndex, forward ? lastLine : 0)
            if window.missed { state.say("No new case \(forward ? "below" : "above")") }
        }
        queue.fillWindow(height: state.queueListHeight)
        state.queue = queue
    }
}
