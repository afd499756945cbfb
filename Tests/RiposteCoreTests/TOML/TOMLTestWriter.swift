import PropertyBased
@testable import RiposteCore

/// A TOML value as a test builds it: no positions, tables as dictionaries, so that what was written and what was
/// read back compare whatever order the writer chose.
indirect enum TOMLModel: Equatable {
    case string(String)
    case integer(Int64)
    case float(Double)
    case bool(Bool)
    case array([TOMLModel])
    case table([String: TOMLModel])

    init(_ value: TOMLValue) {
        switch value {
        case .string(let string): self = .string(string)
        case .integer(let integer): self = .integer(integer)
        case .float(let float): self = .float(float)
        case .bool(let bool): self = .bool(bool)
        case .array(let nodes): self = .array(nodes.map { TOMLModel($0.value) })
        case .table(let table): self = .table(Dictionary(uniqueKeysWithValues: table.entries.map { ($0.key, TOMLModel($0.node.value)) }))
        }
    }

    /// A non-empty array of tables, which a document writes as `[[key]]` sections.
    var tableArray: [[String: TOMLModel]]? {
        guard case .array(let items) = self, !items.isEmpty else { return nil }
        let tables = items.compactMap { if case .table(let table) = $0 { table } else { nil } }
        return tables.count == items.count ? tables : nil
    }
}

/// Writes a `TOMLModel` table as a TOML document, choosing among the notations TOML allows for each value
/// (basic, literal and multi-line strings; decimal, hex, octal and binary integers; inline tables and sections) so
/// that a round trip goes through all of them.
struct TOMLTestWriter {
    /// Decides between notations; the same seed writes the same text, so a failure can be written down.
    var choices: SplitMix

    mutating func document(_ root: [String: TOMLModel]) -> String {
        var text = ""
        section(root, path: [], into: &text)
        return text
    }

    /// The plain entries of a table, then its sub-tables as `[a.b]` and arrays of tables as `[[a.b]]`.
    private mutating func section(_ table: [String: TOMLModel], path: [String], into text: inout String) {
        var sections: [(String, TOMLModel)] = []
        for (name, value) in table.sorted(by: { $0.key < $1.key }) {
            let isSection = switch value {
            case .table: choices.next() % 2 == 0
            default: value.tableArray != nil && choices.next() % 2 == 0
            }
            if isSection {
                sections.append((name, value))
            } else {
                text += "\(key(name)) = \(inline(value))\n"
            }
        }
        for (name, value) in sections {
            let header = (path + [name]).map(key).joined(separator: ".")
            if case .table(let sub) = value {
                text += "\n[\(header)]\n"
                section(sub, path: path + [name], into: &text)
            } else {
                for element in value.tableArray ?? [] {
                    text += "\n[[\(header)]]\n"
                    section(element, path: path + [name], into: &text)
                }
            }
        }
    }

    mutating func inline(_ value: TOMLModel) -> String {
        switch value {
        case .string(let string): return self.string(string)
        case .integer(let integer): return self.integer(integer)
        case .float(let float): return self.float(float)
        case .bool(let bool): return String(bool)
        case .array(let items):
            let separator = choices.next() % 3 == 0 ? ",\n  # a comment between items\n  " : ", "
            return "[" + items.map { inline($0) }.joined(separator: separator) + (items.isEmpty ? "" : " ") + "]"
        case .table(let table):
            if table.isEmpty { return "{}" }
            return "{ " + table.sorted { $0.key < $1.key }.map { "\(key($0.key)) = \(inline($0.value))" }
                .joined(separator: ", ") + " }"
        }
    }

    func key(_ name: String) -> String {
        let isBare = !name.isEmpty && name.unicodeScalars.allSatisfy(\.isBareKeyScalar)
        return isBare ? name : basic(name)
    }

    private mutating func string(_ text: String) -> String {
        let needsEscape = text.unicodeScalars.contains { $0.isForbiddenControl || $0 == "\u{FEFF}" }
        // By code point, as TOML reads it: a quote with a combining mark after it is one Character to Swift, and
        // `contains("'")` would not see it.
        let scalars = Array(text.unicodeScalars)
        let quote: Unicode.Scalar = "'"
        let tripleQuote = scalars.indices.dropLast(2).contains { scalars[$0...$0 + 2].allSatisfy { $0 == quote } }
        switch choices.next() % 4 {
        case 0 where !needsEscape && !scalars.contains(quote) && !scalars.contains("\n") && !scalars.contains("\r"):
            return "'\(text)'"
        case 1 where !needsEscape && !tripleQuote && scalars.last != quote && !scalars.contains("\r"):
            // The line break after the opening quotes is not part of the text.
            return "'''\n\(text)'''"
        case 2:
            return "\"\"\"\n" + escaped(text, keepingNewlines: true) + "\"\"\""
        default:
            return basic(text)
        }
    }

    private func basic(_ text: String) -> String {
        "\"" + escaped(text, keepingNewlines: false) + "\""
    }

    private func escaped(_ text: String, keepingNewlines: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n" where keepingNewlines: out += "\n"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case _ where scalar.isForbiddenControl || scalar == "\u{FEFF}":
                out += "\\u" + scalar.codePointDescription.dropFirst(2)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private mutating func integer(_ value: Int64) -> String {
        guard value >= 0 else { return String(value) }
        switch choices.next() % 5 {
        case 0: return "0x" + String(value, radix: 16)
        case 1: return "0o" + String(value, radix: 8)
        case 2: return "0b" + String(value, radix: 2)
        case 3 where value >= 1000:
            // Underscores between digits, as people group thousands.
            let digits = Array(String(value))
            return String(digits.dropLast(3)) + "_" + String(digits.suffix(3))
        default: return String(value)
        }
    }

    private func float(_ value: Double) -> String {
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        let text = "\(value)"
        // Swift writes 1e-05; TOML wants a digit before any exponent, which this has, and allows the leading zero.
        return text
    }
}

/// A small seeded generator for choices inside a generated value.
struct SplitMix {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}
