import Foundation

/// Mastodon's status length: StatusLengthValidator (mastodon/app/validators/status_length_validator.rb).
///
/// Grapheme clusters of the text after every URL with a scheme is replaced by 23 characters and every
/// mention `@user@domain` by `@user`; a blank text counts 0. The limit is the instance's (500 by default).
enum MastodonLength {
    static let urlLength = 23
    /// Extractor::MAX_DOMAIN_LENGTH: a mention with a longer domain is not a mention.
    static let maxDomainLength = 253

    static func measure(_ text: String, limit: Int) -> LengthReport {
        let scalarText = ScalarText(text, normalized: false)
        // Ruby's String#blank?: only whitespace counts as nothing at all.
        let isBlank = text.unicodeScalars.allSatisfy(\.properties.isWhitespace)
        var cost = Array(repeating: isBlank ? 0 : 1, count: text.count)
        if !isBlank {
            for entity in entities(in: scalarText) {
                let characters = scalarText.owners[entity.range.lowerBound]...scalarText.owners[entity.range.upperBound - 1]
                for index in characters { cost[index] = 0 }
                if let userEnd = entity.userEnd {
                    let userCharacters = characters.lowerBound...scalarText.owners[userEnd - 1]
                    for index in userCharacters { cost[index] = 1 }
                } else {
                    cost[characters.lowerBound] = urlLength
                }
            }
        }
        var length = 0
        var overflowIndex: Int?
        for (index, characterCost) in cost.enumerated() {
            length += characterCost
            if overflowIndex == nil, length > limit { overflowIndex = index }
        }
        return LengthReport(
            network: .mastodon, length: length, limit: limit,
            isValid: length > 0 && length <= limit, overflowIndex: overflowIndex)
    }

    /// A URL (no `userEnd`) or a mention, whose `@user` part ends at `userEnd`; scalar indices.
    struct Entity {
        let range: Range<Int>
        let userEnd: Int?
    }

    /// URLs and mentions with overlaps removed, the earlier one kept (Extractor.remove_overlapping_entities).
    static func entities(in text: ScalarText) -> [Entity] {
        let urls = URLExtractor.urls(in: text, dialect: .mastodon).map { Entity(range: $0, userEnd: nil) }
        let all = (urls + mentions(in: text)).sorted { $0.range.lowerBound < $1.range.lowerBound }
        var kept: [Entity] = []
        for entity in all where entity.range.lowerBound >= (kept.last?.range.upperBound ?? 0) {
            kept.append(entity)
        }
        return kept
    }

    /// Extractor.extract_mentions_or_lists_with_indices with Account::MENTION_RE.
    static func mentions(in text: ScalarText) -> [Entity] {
        let string = text.string
        guard string.contains("@") || string.contains("＠") else { return [] }
        var found: [Entity] = []
        for match in mentionPattern.matches(in: string, range: text.fullRange) {
            let after = NSRange(location: NSMaxRange(match.range), length: NSMaxRange(text.fullRange) - NSMaxRange(match.range))
            if endMentionPattern.firstMatch(in: string, options: .anchored, range: after) != nil { continue }
            let domain = match.range(at: 2)   // "@domain"
            if domain.location != NSNotFound, domain.length - 1 > maxDomainLength { continue }
            found.append(Entity(range: text.scalarRange(match.range), userEnd: text.scalarRange(match.range(at: 1)).upperBound))
        }
        return found
    }

    /// `(?<![=/[:word:]])@((USERNAME_RE)(?:@[[:word:]]+([.-]+[[:word:]]+)*)?)`, Ruby's [:word:] spelled out.
    static let mentionPattern = CompiledPattern.compile(
        #"(?<![=/\p{Alphabetic}\p{M}\p{Nd}\p{Pc}])@((?i:[a-z0-9_]+(?:[.-]+[a-z0-9_]+)*))"#
            + #"(@[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}]+(?:[.-]+[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}]+)*)?"#)
    /// twitter-text's end_mention_match: a mention followed by @, a Latin accent or "://" is not one.
    static let endMentionPattern = CompiledPattern.compile("(?:[@＠]|[" + URLPattern.latinAccents + "]|://)")
}
