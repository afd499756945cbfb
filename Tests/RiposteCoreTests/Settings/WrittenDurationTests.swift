import Testing
import RiposteCore

/// Durations as people write them in filters and in config.toml.
@Suite struct WrittenDurationTests {
    @Test("reads seconds, minutes, hours and days, alone or together", arguments: [
        ("90s", 90.0), ("15m", 900), ("1h30m", 5400), ("2d", 172_800), ("1d2h3m4s", 93_784), ("0s", 0), ("2H", 7200),
    ])
    func reads(_ text: String, _ seconds: Double) throws {
        #expect(try WrittenDuration.parse(text) == seconds)
    }

    @Test("writes the shortest form, which reads back the same", arguments: [
        (90.0, "1m30s"), (900, "15m"), (5400, "1h30m"), (172_800, "2d"), (93_784, "1d2h3m4s"), (0, "0s"), (59.6, "1m"),
    ])
    func writes(_ seconds: Double, _ text: String) throws {
        #expect(WrittenDuration.format(seconds) == text)
        #expect(try WrittenDuration.parse(text) == seconds.rounded())
    }

    @Test("a mistake says what is wrong and at which character", arguments: [
        ("", 0, "expected a duration, such as 90s, 15m, 1h30m or 2d"),
        ("90", 0, "\"90\" needs a unit: 90s, 90m, 90h or 90d"),
        ("1h30", 2, "\"30\" needs a unit: 30s, 30m, 30h or 30d"),
        ("2w", 1, "unknown unit \"w\" in \"2w\"; use s, m, h or d, such as 90s or 1h30m"),
        ("h", 0, "expected a number before \"h\", such as 15h"),
        ("30m1h", 4, "\"h\" after \"m\" in \"30m1h\"; write the larger units first, such as 1h30m"),
        ("1h1h", 3, "\"h\" appears twice in \"1h1h\""),
        ("1h 30m", 2, "a duration has no spaces in it: write \"1h30m\""),
        ("-5m", 0, "unknown unit \"-\" in \"-5m\"; use s, m, h or d, such as 90s or 1h30m"),
        ("1234567890s", 0, "\"1234567890s\" is too long a duration"),
    ])
    func mistakes(_ text: String, _ offset: Int, _ message: String) {
        #expect(throws: WrittenDuration.Problem(message: message, offset: offset)) {
            try WrittenDuration.parse(text)
        }
    }
}
