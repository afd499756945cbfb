/// A status's HTML as the text a person reads: paragraphs and line breaks kept, tags dropped, entities decoded, in
/// one pass. What comes out is still untrusted; the screen sanitises it like any post.
enum MastodonHTML {
    static func plainText(_ html: String) -> String {
        var out = "", index = html.startIndex
        // Once a "<" has no ">" after it, no later one has: searching again would make the pass quadratic.
        var closesAhead = true
        while index < html.endIndex {
            let character = html[index]
            if character == "<", closesAhead, let close = html[index...].firstIndex(of: ">") ?? {
                closesAhead = false
                return nil
            }() {
                let tag = html[html.index(after: index)..<close].lowercased()
                if tag.hasPrefix("br") { out += "\n" }
                if tag == "/p", html[html.index(after: close)...].hasPrefix("<p") { out += "\n\n" }
                index = html.index(after: close)
            } else if character == "&", let (decoded, next) = entity(in: html, at: index) {
                out.append(decoded)
                index = next
            } else {
                out.append(character)
                index = html.index(after: index)
            }
        }
        return out
    }

    private static let named: [String: Character] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
                                                     "nbsp": "\u{A0}"]

    private static func entity(in html: String, at start: String.Index) -> (Character, String.Index)? {
        let body = html[html.index(after: start)...].prefix(12)
        guard let semicolon = body.firstIndex(of: ";") else { return nil }
        let name = body[..<semicolon], next = html.index(after: semicolon)
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (Character(scalar), next)
        }
        return named[String(name)].map { ($0, next) }
    }
}
