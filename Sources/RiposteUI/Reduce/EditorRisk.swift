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

    /// Every reason whole, on a page of its own (q goes back to the draft): the points add up to the score, which
    /// stops at 100, and the threshold says what the score means.
    static func showReasons(_ state: inout AppState) {
        guard let editor = state.editor else { return }
        let assessment = editor.assessment, threshold = state.riskRules.threshold
        let width = max(20, state.width - 4)
        var lines: [String] = []
        for reason in assessment.reasons {
            let wrapped = DisplayText.wrap("+\(reason.points)  \(reason.message)", width: width)
            lines += wrapped.enumerated().map { (index, glyphs) in
                (index == 0 ? " " : "      ") + glyphs.map(\.text).joined()
            }
        }
        let total = assessment.reasons.reduce(0) { $0 + $1.points }
        lines += ["", assessment.reasons.isEmpty ? " Nothing in the draft raises the risk: 0."
                  : " = \(total)" + (total > assessment.score ? ", counted as \(assessment.score) (the score stops at 100)" : ""),
                  assessment.score >= threshold
                      ? " At \(threshold) or more a supervisor approves the reply before it goes out."
                      : " Below the team's threshold of \(threshold): the reply may go out as it is."]
        state.report = ReportPage(title: "Why the risk is \(assessment.score)", lines: lines)
    }

    /// True when the draft must go to a supervisor instead of out.
    static func needsApproval(_ editor: EditorState, _ state: AppState) -> Bool {
        editor.assessment.score >= state.riskRules.threshold
    }
}
