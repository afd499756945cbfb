import Foundation
import PropertyBased
import Testing
@testable import RiposteCore

/// Documents generated at random, written by `TOMLTestWriter` in every notation TOML allows, read back equal.
struct TOMLRoundTripTests {
    /// A written document, with the seed that made it so a failure can be replayed.
    struct Written: CustomStringConvertible {
        var seed: UInt64
        var root: [String: TOMLModel]
        var text: String
        var description: String { "seed \(seed):\n\(text)" }
    }

    static let documents = Generator<Written, Shrink.None<Written>>(run: { rng in
        var random = SplitMix(state: rng.next())
        let seed = random.state
        var maker = TOMLModelMaker(random: random)
        let root = maker.table(depth: 0)
        var writer = TOMLTestWriter(choices: SplitMix(state: seed ^ 0xA5A5))
        return Written(seed: seed, root: root, text: writer.document(root))
    })

    @Test("a generated document reads back as the values it was written from")
    func roundTrip() async {
        await propertyCheck(count: 300, input: Self.documents) { written in
            do {
                let table = try TOMLParser.parse(written.text, file: "t.toml")
                #expect(TOMLModel(.table(table)) == .table(written.root), "\(written)")
            } catch {
                Issue.record("\(error)\n\(written)")
            }
        }
    }

    @Test("a generated document with Windows line endings and a byte-order mark reads back the same")
    func roundTripWindows() async {
        await propertyCheck(count: 100, input: Self.documents) { written in
            // Multi-line strings keep a plain "\n" wherever the file had "\r\n", so the values do not change.
            let windows = "\u{FEFF}" + written.text.replacing("\n", with: "\r\n")
            do {
                let table = try TOMLParser.parse(windows, file: "t.toml")
                #expect(TOMLModel(.table(table)) == .table(written.root), "\(written)")
            } catch {
                Issue.record("\(error)\n\(written)")
            }
        }
    }

    static let datetimes = Generator<String, Shrink.None<String>>(run: { rng in
        var random = SplitMix(state: rng.next())
        func two(_ bound: Int) -> String { String(format: "%02d", random.below(bound)) }
        let date = "\(1000 + random.below(9000))-\(two(12))-\(two(28))"
        let time = "\(two(24)):\(two(60)):\(two(60))" + (random.below(2) == 0 ? "" : ".\(random.below(1_000_000))")
        let zone = ["", "Z", "+01:00", "-07:30"][random.below(4)]
        switch random.below(4) {
        case 0: return date
        case 1: return time
        case 2: return "\(date)T\(time)\(zone)"
        default: return "\(date) \(time)\(zone)"
        }
    })

    @Test("a date or time is refused with a hint that quotes all of it, never half")
    func datetimeHint() async {
        await propertyCheck(count: 200, input: Self.datetimes) { datetime in
            let message = tomlParseError("when = \(datetime)\n") ?? "parsed"
            #expect(message == "t.toml:1:8: dates are not supported here; write a string, such as \"\(datetime)\"")
        }
    }
}

/// Makes random tables: keys bare and quoted, strings with escapes, controls and wide characters, every kind of
/// number, and nesting a few levels deep.
struct TOMLModelMaker {
    var random: SplitMix

    static let names = ["name", "id", "a", "b", "tone", "sign-off", "x_1", "42", "", "with space", "dotted.key",
                        "quote\"d", "ünï", "tab\there", "😀"]
    static let scalars: [Unicode.Scalar] = ["a", "Z", " ", "'", "\"", "\\", "\n", "\t", "\r", "\u{0}", "\u{7}",
                                            "\u{B}", "\u{7F}", "é", "\u{301}", "日", "😀", "\u{200D}", "\u{FEFF}",
                                            "#", "=", "[", "]", "{", "}", ",", "."]

    mutating func table(depth: Int) -> [String: TOMLModel] {
        var table: [String: TOMLModel] = [:]
        for _ in 0..<random.below(depth == 0 ? 7 : 4) {
            table[name()] = value(depth: depth + 1)
        }
        return table
    }

    mutating func name() -> String {
        random.below(4) == 0 ? string() : Self.names[random.below(Self.names.count)]
    }

    mutating func string() -> String {
        var view = String.UnicodeScalarView()
        for _ in 0..<random.below(12) { view.append(Self.scalars[random.below(Self.scalars.count)]) }
        return String(view)
    }

    mutating func value(depth: Int) -> TOMLModel {
        switch random.below(depth < 4 ? 8 : 5) {
        case 0: return .string(string())
        case 1:
            let edges: [Int64] = [0, 1, -1, .max, .min, 1_000, 255]
            return .integer(random.below(3) == 0 ? edges[random.below(edges.count)] : Int64(bitPattern: random.next()))
        case 2:
            let edges: [Double] = [0, -0.0, 0.1, 1e-5, 5e20, .infinity, -.infinity, .greatestFiniteMagnitude]
            if random.below(3) == 0 { return .float(edges[random.below(edges.count)]) }
            let double = Double(bitPattern: random.next())
            return .float(double.isFinite ? double : 1.5)
        case 3: return .bool(random.below(2) == 0)
        case 4: return .string(string())
        case 5: return .array((0..<random.below(4)).map { _ in value(depth: depth + 1) })
        case 6: return .array((0..<random.below(3)).map { _ in .table(table(depth: depth + 1)) })
        default: return .table(table(depth: depth))
        }
    }
}
