/// How a message names a character a reader could not see or find: `U+FEFF`.
///
/// An error message quotes what the file says; a tab, a vertical tab or a byte-order mark quoted as it is shows as
/// nothing, or moves the cursor, and the person is left to guess what is wrong.
public enum CodePointName {
    /// `U+000B`: the scalar's code point, at least four hex digits.
    public static func of(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `text` with every character that does not show for itself written as `<U+000B>`.
    ///
    /// A joiner or a variation selector inside an emoji is part of what shows, and is kept.
    public static func replacingInvisibles(in text: String) -> String {
        guard text.unicodeScalars.contains(where: isInvisible) else { return text }
        var shown = ""
        for character in text {
            let first = character.unicodeScalars.first!
            let isEmoji = first.value > 0x7F && first.properties.isEmoji
            for scalar in character.unicodeScalars {
                if isInvisible(scalar), !(isEmoji && scalar != first && ScalarRole(scalar) == .invisible) {
                    shown += "<\(of(scalar))>"
                } else {
                    shown.unicodeScalars.append(scalar)
                }
            }
        }
        return shown
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value >= 0x20 && scalar.value < 0x7F { return false }
        switch ScalarRole(scalar) {
        case .control, .lineBreak, .bidiControl, .invisible, .unprintable: return true
        case .nonSpacing, .spacing: return false
        }
    }
}
