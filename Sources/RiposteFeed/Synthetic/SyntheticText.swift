import Foundation

/// What a synthetic mention says after its opening phrase, and who says it, drawn from stated distributions so
/// that the store's text index and its accounts see what real mentions give them: a long tail of distinct words
/// and authors under a few very common ones.
///
/// - Length: after the opening, ln(words) ~ Normal(ln 8, 0.9): a median of 8 more words, a quarter under 4.4, one in
///   ten over 25; the words stop at the one that would take the text, with its tail, past 280 characters (X's
///   limit, under Bluesky's 300 and Mastodon's 500).
/// - Vocabulary: 30,000 words, the word of rank r (from 1) drawn with probability ∝ r^-1.07 (Zipf's law, as
///   English text follows it): the 60 commonest are English words of care conversations, the rest made-up words of
///   two to four syllables, each its own.
/// - Authors: count / 4 of them (at least 10), the author of rank r drawn with probability ∝ r^-0.8, so that the
///   commonest 1% write a quarter to a third of the posts (more, the more posts) and most write one or two.
enum SyntheticText {
    static let characterLimit = 280
    static let vocabularySize = 30_000
    static let wordExponent = 1.07
    static let authorExponent = 0.8

    static let commonWords = [
        "the", "to", "and", "my", "a", "is", "i", "it", "for", "on", "you", "this", "of", "in", "me", "have", "not",
        "with", "phone", "but", "be", "can", "just", "your", "what", "all", "at", "so", "been", "no", "are",
        "network", "data", "still", "why", "was", "get", "out", "now", "bill", "signal", "back", "time", "we",
        "again", "help", "contract", "call", "please", "week", "they", "day", "since", "customer", "service", "sim",
        "do", "any", "will", "app",
    ]
    static let syllables = [
        "ba", "ko", "ri", "te", "lu", "mo", "sa", "ne", "di", "po", "ra", "ve", "zu", "ka", "li", "to", "mi", "so",
        "ga", "fe", "no", "pa", "ru", "ti", "be", "ho", "ja", "ke", "lo", "ma",
    ]

    /// The word of rank `rank` (from 0): a common word, or a made-up one spelled from the rank's digits in base 30.
    static func word(rank: Int) -> String {
        if rank < commonWords.count { return commonWords[rank] }
        var number = rank - commonWords.count + syllables.count
        var word = ""
        while number > 0 {
            word += syllables[number % syllables.count]
            number /= syllables.count
        }
        return word
    }

    static let vocabulary: [String] = (0..<vocabularySize).map(word(rank:))

    /// A rank from 0 to `count - 1`, rank r + 1 drawn with probability ∝ (r + 1)^-exponent: the inverse of the
    /// continuous power law's distribution function, one draw, no table.
    static func rank(of count: Int, exponent: Double, _ random: inout SeededRandom) -> Int {
        let uniform = Double.random(in: 0..<1, using: &random)
        let power = 1 - exponent
        let value = pow((pow(Double(count), power) - 1) * uniform + 1, 1 / power)
        return Swift.min(count - 1, Int(value) - 1)
    }

    /// `opening`, the words drawn for it, then `tail` (an emoji, a link), within the character limit.
    static func mention(_ opening: String, tail: String, _ random: inout SeededRandom) -> String {
        // Box–Muller: one normal draw from two uniform ones.
        let normal = (-2 * log(Double.random(in: Double.leastNonzeroMagnitude..<1, using: &random))).squareRoot()
            * cos(2 * Double.pi * Double.random(in: 0..<1, using: &random))
        let words = Int(exp(log(8) + 0.9 * normal).rounded())
        var text = opening
        var length = opening.count
        let room = characterLimit - (tail.isEmpty ? 0 : 1 + tail.count)
        for _ in 0..<words {
            let word = vocabulary[rank(of: vocabularySize, exponent: wordExponent, &random)]
            // Every word is ASCII: its bytes are its characters.
            guard length + 1 + word.utf8.count <= room else { break }
            text += " " + word
            length += 1 + word.utf8.count
        }
        return tail.isEmpty ? text : text + " " + tail
    }
}
