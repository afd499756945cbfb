/// X's weighted length: twitter-text v3's parseTweet (github.com/twitter/twitter-text,
/// js/src/parseTweet.js, config v3.json).
///
/// NFC first; code points in 0–4351, 8192–8205, 8208–8223 and 8242–8247 weigh 100, all others 200;
/// each URL weighs 23 × 100 and each emoji sequence 200; the length is the total over 100. Valid when
/// 1 ≤ length ≤ 280 and no U+FFFE, U+FEFF or U+FFFF is present.
enum WeightedLength {
    static let limit = 280, scale = 100, defaultWeight = 200, urlLength = 23
    static let lightRanges: [ClosedRange<UInt32>] = [0...4351, 8192...8205, 8208...8223, 8242...8247]
    static let invalidScalars: Set<Unicode.Scalar> = ["\u{FFFE}", "\u{FEFF}", "\u{FFFF}"]

    static func measure(_ text: String) -> LengthReport {
        let normalized = ScalarText(text, normalized: true)
        let scalars = normalized.scalars
        var urlEnds: [Int: Int] = [:]
        for url in URLExtractor.urls(in: normalized, dialect: .twitter) { urlEnds[url.lowerBound] = url.upperBound }

        var weighted = 0
        var overflowIndex: Int?
        var index = 0
        while index < scalars.count {
            let start = index
            if let end = urlEnds[index] {
                weighted += urlLength * scale
                index = end
            } else if let count = EmojiSequence.length(in: scalars, at: index) {
                weighted += defaultWeight
                index += count
            } else {
                weighted += weight(of: scalars[index])
                index += 1
            }
            if overflowIndex == nil, weighted > limit * scale { overflowIndex = normalized.owners[start] }
        }
        let length = weighted / scale
        let hasInvalid = scalars.contains { invalidScalars.contains($0) }
        return LengthReport(
            network: .x, length: length, limit: limit,
            isValid: !hasInvalid && length > 0 && length <= limit, overflowIndex: overflowIndex)
    }

    static func weight(of scalar: Unicode.Scalar) -> Int {
        lightRanges.contains { $0.contains(scalar.value) } ? scale : defaultWeight
    }
}
