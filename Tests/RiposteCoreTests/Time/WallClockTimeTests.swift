import Foundation
import RiposteCore
import Testing

@Suite("Times are written as the user's locale writes them, with the day when it is not today")
struct WallClockTimeTests {
    let utc = TimeZone(identifier: "UTC")!
    // Monday 7 December 2026, 14:30 UTC.
    let now = Date(timeIntervalSince1970: 1_796_653_800)

    @Test("today: the time alone, 24-hour or 12-hour as the locale has it", arguments: [
        ("en_GB.UTF-8", "16:30"), ("es_ES.UTF-8", "16:30"), ("en_US.UTF-8", "4:30 PM"), ("C", "16:30"), ("", "16:30"),
    ])
    func today(locale: String, expected: String) {
        let clock = WallClockTime(environment: ["LANG": locale], timeZone: utc)
        // ICU puts a narrow no-break space before AM and PM.
        let written = clock.describe(now.addingTimeInterval(2 * 3600), now: now).replacingOccurrences(of: "\u{202F}", with: " ")
        #expect(written == expected)
    }

    @Test("another day: the day as well", arguments: [
        ("en_GB.UTF-8", "Tue 8 Dec at 09:30"), ("C", "2026-12-08 09:30"),
    ])
    func anotherDay(locale: String, expected: String) {
        let clock = WallClockTime(environment: ["LC_ALL": locale], timeZone: utc)
        #expect(clock.describe(now.addingTimeInterval(19 * 3600), now: now) == expected)
    }
}
