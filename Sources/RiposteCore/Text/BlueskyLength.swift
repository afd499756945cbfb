/// Bluesky's post length: the app.bsky.feed.post lexicon's `text` field (maxGraphemes 300, maxLength
/// 3000 UTF-8 bytes; github.com/bluesky-social/atproto, lexicons/app/bsky/feed/post.json).
enum BlueskyLength {
    static let maxGraphemes = 300, maxBytes = 3000

    static func measure(_ text: String) -> LengthReport {
        var graphemes = 0
        var bytes = 0
        var overflowIndex: Int?
        for (index, character) in text.enumerated() {
            graphemes += 1
            bytes += character.utf8.count
            if overflowIndex == nil, graphemes > maxGraphemes || bytes > maxBytes { overflowIndex = index }
        }
        return LengthReport(
            network: .bluesky, length: graphemes, limit: maxGraphemes,
            isValid: graphemes > 0 && graphemes <= maxGraphemes && bytes <= maxBytes, overflowIndex: overflowIndex)
    }
}
