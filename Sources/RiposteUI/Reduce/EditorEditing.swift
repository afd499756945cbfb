import Foundation
import RiposteCore

/// Writing a reply: typing, moving the cursor by grapheme cluster and visual line, keeping the draft, sending.
enum EditorEditing {
    static func compose(_ state: inout AppState) -> [Effect] {
        guard let view = state.thread, let thread = view.thread, let selected = view.selectedPost else {
            state.say("The thread is still loading", isError: true)
            return []
        }
        if let draft = thread.draft {
            state.editor = EditorState(caseID: thread.caseID, inReplyTo: draft.inReplyTo, network: thread.network,
                                       text: draft.text, cursor: draft.cursor)
            state.say("Your draft is back")
        } else {
            state.editor = EditorState(caseID: thread.caseID, inReplyTo: selected, network: thread.network)
        }
        state.editor = state.editor.map { scrolled($0, in: state) }
        return []
    }

    static func send(_ state: inout AppState) -> [Effect] {
        guard let editor = state.editor else { return [] }
        let text = editor.string
        guard !text.allSatisfy(\.isWhitespace) else {
            state.say("Nothing to send yet", isError: true)
            return []
        }
        let report = ReplyLength.measure(text, on: editor.network)
        guard report.isValid else {
            let over = report.length - report.limit
            state.say(over > 0
                      ? "Too long for \(editor.network.label): \(report.length)/\(report.limit), \(over) over"
                      : "\(editor.network.label) would refuse this text", isError: true)
            return []
        }
        return [.sendReply(editor.caseID, inReplyTo: editor.inReplyTo, text: text)]
    }

    static func leave(_ state: inout AppState) -> [Effect] {
        guard let editor = state.editor else { return [] }
        state.editor = nil
        if editor.text.isEmpty { return [.deleteDraft(editor.caseID), .loadThread(editor.caseID)] }
        state.say("Draft kept; r on this case resumes it")
        return [.saveDraft(editor.draft), .loadThread(editor.caseID)]
    }

    /// Saves the draft at most once a second while the agent types, so a killed process loses at most a second.
    static func autosave(_ state: inout AppState) -> [Effect] {
        guard var editor = state.editor, editor.unsaved else { return [] }
        if let saved = editor.lastSaved, state.now.timeIntervalSince(saved) < 1 { return [] }
        editor.unsaved = false
        editor.lastSaved = state.now
        state.editor = editor
        return [editor.text.isEmpty ? .deleteDraft(editor.caseID) : .saveDraft(editor.draft)]
    }

    /// Inserts at the cursor. A terminal delivers one code point at a time, so a combining mark, a skin tone or the
    /// rest of a ZWJ sequence is joined to the character before it by segmenting the two again.
    static func insert(_ characters: [Character], _ state: inout AppState) {
        guard var editor = state.editor else { return }
        let before = editor.cursor > 0 ? [editor.text[editor.cursor - 1]] : []
        let joined = Array(String(before + characters))
        editor.text.replaceSubrange((editor.cursor - before.count)..<editor.cursor, with: joined)
        editor.cursor += joined.count - before.count
        editor.goalColumn = nil
        editor.unsaved = true
        state.editor = scrolled(editor, in: state)
    }

    static func run(_ command: Command, _ state: inout AppState) {
        guard var editor = state.editor else { return }
        let lines = visualLines(editor.text, width: EditorLayout(state).textWidth)
        let line = lineIndex(of: editor.cursor, in: lines)
        var keepGoal = false
        switch command {
        case .editorNewline:
            editor.text.insert("\n", at: editor.cursor)
            editor.cursor += 1
            editor.unsaved = true
        case .editorDeleteBackward:
            guard editor.cursor > 0 else { return }
            editor.text.remove(at: editor.cursor - 1)
            editor.cursor -= 1
            editor.unsaved = true
        case .editorDeleteForward:
            guard editor.cursor < editor.text.count else { return }
            editor.text.remove(at: editor.cursor)
            editor.unsaved = true
        case .editorLeft:
            editor.cursor = max(0, editor.cursor - 1)
        case .editorRight:
            editor.cursor = min(editor.text.count, editor.cursor + 1)
        case .editorLineStart:
            editor.cursor = lines[line].lowerBound
        case .editorLineEnd:
            editor.cursor = lineEnd(lines[line], in: editor.text)
        case .editorUp, .editorDown:
            let target = command == .editorUp ? line - 1 : line + 1
            guard lines.indices.contains(target) else { return }
            let goal = editor.goalColumn ?? column(of: editor.cursor, in: lines[line], text: editor.text)
            editor.cursor = position(atColumn: goal, in: lines[target], text: editor.text)
            editor.goalColumn = goal
            keepGoal = true
        default:
            return
        }
        if !keepGoal { editor.goalColumn = nil }
        state.editor = scrolled(editor, in: state)
    }

    /// The text's lines on screen; after a final newline the cursor sits on a line of its own.
    static func visualLines(_ text: [Character], width: Int) -> [Range<Int>] {
        var lines = DisplayText.softWrap(text, width: width)
        if lines.isEmpty || text.last == "\n" { lines.append(text.count..<text.count) }
        return lines
    }

    /// The visual line holding the cursor; a cursor at a soft-wrap point belongs to the next line.
    static func lineIndex(of cursor: Int, in lines: [Range<Int>]) -> Int {
        lines.lastIndex { $0.lowerBound <= cursor } ?? 0
    }

    /// The last cursor position on a line: before its newline, or after its last character.
    static func lineEnd(_ line: Range<Int>, in text: [Character]) -> Int {
        if line.upperBound > line.lowerBound, text[line.upperBound - 1] == "\n" { return line.upperBound - 1 }
        return line.upperBound
    }

    static func column(of cursor: Int, in line: Range<Int>, text: [Character]) -> Int {
        text[line.lowerBound..<min(cursor, line.upperBound)].reduce(0) { $0 + DisplayText.glyph(for: $1).width }
    }

    static func position(atColumn goal: Int, in line: Range<Int>, text: [Character]) -> Int {
        var column = 0, index = line.lowerBound
        let end = lineEnd(line, in: text)
        while index < end {
            let width = DisplayText.glyph(for: text[index]).width
            if column + width > goal { break }
            column += width
            index += 1
        }
        return index
    }

    /// The editor with its scroll moved so that the cursor's line is on screen.
    static func scrolled(_ editor: EditorState, in state: AppState) -> EditorState {
        var editor = editor
        let layout = EditorLayout(state)
        let lines = visualLines(editor.text, width: layout.textWidth)
        let line = lineIndex(of: editor.cursor, in: lines)
        if line < editor.scroll { editor.scroll = line }
        if line >= editor.scroll + layout.textHeight { editor.scroll = line - layout.textHeight + 1 }
        return editor
    }
}
