import Foundation
import RiposteCore
import Testing

@Suite("RFC 3339 timestamps")
struct RFC3339Tests {
    @Test("timestamps convert to the right instant", arguments: [
        ("1970-01-01T00:00:00Z", 0.0),
        ("2024-02-29T23:59:59Z", 1_709_251_199),
        ("2024-03-01T10:05:00.5+01:00", 1_709_283_900.5),
        ("2000-01-01t00:00:00-05:30", 946_704_600),
        ("1969-12-31T23:59:59Z", -1),
        ("2016-12-31T23:59:60Z", 1_483_228_800),
    ])
    func parses(text: String, seconds: Double) throws {
        #expect(try RFC3339.parse(text).timeIntervalSince1970 == seconds)
    }

    @Test("every kind of mistake names its place", arguments: [
        ("2023-02-29T00:00:00Z", 8, "no day 29 in month 2 of 2023"),
        ("2024-00-01T00:00:00Z", 5, "no month 0"),
        ("2024-01-01 24:00:00Z", 11, "no time 24:0:0"),
        ("2024-01-01T00:00:00", 19, "expected a time zone (\"Z\" or \"+01:00\")"),
        ("2024-01-01T00:00Z", 16, "expected \":\" after the minutes"),
        ("2024-01-01T00:00:00.Z", 20, "expected digits after \".\""),
        ("2024-01-01T00:00:00Z trailing", 20, "unexpected text after the time"),
        ("24-01-01T00:00:00Z", 0, "expected 4 digits for the year"),
    ])
    func refuses(text: String, offset: Int, message: String) {
        #expect(throws: RFC3339.Failure(offset: offset, message: message)) { try RFC3339.parse(text) }
    }
}
