/// The URL regular expressions of twitter-text v3 (github.com/twitter/twitter-text, js/src/regexp) and
/// of Mastodon's override of them (mastodon/config/initializers/twitter_regex.rb), as ICU patterns.
///
/// Kept as close to the originals as ICU allows, so a URL counts 23 exactly when those libraries
/// find one.
enum URLPattern {
    static let invalidCharacters = #"\uFFFE\uFEFF\uFFFF"#
    static let directionalMarkers = #"\u202A-\u202E\u061C\u200E\u200F\u2066\u2067\u2068\u2069"#
    static let spaces = #"\x09-\x0D\x20\x85\xA0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000"#
    static let punctuation = #"\!'#%&'\(\)*\+,\\\-\.\/:;<=>\?@\[\]\^_\{\|\}~\$"#
    static let latinAccents = #"\xC0-\xD6\xD8-\xF6\xF8-\xFF\u0100-\u024F\u0253\u0254\u0256\u0257\u0259\u025B\u0263\u0268\u026F\u0272\u0289\u028B\u02BB\u0300-\u036F\u1E00-\u1EFF"#
    static let cyrillic = #"\u0400-\u04FF"#

    static let precedingCharacter =
        #"(?:[^A-Za-z0-9@＠$#＃"# + invalidCharacters + "]|[" + directionalMarkers + "]|^)"
    static let domainCharacter = "[^" + punctuation + spaces + invalidCharacters + directionalMarkers + "]"
    static let subdomain = "(?:(?:\(domainCharacter)(?:[_-]|\(domainCharacter))*)?\(domainCharacter)\\.)"
    static let domainName = "(?:(?:\(domainCharacter)(?:-|\(domainCharacter))*)?\(domainCharacter)\\.)"
    static let genericTLD = topLevel(TopLevelDomains.generic)
    static let countryTLD = topLevel(TopLevelDomains.countryCode)
    static let punycodeTLD = "(?:xn--[\\-0-9a-z]+)"
    static let domain = "(?:\(subdomain)*\(domainName)(?:\(genericTLD)|\(countryTLD)|\(punycodeTLD)))"
    static let asciiDomain =
        "(?:(?:[\\-a-z0-9\(latinAccents)]+)\\.)+(?:\(genericTLD)|\(countryTLD)|\(punycodeTLD))"
    static let portNumber = "[0-9]+"

    static func topLevel(_ names: [String]) -> String {
        "(?:(?:" + names.joined(separator: "|") + ")(?=[^0-9a-zA-Z@+-]|$))"
    }

    static func balancedParentheses(_ pathCharacter: String) -> String {
        "\\((?:\(pathCharacter)+|(?:\(pathCharacter)*\\(\(pathCharacter)+\\)\(pathCharacter)*))\\)"
    }

    /// Groups: 1 all, 2 preceding character, 3 URL, 4 protocol, 5 domain, 6 port, 7 path, 8 query.
    static func url(protocols: String, path: String, queryCharacter: String, queryEnd: String) -> String {
        "((\(precedingCharacter))((\(protocols))?(\(domain))(?::(\(portNumber)))?(\\/\(path)*)?"
            + "(\\?\(queryCharacter)*\(queryEnd))?))"
    }

    /// twitter-text's extractUrl.
    static let twitter: String = {
        let pathCharacter = "[a-z\(cyrillic)0-9!\\*';:=\\+,\\.\\$\\/%#\\[\\]\\-\\u2013_~@\\|&\(latinAccents)]"
        let parentheses = balancedParentheses(pathCharacter)
        let pathEnd = "[\\+\\-a-z\(cyrillic)0-9=_#\\/\(latinAccents)]|(?:\(parentheses))"
        let path = "(?:(?:\(pathCharacter)*(?:\(parentheses)\(pathCharacter)*)*\(pathEnd))|(?:@\(pathCharacter)+\\/))"
        return url(
            protocols: "https?:\\/\\/", path: path,
            queryCharacter: "[a-z0-9!?*'@();:&=+$/%#\\[\\]\\-_.,~|]", queryEnd: "[a-z0-9\\-_&=#/]")
    }()

    /// Mastodon's valid_url: more schemes, and any non-space path.
    static let mastodon: String = {
        let pathCharacter = "[^\\p{White_Space}<>()?]"
        let parentheses = balancedParentheses(pathCharacter)
        let pathEnd = "[^\\p{White_Space}()?!*\"'「」<>;:=,.$%\\[\\]~&|@]|(?:\(parentheses))"
        let path = "(?:(?:\(pathCharacter)*(?:\(parentheses)\(pathCharacter)*)*\(pathEnd))|(?:\(pathCharacter)+/))"
        let unicode = "\\u00A0-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF\\U00010000-\\U0001FFFD\\U00020000-\\U0002FFFD"
            + "\\U00030000-\\U0003FFFD\\U00040000-\\U0004FFFD\\U00050000-\\U0005FFFD\\U00060000-\\U0006FFFD"
            + "\\U00070000-\\U0007FFFD\\U00080000-\\U0008FFFD\\U00090000-\\U0009FFFD\\U000A0000-\\U000AFFFD"
            + "\\U000B0000-\\U000BFFFD\\U000C0000-\\U000CFFFD\\U000D0000-\\U000DFFFD\\U000E1000-\\U000EFFFD"
            + "\\uE000-\\uF8FF\\U000F0000-\\U000FFFFD\\U00100000-\\U0010FFFD"
        return url(
            protocols: "(?:https?|dat|dweb|ipfs|ipns|ssb|gopher|gemini)://", path: path,
            queryCharacter: "[a-z0-9!?*'();:&=+$/%#\\[\\]\\-_.,~|@\\^\(unicode)]",
            queryEnd: "[a-z0-9_&=#/\\-\(unicode)]")
    }()

    /// twitter-text's validTcoUrl: a t.co link takes no path past its slug.
    static let tco = "^https?:\\/\\/t\\.co\\/([a-z0-9]+)(?:\\?[a-z0-9!?*'@();:&=+$/%#\\[\\]\\-_.,~|]*[a-z0-9\\-_&=#/])?"
}
