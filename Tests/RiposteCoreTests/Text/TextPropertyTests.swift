import PropertyBased
import Testing
@testable import RiposteCore

/// Random Unicode, mixed from the ranges that break terminals, never yields a row wider or
/// narrower than its column, nor an unsafe cell.
struct TextPropertyTests {
    static let special: [Unicode.Scalar] = [
        "\u{200D}", "\u{200D}", "\u{FE0F}", "\u{FE0E}", "\u{20E3}", "\u{200B}", "\u{200C}", "\u{2060}", "\u{FEFF}",
        "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{200E}", "\u{61C}", "\u{AD}", "\u{FFFE}", "\u{FFFF}",
        "\u{FFFD}", "\u{E0067}", "\u{E007F}", "\u{3164}", "\u{2028}", " ", " ", "\n", "\r", "\t", "#", "1",
        "\u{2764}", "\u{263A}", "\u{1F3F3}", "\u{261D}", "\u{1F468}", "\u{1F469}", "\u{1F467}", "\u{1F3F4}",
    ]

    static let scalar = Gen<Unicode.Scalar>.frequency(
        (4, Gen.unicodeScalar(in: " "..."~")),
        (1, Gen.unicodeScalar(in: "\u{0}"..."\u{1F}")),
        (1, Gen.unicodeScalar(in: "\u{7F}"..."\u{9F}")),
        (2, Gen.unicodeScalar(in: "\u{4E00}"..."\u{9FFF}")),
        (1, Gen.unicodeScalar(in: "\u{1100}"..."\u{11FF}")),
        (1, Gen.unicodeScalar(in: "\u{AC00}"..."\u{D7A3}")),
        (2, Gen.unicodeScalar(in: "\u{1F300}"..."\u{1FAFF}")),
        (1, Gen.unicodeScalar(in: "\u{1F3FB}"..."\u{1F3FF}")),
        (1, Gen.unicodeScalar(in: "\u{1F1E6}"..."\u{1F1FF}")),
        (3, Gen<Unicode.Scalar?>.element(of: special).map { $0! }),
        (2, Gen.unicodeScalar(in: "\u{300}"..."\u{36F}")),
        (1, Gen.unicodeScalar(in: "\u{590}"..."\u{6FF}")),
        (1, Gen.unicodeScalar(in: "\u{900}"..."\u{97F}")),
        (1, Gen.unicodeScalar(in: "\u{2000}"..."\u{206F}")),
        (1, Gen.unicodeScalar(in: "\u{E000}"..."\u{F8FF}")),
        (1, Gen.unicodeScalar(in: "\u{A0}"..."\u{D7FF}")),
        (1, Gen.unicodeScalar(in: "\u{E000}"..."\u{10FFFF}"))
    )

    static let text = scalar.array(of: 0...48).map { scalars in
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    static let columns = Gen.int(in: 0...24)
    static let lineWidths = Gen.int(in: 2...24)

    @Test("fit always returns exactly the column's width")
    func fitIsExact() async {
        await propertyCheck(count: 400, input: Self.text, Self.columns) { text, width in
            #expect(DisplayText.width(of: DisplayText.fit(DisplayText.singleLine(text), width: width)) == width)
        }
    }

    @Test("truncate never exceeds the width and leaves what fits alone")
    func truncateBounded() async {
        await propertyCheck(count: 400, input: Self.text, Self.columns) { text, width in
            let glyphs = DisplayText.singleLine(text)
            let cut = DisplayText.truncate(glyphs, width: width)
            #expect(DisplayText.width(of: cut) <= width)
            if DisplayText.width(of: glyphs) <= width { #expect(cut == glyphs) }
        }
    }

    @Test("every glyph keeps the ncurses contract: one spacing scalar of its glibc width, ≤ 4 marks, nothing unsafe")
    func glyphsAreSafe() async {
        await propertyCheck(count: 400, input: Self.text) { text in
            for glyph in DisplayText.glyphs(text) {
                #expect(contractViolation(glyph) == nil, "\(glyph.text.unicodeScalars.map(hex))")
            }
        }
    }

    @Test("wrap keeps every line within the width and loses no visible glyph")
    func wrapKeepsContent() async {
        await propertyCheck(count: 400, input: Self.text, Self.lineWidths) { text, width in
            let lines = DisplayText.wrap(text, width: width)
            #expect(lines.allSatisfy { DisplayText.width(of: $0) <= width })
            // Filter an Array, not the String: a String would re-join a mark with the cluster before it.
            let visible = Array(text).filter { !$0.isWhitespace }.map(DisplayText.glyph(for:))
            #expect(lines.joined().filter { $0 != .space } == visible)
            #expect(lines.count >= text.filter(\.isNewline).count + 1)
        }
    }

    @Test("softWrap covers the text in order, every line within the width")
    func softWrapCovers() async {
        await propertyCheck(count: 400, input: Self.text, Self.lineWidths) { text, width in
            let characters = Array(text)
            let ranges = DisplayText.softWrap(characters, width: width)
            #expect((ranges.first?.lowerBound ?? 0) == 0 && (ranges.last?.upperBound ?? 0) == characters.count)
            #expect(ranges.allSatisfy { !$0.isEmpty })
            #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
            for range in ranges {
                let drawn = characters[range].filter { !$0.isNewline }
                #expect(drawn.reduce(0) { $0 + DisplayText.glyph(for: $1).width } <= width)
            }
        }
    }

    @Test("every network's length report is consistent: overflow exactly when over the limit")
    func lengthReports() async {
        await propertyCheck(count: 200, input: Self.text) { text in
            for network in Network.allCases {
                let report = ReplyLength.measure(text, on: network, mastodonLimit: 10)
                #expect(report.length >= 0)
                #expect((report.overflowIndex != nil) == (report.length > report.limit) || network == .bluesky)
                if let index = report.overflowIndex { #expect(index < text.count) }
            }
        }
    }
}
