import RiposteCore

/// Where words and lines start and end in the editor's text, by grapheme cluster.
enum EditorText {
    /// Letters, digits, marks and the joiners of words ("don't", "#nojoke", "@ann") make words; emoji count too.
    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "'" || character == "’"
            || character == "@" || character == "#" || character.unicodeScalars.first?.properties.isEmoji == true
                && !character.isASCII
    }

    /// The start of the word at or before `index`, skipping the spaces and punctuation before it.
    static func wordStart(before index: Int, in text: [Character]) -> Int {
        var position = index
        while position > 0, !isWordCharacter(text[position - 1]) { position -= 1 }
        while position > 0, isWordCharacter(text[position - 1]) { position -= 1 }
        return position
    }

    /// The end of the word at or after `index`, skipping the spaces and punctuation before it.
    static func wordEnd(after index: Int, in text: [Character]) -> Int {
        var position = index
        while position < text.count, !isWordCharacter(text[position]) { position += 1 }
        while position < text.count, isWordCharacter(text[position]) { position += 1 }
        return position
    }

    /// The start of the logical line (after the previous newline) holding `index`.
    static func lineStart(_ index: Int, in text: [Character]) -> Int {
        var position = index
        while position > 0, text[position - 1] != "\n" { position -= 1 }
        return position
    }

    /// The end of the logical line (before its newline) holding `index`.
    static func lineEnd(_ index: Int, in text: [Character]) -> Int {
        var position = index
        while position < text.count, text[position] != "\n" { position += 1 }
        return position
    }
}
