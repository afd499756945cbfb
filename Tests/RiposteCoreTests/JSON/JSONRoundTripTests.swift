import Foundation
import PropertyBased
import Testing
import RiposteCore

/// JSON values generated at random, written with random spacing and escapes, read back equal.
struct JSONRoundTripTests {
    indirect enum Model: Equatable {
        case null
        case bool(Bool)
        case number(String)
        case string(String)
        case array([Model])
        case object([(String, Model)])

        init(_ value: JSONValue) {
            switch value {
            case .null: self = .null
            case .bool(let bool): self = .bool(bool)
            case .number(let digits): self = .number(digits)
            case .string(let string): self = .string(string)
            case .array(let nodes): self = .array(nodes.map { Model($0.value) })
            case .object(let members): self = .object(members.map { ($0.key, Model($0.node.value)) })
            }
        }

        static func == (lhs: Model, rhs: Model) -> Bool {
            switch (lhs, rhs) {
            case (.null, .null): true
            case let (.bool(a), .bool(b)): a == b
            case let (.number(a), .number(b)): a == b
            case let (.string(a), .string(b)): a == b
            case let (.array(a), .array(b)): a == b
            case let (.object(a), .object(b)): a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
            default: false
            }
        }
    }

    struct Written: CustomStringConvertible {
        var seed: UInt64
        var value: Model
        var text: String
        var description: String { "seed \(seed): \(text)" }
    }

    static let scalars: [Unicode.Scalar] = ["a", " ", "\"", "\\", "/", "\n", "\t", "\u{1}", "\u{1F}", "\u{7F}", "é",
                                            "日", "😀", "\u{FEFF}", "\u{2028}", "\u{FFFF}", "{", "]", ","]

    static let values = Generator<Written, Shrink.None<Written>>(run: { rng in
        var random = SplitMix(state: rng.next())
        let seed = random.state
        let value = make(&random, depth: 0)
        var text = ""
        write(value, &random, into: &text)
        return Written(seed: seed, value: value, text: text)
    })

    static func make(_ random: inout SplitMix, depth: Int) -> Model {
        func string() -> String {
            var view = String.UnicodeScalarView()
            for _ in 0..<random.below(10) { view.append(scalars[random.below(scalars.count)]) }
            return String(view)
        }
        switch random.below(depth < 4 ? 7 : 5) {
        case 0: return .null
        case 1: return .bool(random.below(2) == 0)
        case 2:
            let numbers = ["0", "-0", "42", "-17", "3.25", "1e10", "-2.5E-3", "12345678901234567890123", "0.000001"]
            return .number(numbers[random.below(numbers.count)])
        case 3, 4: return .string(string())
        case 5: return .array((0..<random.below(4)).map { _ in make(&random, depth: depth + 1) })
        default:
            var members: [(String, Model)] = []
            for _ in 0..<random.below(4) {
                let key = string()
                if !members.contains(where: { $0.0 == key }) { members.append((key, make(&random, depth: depth + 1))) }
            }
            return .object(members)
        }
    }

    static func write(_ value: Model, _ random: inout SplitMix, into text: inout String) {
        let space = ["", " ", "\t", "\r\n  "][random.below(4)]
        text += space
        switch value {
        case .null: text += "null"
        case .bool(let bool): text += String(bool)
        case .number(let digits): text += digits
        case .string(let string): write(string, &random, into: &text)
        case .array(let items):
            text += "["
            for (index, item) in items.enumerated() {
                if index > 0 { text += "," }
                write(item, &random, into: &text)
            }
            text += space + "]"
        case .object(let members):
            text += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { text += "," }
                text += space
                write(member.0, &random, into: &text)
                text += space + ":"
                write(member.1, &random, into: &text)
            }
            text += space + "}"
        }
        text += space
    }

    /// Escapes what JSON requires, and now and then a character it need not, as `\u` with surrogate pairs.
    static func write(_ string: String, _ random: inout SplitMix, into text: inout String) {
        text += "\""
        for scalar in string.unicodeScalars {
            let short: [Unicode.Scalar: String] = ["\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\t": "\\t", "/": "\\/"]
            if let escape = short[scalar], scalar != "/" || random.below(2) == 0 {
                text += escape
            } else if scalar.value < 0x20 || random.below(5) == 0 {
                for unit in String(scalar).utf16 { text += "\\u" + String(format: "%04x", unit) }
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }

    @Test("a generated value reads back as it was written")
    func roundTrip() async {
        await propertyCheck(count: 500, input: Self.values) { written in
            do {
                let node = try JSONLineParser.parse(Array(written.text.utf8))
                #expect(Model(node.value) == written.value, "\(written)")
            } catch {
                Issue.record("\(error)\n\(written)")
            }
        }
    }
}
