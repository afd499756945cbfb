import RiposteCore

/// The prompt line edits like a shell's (readline's keys): the cursor moves by character and word, and text is
/// deleted around it.
enum PromptEditing {
    static func run(_ command: Command, _ state: inout AppState) {
        guard var prompt = state.prompt, !prompt.isYesNo else { return }
        let text = prompt.text, cursor = prompt.cursor
        switch command {
        case .promptLeft: prompt.cursor = max(0, cursor - 1)
        case .promptRight: prompt.cursor = min(text.count, cursor + 1)
        case .promptLineStart: prompt.cursor = 0
        case .promptLineEnd: prompt.cursor = text.count
        case .promptWordLeft: prompt.cursor = EditorText.wordStart(before: cursor, in: text)
        case .promptWordRight: prompt.cursor = EditorText.wordEnd(after: cursor, in: text)
        case .promptDeleteBackward: prompt.delete(max(0, cursor - 1)..<cursor)
        case .promptDeleteForward: prompt.delete(cursor..<min(text.count, cursor + 1))
        case .promptDeleteWordBackward:
            // As a shell's C-w: back to the whitespace before the word, so `tag:billing` goes at once.
            var start = cursor
            while start > 0, text[start - 1] == " " { start -= 1 }
            while start > 0, text[start - 1] != " " { start -= 1 }
            prompt.delete(start..<cursor)
        case .promptKillToStart: prompt.delete(0..<cursor)
        case .promptKillToEnd: prompt.delete(cursor..<text.count)
        default: return
        }
        prompt.hint = nil
        state.prompt = prompt
    }
}

extension PromptState {
    mutating func insert(_ characters: [Character]) {
        text.insert(contentsOf: characters, at: cursor)
        cursor += characters.count
    }

    mutating func delete(_ range: Range<Int>) {
        text.removeSubrange(range)
        cursor = range.lowerBound
    }

    /// Replaces the whole line, the cursor at its end (history, completion).
    mutating func replace(with line: String) {
        text = Array(line)
        cursor = text.count
    }
}
