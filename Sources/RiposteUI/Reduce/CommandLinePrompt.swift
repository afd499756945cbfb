import RiposteCore

/// `:` — the same commands the keys run, typed by name: Tab completes among the commands of the screen underneath,
/// Up and Down walk the history, Enter runs it.
enum CommandLinePrompt {
    /// How many lines the history keeps.
    static let historyLimit = 200

    static func run(_ command: Command, _ state: inout AppState) {
        guard var prompt = state.prompt, prompt.purpose == .command else { return }
        switch command {
        case .promptComplete:
            let typed = String(prompt.text).trimmingCharacters(in: .whitespaces)
            let names = Command.available(in: state.baseContext).map(\.rawValue).filter { $0.hasPrefix(typed) }
            guard let first = names.first else {
                prompt.hint = "no command starts with \"\(typed)\" here"
                break
            }
            let common = names.dropFirst().reduce(first) { String($0.commonPrefix(with: $1)) }
            prompt.text = Array(common)
            prompt.hint = names.count > 1 ? names.joined(separator: " ") : nil
        case .promptHistoryPrevious, .promptHistoryNext:
            let history = state.commandHistory
            guard !history.isEmpty else { break }
            let current = prompt.historyIndex ?? history.count
            let next = command == .promptHistoryPrevious ? max(0, current - 1) : current + 1
            prompt.historyIndex = next < history.count ? next : nil
            prompt.text = Array(next < history.count ? history[next] : "")
        default:
            break
        }
        state.prompt = prompt
    }

    /// Runs the command named, as its key would on the screen underneath.
    static func answer(_ text: String, _ state: inout AppState) -> [Effect] {
        guard !text.isEmpty else {
            state.prompt = nil
            return []
        }
        let context = state.baseContext
        guard let command = Command(rawValue: text), command != .commandLine,
              command.contexts.contains(context) else {
            let known = Command(rawValue: text) != nil
            state.prompt?.hint = known ? "\(text) does not work on the \(context.title.lowercased()) screen"
                : "no command \"\(text)\"; Tab completes, ? lists the keys"
            return []
        }
        state.prompt = nil
        state.commandHistory.removeAll { $0 == text }
        state.commandHistory.append(text)
        state.commandHistory = Array(state.commandHistory.suffix(historyLimit))
        return [.saveCommandHistory(state.commandHistory)] + RiposteUI.run(command, &state)
    }
}
