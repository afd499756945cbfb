import RiposteCore

/// `:` — the same commands the keys run, typed by name and, as in aerc, with their argument (`:snooze 2h`,
/// `:tag vip -spam`, `:open 123`): Tab completes names and arguments, Up and Down walk the history, Enter runs it.
enum CommandLinePrompt {
    /// How many lines the history keeps.
    static let historyLimit = 200

    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard var prompt = state.prompt else { return [] }
        switch command {
        case .promptComplete:
            // The team's agents and tags are read once a minute at most, when first completed.
            if state.team.read.map({ state.now.timeIntervalSince($0) > 60 }) ?? true {
                state.team.read = state.now
                state.team.completeWhenRead = true
                return [.loadTeamNames]
            }
            ArgumentCompletion.complete(&prompt, state)
        case .promptHistoryPrevious, .promptHistoryNext:
            guard prompt.purpose == .command else { return [] }
            let history = state.commandHistory
            guard !history.isEmpty else { break }
            let current = prompt.historyIndex ?? history.count
            let next = command == .promptHistoryPrevious ? max(0, current - 1) : current + 1
            prompt.historyIndex = next < history.count ? next : nil
            prompt.replace(with: next < history.count ? history[next] : "")
        default:
            break
        }
        state.prompt = prompt
        return []
    }

    /// The name and the argument of a line typed at `:`.
    static func split(_ text: String) -> (name: String, argument: String) {
        let name = text.prefix { !$0.isWhitespace }
        return (String(name), text.dropFirst(name.count).trimmingCharacters(in: .whitespaces))
    }

    /// Runs the command named, as its key would on the screen underneath, then gives it its argument.
    static func answer(_ text: String, _ state: inout AppState) -> [Effect] {
        guard !text.isEmpty else {
            state.prompt = nil
            return []
        }
        let (name, argument) = split(text)
        let context = state.baseContext
        switch Command.resolve(name, in: context) {
        case .unknown:
            state.prompt?.hint = "no command \"\(name)\"; Tab completes, ? lists the keys"
            return []
        case let .ambiguous(commands):
            state.prompt?.hint = "\(name) could be " + commands.map(\.rawValue).joined(separator: ", ")
            return []
        case let .elsewhere(command):
            state.prompt?.hint = "\(command.rawValue) does not work on the \(context.title.lowercased()) screen"
            return []
        case let .command(command):
            if !argument.isEmpty, command.argument == nil {
                state.prompt?.hint = "\(command.rawValue) takes no argument"
                return []
            }
            state.prompt = nil
            state.commandHistory.removeAll { $0 == text }
            state.commandHistory.append(text)
            state.commandHistory = Array(state.commandHistory.suffix(historyLimit))
            let remember = Effect.saveCommandHistory(state.commandHistory)
            return [remember] + (argument.isEmpty ? RiposteUI.run(command, &state) : run(command, argument, &state))
        }
    }

    /// A command with its argument: the answer its prompt would take, or the item its list would offer.
    static func run(_ command: Command, _ argument: String, _ state: inout AppState) -> [Effect] {
        if command.argument == .caseNumber {
            guard let caseID = CaseOpening.caseNumber(argument) else {
                state.say("\(argument) is not a case number", isError: true)
                return []
            }
            return CaseOpening.open(caseID, &state)
        }
        let effects = RiposteUI.run(command, &state)
        if var prompt = state.prompt, !prompt.isYesNo {
            prompt.replace(with: argument)
            state.prompt = prompt
            return effects + Overlays.confirm(&state)
        }
        if let picker = state.picker {
            let wanted = argument.lowercased()
            let exact = picker.items.firstIndex { $0.id.lowercased() == wanted || $0.title.lowercased() == wanted }
            let started = picker.items.indices.filter { picker.items[$0].id.lowercased().hasPrefix(wanted) }
            guard let index = exact ?? (started.count == 1 ? started.first : nil) else {
                state.picker = nil
                let names = picker.items.map(\.id).joined(separator: ", ")
                state.say("No \(command.argument?.title ?? "item") \"\(argument)\": there are \(names)", isError: true)
                return effects
            }
            state.picker?.selected = index
            return effects + Overlays.runPicker(.pickerChoose, &state)
        }
        return effects
    }
}
