import RiposteCore

/// Links and mentions in a post's text, as Bluesky's rich-text facets, whose ranges count UTF-8 bytes
/// (docs.bsky.app/docs/advanced-guides/post-richtext). Found the way Bluesky's own client finds them: a word that
/// starts with http:// or https://, or with @ and a handle, less the punctuation that ends a sentence.
enum BlueskyFacets {
    enum Feature: Equatable {
        case link(String)
        case mention(handle: String)
    }

    struct Found: Equatable {
        var byteStart: Int
        var byteEnd: Int
        var feature: Feature
    }

    static func find(in text: String) -> [Found] {
        var found: [Found] = [], offset = 0, counted = text.startIndex
        for word in text.split(whereSeparator: \.isWhitespace) {
            offset += text[counted..<word.startIndex].utf8.count
            counted = word.startIndex
            let trimmed = word.reversed().drop { ".,;:!?)\"'".contains($0) }.reversed()
            let token = String(trimmed)
            if token.hasPrefix("https://") || token.hasPrefix("http://"), token.count > 8 {
                found.append(Found(byteStart: offset, byteEnd: offset + token.utf8.count, feature: .link(token)))
            } else if token.hasPrefix("@"), AccountsFile.handleProblem(String(token.dropFirst()), on: .bluesky) == nil {
                found.append(Found(byteStart: offset, byteEnd: offset + token.utf8.count,
                                   feature: .mention(handle: String(token.dropFirst()).lowercased())))
            }
        }
        return found
    }

    /// The facets for the record; a mention whose handle has no known DID stays plain text.
    static func facets(_ found: [Found], dids: [String: String]) -> [[String: Any]] {
        found.compactMap { each in
            let feature: [String: Any]
            switch each.feature {
            case let .link(uri): feature = ["$type": "app.bsky.richtext.facet#link", "uri": uri]
            case let .mention(handle):
                guard let did = dids[handle] else { return nil }
                feature = ["$type": "app.bsky.richtext.facet#mention", "did": did]
            }
            return ["index": ["byteStart": each.byteStart, "byteEnd": each.byteEnd], "features": [feature]]
        }
    }
}
