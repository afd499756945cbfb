import RiposteCore

/// The editor's risk meter: the draft scored as it is typed, against the voice in use and the person answered.
enum EditorRisk {
    static func assess(_ state: inout AppState) {
        guard var editor = state.editor, editor.purpose != .note else { return }
        editor.assessment = RiskScorer.assess(editor.string, context: context(editor, state), rules: state.riskRules)
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
