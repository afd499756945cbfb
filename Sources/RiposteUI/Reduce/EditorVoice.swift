import RiposteCore

/// Voices in the editor: switching, picking from the list, inserting a template or the sign-off.
enum EditorVoice {
    static func next(_ state: inout AppState) -> [Effect] {
        guard let editor = state.editor, !state.voices.isEmpty else { return [] }
        let index = state.voices.firstIndex { $0.id == editor.voiceID } ?? 0
        return choose(state.voices[(index + 1) % state.voices.count].id, &state)
    }

    static func choose(_ id: String, _ state: inout AppState) -> [Effect] {
        guard state.editor != nil, let voice = state.voices.first(where: { $0.id == id }) else { return [] }
        state.editor?.voiceID = voice.id
        EditorRisk.assess(&state)
        state.say("Voice: \(voice.name) — \(voice.summary)")
        return saveNow(&state)
    }

    static func pickVoice(_ state: inout AppState) -> [Effect] {
        guard let editor = state.editor else { return [] }
        let items = state.voices.map { PickerState.Item(id: $0.id, title: $0.name, detail: $0.summary + "\n" + $0.guidance) }
        state.picker = PickerState(purpose: .voice, title: "Voice", items: items,
                                   selected: state.voices.firstIndex { $0.id == editor.voiceID } ?? 0)
        return saveNow(&state)
    }

    static func pickTemplate(_ state: inout AppState) -> [Effect] {
        guard let editor = state.editor, let voice = state.voice(editor.voiceID) else { return [] }
        guard !voice.templates.isEmpty else {
            state.say("\(voice.name) has no templates", isError: true)
            return []
        }
        let values = templateValues(editor, state)
        state.picker = PickerState(purpose: .template, title: "\(voice.name) templates", items: voice.templates.map {
            PickerState.Item(id: $0.name, title: $0.name, detail: values.fill($0.text))
        })
        return saveNow(&state)
    }

    static func chooseTemplate(_ name: String, _ state: inout AppState) {
        guard let editor = state.editor, let voice = state.voice(editor.voiceID),
              let template = voice.templates.first(where: { $0.name == name }) else { return }
        EditorEditing.insert(Array(templateValues(editor, state).fill(template.text)), kind: .other, &state)
    }

    static func insertSignOff(_ state: inout AppState) {
        guard let editor = state.editor, let voice = state.voice(editor.voiceID), !voice.signOff.isEmpty else {
            state.say("This voice has no sign-off", isError: true)
            return
        }
        let signOff = templateValues(editor, state).fill(voice.signOff)
        guard !editor.string.hasSuffix(signOff) else { return }
        state.editor?.cursor = editor.text.count
        let separator: [Character] = editor.text.isEmpty || editor.text.last?.isWhitespace == true ? [] : [" "]
        EditorEditing.insert(separator + Array(signOff), kind: .other, &state)
    }

    static func templateValues(_ editor: EditorState, _ state: AppState) -> TemplateValues {
        TemplateValues(customerName: editor.parent?.author.name ?? "", customerHandle: editor.parent?.author.handle ?? "",
                       agentName: state.agent, brandName: editor.brand?.name ?? "",
                       brandHandle: editor.brand?.handle ?? "", network: editor.network)
    }

    /// Switching voice or opening a list is a change of mode: the draft is saved now, not a second later.
    static func saveNow(_ state: inout AppState) -> [Effect] {
        guard var editor = state.editor, case .reply = editor.purpose, !editor.text.isEmpty else { return [] }
        editor.unsaved = false
        editor.lastSaved = state.now
        state.editor = editor
        return [.saveDraft(editor.draft)]
    }
}
