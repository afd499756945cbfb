/// Recognises emoji sequences (UTS #51) in a run of scalars: keycaps, flags, tag sequences,
/// modifier sequences, presentation sequences and ZWJ sequences of those.
enum EmojiSequence {
    static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"
    static let emojiPresentation: Unicode.Scalar = "\u{FE0F}"
    static let textPresentation: Unicode.Scalar = "\u{FE0E}"
    static let combiningKeycap: Unicode.Scalar = "\u{20E3}"
    static let cancelTag: Unicode.Scalar = "\u{E007F}"

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    static func isModifier(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F3FB...0x1F3FF).contains(scalar.value)
    }

    static func isTag(_ scalar: Unicode.Scalar) -> Bool {
        (0xE0020...0xE007E).contains(scalar.value)
    }

    /// The number of scalars of the emoji sequence starting at `start`, or nil if none starts there.
    ///
    /// A text-default emoji on its own (©, ☺, ❤) is not a sequence unless FE0F, a skin tone or a
    /// joiner follows, as in twemoji-parser, the matcher twitter-text v3 counts emoji with.
    static func length(in scalars: [Unicode.Scalar], at start: Int) -> Int? {
        let first = scalars[start]
        if "0123456789#*".unicodeScalars.contains(first) {
            var next = start + 1
            if next < scalars.count, scalars[next] == emojiPresentation { next += 1 }
            return next < scalars.count && scalars[next] == combiningKeycap ? next + 1 - start : nil
        }
        if isRegionalIndicator(first) {
            return start + 1 < scalars.count && isRegionalIndicator(scalars[start + 1]) ? 2 : 1
        }
        guard var end = element(in: scalars, at: start, bareTextDefault: false) else { return nil }
        while end + 1 < scalars.count, scalars[end] == zeroWidthJoiner,
              let next = element(in: scalars, at: end + 1, bareTextDefault: true) {
            end = next
        }
        return end - start
    }

    /// The end of one emoji element (emoji with its modifier, FE0F or tags) starting at `start`.
    private static func element(in scalars: [Unicode.Scalar], at start: Int, bareTextDefault: Bool) -> Int? {
        let base = scalars[start]
        guard base.value >= 0x80, base.properties.isEmoji, !isRegionalIndicator(base) else { return nil }
        let next = start + 1
        let following = next < scalars.count ? scalars[next] : nil
        if let following, isTag(following) {
            var end = next
            while end < scalars.count, isTag(scalars[end]) { end += 1 }
            if end < scalars.count, scalars[end] == cancelTag { return end + 1 }
        }
        if let following, isModifier(following), base.properties.isEmojiModifierBase { return next + 1 }
        if base.properties.isEmojiPresentation { return next }
        // FE0F belongs to a text-default emoji only; after 😷 it is a sequence of its own, as in twemoji.
        if following == emojiPresentation { return next + 1 }
        if following == textPresentation { return nil }
        if bareTextDefault { return next }
        if following == zeroWidthJoiner { return next }
        return nil
    }
}
