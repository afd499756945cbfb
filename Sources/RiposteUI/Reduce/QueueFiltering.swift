import RiposteCore

/// Which cases the queue shows: a saved view (mine, unassigned, all, breached …), a filter typed with `l`, or a
/// search of the posts' words with `/`.
enum QueueFiltering {
    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch command {
        case .viewNext:
            let views = state.settings.views
            guard !views.isEmpty else { return [] }
            let index = views.firstIndex { $0.name == state.filterName } ?? -1
            return show(views[(index + 1) % views.count].filter, named: views[(index + 1) % views.count].name, &state)
        case .viewPick:
            state.picker = PickerState(purpose: .view, title: "Views", items: state.settings.views.map {
                PickerState.Item(id: $0.name, title: $0.name, detail: $0.filter.terms.isEmpty ? "every case" : $0.filter.description)
            }, selected: state.settings.views.firstIndex { $0.name == state.filterName } ?? 0)
        case .queueLimit:
            state.prompt = PromptState(purpose: .limit, label: "Limit to", text: state.filter.description)
        case .queueSearch:
            state.prompt = PromptState(purpose: .search, label: "Search for")
        case .queueClearFilter:
            return clear(&state)
        default:
            break
        }
        return []
    }

    static func chooseView(_ name: String, _ state: inout AppState) -> [Effect] {
        guard let view = state.settings.views.first(where: { $0.name == name }) else { return [] }
        return show(view.filter, named: view.name, &state)
    }

    static func answer(_ prompt: PromptState, text: String, _ state: inout AppState) -> [Effect] {
        let filter: CaseFilter
        do {
            filter = try CaseFilter.parse(text)
        } catch {
            // The first mistake, where it is in what was typed.
            state.prompt?.hint = error.errors.first.map { "column \($0.position.column): \($0.message)" }
            return []
        }
        state.prompt = nil
        switch prompt.purpose {
        case .search:
            // An empty search is no search: the view it narrowed comes back.
            guard !filter.terms.isEmpty else { return state.filterName == "search" ? clear(&state) : [] }
            let view = state.settings.views.first { $0.name == state.filterName }?.filter ?? state.filter
            return show(CaseFilter(terms: view.terms + filter.terms), named: "search", &state)
        default:
            return show(filter, named: filter.terms.isEmpty ? "all" : "limit", &state)
        }
    }

    /// Back from a limit or a search to the saved view shown before it.
    static func clear(_ state: inout AppState) -> [Effect] {
        guard ["limit", "search"].contains(state.filterName) else {
            state.say("No limit or search to clear: the queue shows the view \(state.filterName)")
            return []
        }
        guard let view = state.settings.views.first(where: { $0.name == state.lastView }) ?? state.settings.views.first
        else { return show(CaseFilter(terms: []), named: "all", &state) }
        return show(view.filter, named: view.name, &state)
    }

    static func show(_ filter: CaseFilter, named name: String, _ state: inout AppState) -> [Effect] {
        if !["limit", "search"].contains(name) { state.lastView = name }
        state.filter = filter
        state.filterName = name
        state.marked = []
        state.queue = QueueState()
        state.thread = nil
        return [.loadQueue(QueueRequest(anchor: .top, above: 0, below: state.queueListHeight * 3, filter: state.filter))]
    }
}
