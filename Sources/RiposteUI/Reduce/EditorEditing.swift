import Foundation
import RiposteCore

/// Changing the reply's text and moving through it: by grapheme cluster, word, visual line and the whole text,
/// with undo and redo. Every change keeps the cursor on screen and marks the draft for saving.
enum EditorEditing {
    /// Inserts at the cursor. A terminal delivers one code point at a time, so a combining mark, a skin tone or the
    /// rest of a ZWJ sequence is joined to the character before it by segmenting the two again.
    static func insert(_ characters: [Character], kind: EditorState.EditKind = .typing, _ state: inout AppState) {
        // A space ends a word: typing after it undoes separately.
        let wordEnded = characters.last?.isWhitespace == true
        edit(&state, kind: kind) { text, cursor in
            let before = cursor > 0 ? [text[cursor - 1]] : []
            let joined = Array(String(before + characters))
            text.replaceSubrange((cursor - before.count)..<cursor, with: joined)
            cursor += joined.count - before.count
        }
        if wordEnded, kind == .typing { state.editor?.lastEdit = nil }
    }

    /// Text pasted in one go: inserted as it is, one undo step, its line breaks as newlines.
    static func paste(_ text: String, _ state: inout AppState) {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        insert(Array(normalised), kind: .other, &state)
    }

    /// The whole text replaced (it came back from the user's editor): one undo step, the cursor at its end.
    static func replaceAll(with characters: [Character], _ state: inout AppState) {
        edit(&state, kind: .other) { text, cursor in
            text = characters
            cursor = characters.count
        }
    }

    static func run(_ command: Command, _ state: inout AppState) {
        guard let editor = state.editor else { return }
        let text = editor.text, cursor = editor.cursor
        switch command {
        case .editorNewline:
            insert(["\n"], kind: .other, &state)
        case .editorDeleteBackward:
            delete(max(0, cursor - 1)..<cursor, &state)
        case .editorDeleteForward:
            delete(cursor..<min(text.count, cursor + 1), &state)
        case .editorDeleteWordBackward:
            delete(EditorText.wordStart(before: cursor, in: text)..<cursor, &state)
        case .editorDeleteWordForward:
            delete(cursor..<EditorText.wordEnd(after: cursor, in: text), &state)
        case .editorKillToLineEnd:
            let end = EditorText.lineEnd(cursor, in: text)
            // At the end of a line, the newline goes, joining the next line to this one.
            delete(cursor..<(end == cursor ? min(text.count, end + 1) : end), &state)
        case .editorKillToLineStart:
            delete(EditorText.lineStart(cursor, in: text)..<cursor, &state)
        case .editorUndo, .editorRedo:
            history(command == .editorUndo, &state)
        default:
            move(command, &state)
        }
    }

    static func delete(_ range: Range<Int>, _ state: inout AppState) {
        guard !range.isEmpty else { return }
        edit(&state, kind: .deleting) { text, cursor in
            text.removeSubrange(range)
            cursor = range.lowerBound
        }
    }

    /// Applies a change, keeping what came before it for undo (a run of typing or of deleting is one step).
    static func edit(_ state: inout AppState, kind: EditorState.EditKind,
                     _ change: (inout [Character], inout Int) -> Void) {
        guard var editor = state.editor else { return }
        if kind == .other || editor.lastEdit != kind {
            editor.undo.append(EditorState.Snapshot(text: editor.text, cursor: editor.cursor))
            if editor.undo.count > maximumUndo { editor.undo.removeFirst() }
        }
        editor.redo = []
        change(&editor.text, &editor.cursor)
        editor.lastEdit = kind
        editor.goalColumn = nil
        editor.unsaved = true
        state.editor = scrolled(editor, in: state)
        EditorRisk.assess(&state)
    }

    static let maximumUndo = 500

    static func history(_ isUndo: Bool, _ state: inout AppState) {
        guard var editor = state.editor else { return }
        guard let snapshot = isUndo ? editor.undo.popLast() : editor.redo.popLast() else {
            state.say(isUndo ? "Nothing to undo" : "Nothing to redo", isError: true)
            return
        }
        let current = EditorState.Snapshot(text: editor.text, cursor: editor.cursor)
        if isUndo { editor.redo.append(current) } else { editor.undo.append(current) }
        editor.text = snapshot.text
        editor.cursor = snapshot.cursor
        editor.lastEdit = nil
        editor.goalColumn = nil
        editor.unsaved = true
        state.editor = scrolled(editor, in: state)
        EditorRisk.assess(&state)
    }

    static func move(_ command: Command, _ state: inout AppState) {
        guard var editor = state.editor else { return }
        let lines = visualLines(editor.text, width: EditorLayout(state).textWidth)
        let line = lineIndex(of: editor.cursor, in: lines)
        var keepGoal = false
        switch command {
        case .editorLeft: editor.cursor = max(0, editor.cursor - 1)
        case .editorRight: editor.cursor = min(editor.text.count, editor.cursor + 1)
        case .editorWordLeft: editor.cursor = EditorText.wordStart(before: editor.cursor, in: editor.text)
        case .editorWordRight: editor.cursor = EditorText.wordEnd(after: editor.cursor, in: editor.text)
        case .editorLineStart: editor.cursor = lines[line].lowerBound
        case .editorLineEnd: editor.cursor = lineEnd(lines[line], in: editor.text)
        case .editorTextStart: editor.cursor = 0
        case .editorTextEnd: editor.cursor = editor.text.count
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
        editor.lastEdit = nil
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

extension AppState {
    /// The character `key` types in the editor, if all it does is type: one no command takes, or Enter's newline.
    public func textTyped(by key: KeyPress) -> Character? {
        guard context == .editor, prompt == nil else { return nil }
        switch keymap.command(for: key, in: .editor) {
        case .editorNewline?: return "\n"
        case nil: if case let .character(character) = key { return character } else { return nil }
        default: return nil
        }
    }
}
