/// A `{name}` in a template or a sign-off: a brace, a letter, then letters, digits, "." or "_", and a brace.
///
/// Braces around anything else (`{}`, `{ 1 }`, `{:-)}`) are ordinary text, so a template can hold them.
struct TemplatePlaceholder: Hashable, Sendable {
    /// What is between the braces, such as "customer.name".
    var name: String
    /// The placeholder with its braces, in the scalars of the text it was found in.
    var range: Range<String.UnicodeScalarView.Index>

    /// The placeholder as written, braces included.
    var written: String { "{\(name)}" }

    /// Every placeholder in `text`, in order.
    static func all(in text: String) -> [TemplatePlaceholder] {
        let scalars = text.unicodeScalars
        var found: [TemplatePlaceholder] = []
        var index = scalars.startIndex
        while let open = scalars[index...].firstIndex(of: "{") {
            let nameStart = scalars.index(after: open)
            var end = nameStart
            while end < scalars.endIndex, isNameScalar(scalars[end], first: end == nameStart) {
                end = scalars.index(after: end)
            }
            if end > nameStart, end < scalars.endIndex, scalars[end] == "}" {
                let close = scalars.index(after: end)
                found.append(TemplatePlaceholder(name: String(scalars[nameStart..<end]), range: open..<close))
                index = close
            } else {
                index = nameStart
            }
        }
        return found
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar, first: Bool) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z": true
        case "0"..."9", ".", "_": !first
        default: false
        }
    }
}
