import Foundation

/// A moment as the user reads clocks: in their locale's own form (24-hour where it is usual, 12-hour where that
/// is), with the day when it is not today. The locale comes from LC_ALL, LC_TIME or LANG, as `date` reads it; the C
/// locale gets 24-hour times and ISO dates.
public struct WallClockTime: Hashable, Sendable {
    /// Names rather than Foundation's values: compared on every redraw, and a locale's identity is its name.
    public let localeIdentifier: String
    public let timeZoneIdentifier: String

    public var locale: Locale { Locale(identifier: localeIdentifier) }
    public var timeZone: TimeZone { TimeZone(identifier: timeZoneIdentifier) ?? .current }

    public init(locale: Locale, timeZone: TimeZone = .current) {
        localeIdentifier = locale.identifier
        timeZoneIdentifier = timeZone.identifier
    }

    /// The user's locale from the environment: `en_GB.UTF-8` is en_GB; unset, C and POSIX are C.
    public init(environment: [String: String], timeZone: TimeZone = .current) {
        let name = ["LC_ALL", "LC_TIME", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? "C"
        let identifier = String(name.prefix { $0 != "." && $0 != "@" })
        self.init(locale: Locale(identifier: ["C", "POSIX"].contains(identifier) ? "C" : identifier), timeZone: timeZone)
    }

    var isC: Bool { localeIdentifier == "C" || localeIdentifier.isEmpty }

    public func describe(_ date: Date, now: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let formatter = DateFormatter()
        formatter.timeZone = timeZone
        formatter.locale = isC ? Locale(identifier: "en_US_POSIX") : locale
        let today = calendar.isDate(date, inSameDayAs: now)
        if isC {
            formatter.dateFormat = today ? "HH:mm" : "yyyy-MM-dd HH:mm"
        } else {
            // "j" is the locale's own hour: 14:30 in Britain and Spain, 2:30 PM in the United States.
            formatter.setLocalizedDateFormatFromTemplate(today ? "jmm" : "EEEdMMMjmm")
        }
        return formatter.string(from: date)
    }
}
