import RiposteCore

/// Tab at a prompt: the command's name at `:`, then the word being typed of its argument, among what the argument
/// can be: tags and agents the team uses, voices, views, filter fields and their values, usual durations.
enum ArgumentCompletion {
    static func complete(_ prompt: inout PromptState, _ state: AppState) {
        let typed = String(prompt.text[..<prompt.cursor])
        let argument: CommandArgument?
        switch prompt.purpose {
        case .command:
            let (name, _) = CommandLinePrompt.split(typed)
            guard typed.dropFirst(name.count).contains(where: \.isWhitespace) else {
                completeName(typed, &prompt, state)
                return
            }
            guard case let .command(command) = Command.resolve(name, in: state.baseContext) else {
                prompt.hint = "no command \"\(name)\" here"
                return
            }
            argument = command.argument
        case .snooze: argument = .duration
        case .tags: argument = .tags
        case .assign: argument = .agent
        case .limit: argument = .filter
        default: argument = nil
        }
        guard let argument else { return }
        let start = typed.lastIndex(where: \.isWhitespace).map { typed.index(after: $0) } ?? typed.startIndex
        let word = String(typed[start...])
        let done = String(typed[..<start])
        let words = candidates(for: argument, word: word, state)
        guard let first = words.first else {
            prompt.hint = "nothing to complete \(word.isEmpty ? "here" : "\"\(word)\" with")"
            return
        }
        let common = words.dropFirst().reduce(first) { String($0.commonPrefix(with: $1)) }
        let rest = String(prompt.text[prompt.cursor...])
        let filled = done + common + (words.count == 1 && !common.hasSuffix(":") ? " " : "")
        prompt.text = Array(filled + rest)
        prompt.cursor = filled.count
        prompt.hint = words.count > 1 ? words.prefix(12).joined(separator: " ") : nil
    }

    static func completeName(_ typed: String, _ prompt: inout PromptState, _ state: AppState) {
        let name = typed.trimmingCharacters(in: .whitespaces)
        let here = Command.available(in: state.baseContext).filter { $0 != .commandLine }
        let names = (here.map(\.rawValue) + here.map(\.shortName) + here.flatMap(\.declaration.aliases))
            .filter { $0.hasPrefix(name) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        guard let first = names.first else {
            prompt.hint = "no command starts with \"\(name)\" here"
            return
        }
        let common = names.dropFirst().reduce(first) { String($0.commonPrefix(with: $1)) }
        prompt.replace(with: common)
        prompt.hint = names.count > 1 ? names.joined(separator: " ") : nil
    }

    /// Whole words the one being typed may become.
    static func candidates(for argument: CommandArgument, word: String, _ state: AppState) -> [String] {
        let words: [String] = switch argument {
        case .duration: ["15m", "30m", "1h", "2h", "4h", "1d", "2d", "7d"]
        case .tags:
            // `-` removes a tag: complete among the tags after it.
            word.hasPrefix("-") ? state.team.tags.map { "-" + $0 } : state.team.tags
        case .agent: ["me", "none"] + state.team.agents
        case .filter: CaseFilter.completions(of: word, tags: state.team.tags, agents: state.team.agents)
        case .voice: state.voices.map(\.id)
        case .view: state.settings.views.map(\.name)
        case .words, .caseNumber: []
        }
        return words.filter { $0.hasPrefix(word) }
    }
}
