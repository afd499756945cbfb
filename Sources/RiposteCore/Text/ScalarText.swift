import Foundation

/// A post's text as scalars, each remembering the Character of the original it came from, with the
/// UTF-16 view that NSRegularExpression reports positions in.
struct ScalarText {
    let scalars: [Unicode.Scalar]
    /// For each scalar, the index of its Character in the original text.
    let owners: [Int]
    /// The scalars as a String, what the regular expressions run over.
    let string: String
    /// For each UTF-16 offset of `string` (and its end), the index of the scalar it falls in.
    private let scalarAtUTF16: [Int]

    /// `normalized` applies NFC one Character at a time, so every scalar still has one owner.
    init(_ text: String, normalized: Bool) {
        var scalars: [Unicode.Scalar] = []
        var owners: [Int] = []
        for (index, character) in text.enumerated() {
            let needsNormalizing = normalized && character.unicodeScalars.contains { $0.value >= 0x300 }
            let piece = needsNormalizing ? String(character).precomposedStringWithCanonicalMapping : String(character)
            for scalar in piece.unicodeScalars {
                scalars.append(scalar)
                owners.append(index)
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        var scalarAtUTF16: [Int] = []
        for (index, scalar) in scalars.enumerated() {
            scalarAtUTF16.append(contentsOf: repeatElement(index, count: UTF16.width(scalar)))
        }
        scalarAtUTF16.append(scalars.count)
        self.scalars = scalars
        self.owners = owners
        self.string = String(view)
        self.scalarAtUTF16 = scalarAtUTF16
    }

    /// The scalars an NSRange of `string` covers.
    func scalarRange(_ range: NSRange) -> Range<Int> {
        scalarAtUTF16[range.location]..<scalarAtUTF16[range.location + range.length]
    }

    /// The text of an NSRange of `string`, or nil when the group did not take part in the match.
    /// Built from scalars, since a match may start inside a Character (after an emoji's base, say).
    func substring(_ range: NSRange) -> String? {
        guard range.location != NSNotFound else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[scalarRange(range)])
        return String(view)
    }

    /// The whole of `string`, as NSRegularExpression wants it.
    var fullRange: NSRange { NSRange(location: 0, length: scalarAtUTF16.count - 1) }
}
