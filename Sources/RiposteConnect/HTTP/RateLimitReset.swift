import Foundation
import NIOHTTP1

/// When a rate-limited server takes requests again, from whichever headers it sends: `Retry-After` (seconds or an
/// HTTP date), Mastodon's `X-RateLimit-Reset` (an ISO-8601 date; some servers send epoch seconds), Bluesky's
/// `ratelimit-reset` (epoch seconds; the IETF draft's seconds from now). The latest of them counts.
enum RateLimitReset {
    /// Any number below this is seconds from now; above it, seconds since 1970.
    static let epochThreshold: Double = 1_000_000_000

    static func until(_ headers: HTTPHeaders, now: Date) -> Date? {
        let dates = [
            headers.first(name: "Retry-After").flatMap { retryAfter($0, now: now) },
            headers.first(name: "X-RateLimit-Reset").flatMap { resetTime($0, now: now) },
            headers.first(name: "ratelimit-reset").flatMap { resetTime($0, now: now) },
        ].compactMap { $0 }
        return dates.max()
    }

    static func retryAfter(_ value: String, now: Date) -> Date? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(text), seconds >= 0 { return now + seconds }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text)
    }

    static func resetTime(_ value: String, now: Date) -> Date? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let number = Double(text), number >= 0 {
            return number >= epochThreshold ? Date(timeIntervalSince1970: number) : now + number
        }
        return NetworkDate.parse(text)
    }
}
