import RiposteCore

/// The picker list and the prompt line: small modes over another screen.
enum Overlays {
    static func runPicker(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard var picker = state.picker else { return [] }
        switch command {
        case .pickerNext: picker.selected = min(picker.selected + 1, max(0, picker.items.count - 1))
        case .pickerPrevious: picker.selected = max(picker.selected - 1, 0)
        case .pickerCancel:
            state.picker = nil
            return []
        case .pickerChoose:
            state.picker = nil
            guard picker.items.indices.contains(picker.selected) else { return [] }
            let id = picker.items[picker.selected].id
            switch picker.purpose {
            case .voice: return EditorVoice.choose(id, &state)
            case .view: return QueueFiltering.chooseView(id, &state)
            case .template:
                EditorVoice.chooseTemplate(id, &state)
                return []
            }
        default: return []
        }
        state.picker = picker
        return []
    }

    /// A character typed at the prompt: text for a reason, y or n for a question.
    static func type(_ character: Character, _ state: inout AppState) -> [Effect] {
        guard var prompt = state.prompt else { return [] }
        guard prompt.isYesNo else {
            prompt.insert([character])
            prompt.hint = nil
            state.prompt = prompt
            return []
        }
        switch character.lowercased() {
        case "y": return confirm(&state)
        case "n": state.prompt = nil
        default: break
        }
        return []
    }

    static func runPrompt(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch command {
        case .promptConfirm:
            if state.prompt?.isYesNo == true { return [] }
            return confirm(&state)
        case .promptCancel:
            state.prompt = nil
        case .promptComplete, .promptHistoryPrevious, .promptHistoryNext:
            return CommandLinePrompt.run(command, &state)
        default:
            PromptEditing.run(command, &state)
        }
        return []
    }

    static func confirm(_ state: inout AppState) -> [Effect] {
        guard let prompt = state.prompt else { return [] }
        let text = String(prompt.text).trimmingCharacters(in: .whitespaces)
        switch prompt.purpose {
        case .confirmDiscard:
            state.prompt = nil
            return EditorLifecycle.discard(&state)
        case .confirmQuit:
            state.prompt = nil
            state.quitting = true
            return [.quit]
        case let .rejectReason(id):
            guard !text.isEmpty else {
                state.prompt?.hint = "a rejection needs a reason the agent can act on"
                return []
            }
            state.prompt = nil
            return [.reject(id, reason: text)]
        case let .ownReason(id):
            guard !text.isEmpty else {
                state.prompt?.hint = "give a reason: every supervisor will read it"
                return []
            }
            state.prompt = nil
            return [.approve(id, editedText: nil, ownReason: text)]
        case .snooze, .tags, .assign:
            return CaseWorkCommands.answer(prompt, text: text, &state)
        case .limit, .search:
            return QueueFiltering.answer(prompt, text: text, &state)
        case .command:
            return CommandLinePrompt.answer(text, &state)
        case .goTo:
            guard let caseID = CaseOpening.caseNumber(text) else {
                state.prompt?.hint = "write the case's number, as in the thread's title"
                return []
            }
            state.prompt = nil
            return CaseOpening.open(caseID, &state)
        }
    }
}
