import Foundation

/// Finds the URLs that count 23 characters: twitter-text v3's extractUrlsWithIndices, or Mastodon's
/// use of it with `extract_url_without_protocol: false` and its own URL pattern.
enum URLExtractor {
    enum Dialect { case twitter, mastodon }

    /// twitter-text's MAX_URL_LENGTH and MAX_TCO_SLUG_LENGTH, and DNS's label limit.
    static let maxURLLength = 4096, maxTcoSlugLength = 40, maxLabelLength = 63

    /// The scalar ranges of the URLs in `text`, in order.
    static func urls(in text: ScalarText, dialect: Dialect) -> [Range<Int>] {
        let string = text.string
        // twitter-text's own shortcut: no dot (no colon when a scheme is required), no URL.
        guard string.contains(dialect == .twitter ? "." : ":") else { return [] }
        var found: [NSRange] = []
        let pattern = dialect == .twitter ? Patterns.twitter : Patterns.mastodon
        for match in pattern.matches(in: string, range: text.fullRange) {
            let url = match.range(at: 3), protocolRange = match.range(at: 4), domainRange = match.range(at: 5)
            guard let domain = text.substring(domainRange) else { continue }
            let hasProtocol = protocolRange.location != NSNotFound
            let protocolLength = hasProtocol ? protocolRange.length : "https://".utf16.count
            guard isValid(domain: domain), protocolLength + url.length <= maxURLLength else { continue }
            if hasProtocol {
                // A t.co link ends at its slug, and one with too long a slug is no link at all.
                if let link = text.substring(url),
                   let tco = Patterns.tco.firstMatch(in: link, range: NSRange(link.startIndex..., in: link)) {
                    guard tco.range(at: 1).length <= maxTcoSlugLength else { continue }
                    found.append(NSRange(location: url.location, length: tco.range.length))
                } else {
                    found.append(url)
                }
                continue
            }
            guard dialect == .twitter else { continue }
            // A bare domain right after "-", "_", "." or "/" is part of something else.
            if let before = text.substring(match.range(at: 2)), let last = before.last, "-_./".contains(last) { continue }
            let asciiDomains = Patterns.asciiDomain.matches(
                in: domain, range: NSRange(domain.startIndex..., in: domain))
            guard !asciiDomains.isEmpty else { continue }
            for ascii in asciiDomains {
                found.append(NSRange(location: domainRange.location + ascii.range.location, length: ascii.range.length))
            }
            // twitter-text swaps the domain for its last ASCII part and then skips as many characters as
            // that shorter URL has, from where the part starts; kept, since X counts that way.
            if match.range(at: 7).location != NSNotFound, let last = found.popLast() {
                found.append(NSRange(location: last.location, length: url.length - domainRange.length + last.length))
            }
        }
        return found.map(text.scalarRange)
    }

    /// IDNA ToASCII as twitter-text's Java library applies it (RFC 3490, unassigned code points allowed):
    /// every label passes nameprep, does not start with "xn--" and is 1 to 63 characters once encoded.
    static func isValid(domain: String) -> Bool {
        if domain.hasPrefix("xn--") {
            let ascii = Patterns.asciiDomain
            guard ascii.firstMatch(in: domain, range: NSRange(domain.startIndex..., in: domain)) != nil else {
                return false
            }
        }
        return domain.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
            if label.unicodeScalars.allSatisfy(\.isASCII) { return (1...maxLabelLength).contains(label.utf8.count) }
            guard let prepared = Nameprep.prepare(label), !prepared.lowercased().hasPrefix("xn--") else { return false }
            return (1...maxLabelLength).contains(Punycode.asciiLabel(prepared[...]).utf16.count)
        }
    }

    /// The compiled patterns, built once: the TLD alternation makes them large.
    enum Patterns {
        static let twitter = CompiledPattern.compile(URLPattern.twitter, caseInsensitive: true)
        static let mastodon = CompiledPattern.compile(URLPattern.mastodon, caseInsensitive: true)
        static let asciiDomain = CompiledPattern.compile(URLPattern.asciiDomain, caseInsensitive: true)
        static let tco = CompiledPattern.compile(URLPattern.tco, caseInsensitive: true)
    }
}
