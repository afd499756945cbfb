import RiposteCore

/// The editor's risk meter: the draft scored as it is typed, against the voice in use and the person answered.
enum EditorRisk {
    /// The live score reads a draft up to twice its network's limit: a longer one cannot be sent (its length says so),
    /// and a pasted page must not cost a second a key. The store scores the whole text of whatever is sent.
    static func assess(_ state: inout AppState) {
        guard var editor = state.editor, editor.purpose != .note else { return }
        let longest = 2 * ReplyLength.measure("", on: editor.network).limit
        let text = editor.text.count > longest ? String(editor.text.prefix(longest)) : editor.string
        editor.assessment = RiskScorer.assess(text, context: context(editor, state), rules: state.riskRules)
        state.editor = editor
    }

    static func context(_ editor: EditorState, _ state: AppState) -> RiskContext {
        RiskContext(voice: state.voice(editor.voiceID), recipient: editor.parent?.author,
                    answeredText: editor.parent?.text, rivalNames: editor.rivals)
    }

    /// True when the draft must go to a supervisor instead of out.
    static func needsApproval(_ editor: EditorState, _ state: AppState) -> Bool {
        editor.assessment.score >= state.riskRules.threshold
    }
}
