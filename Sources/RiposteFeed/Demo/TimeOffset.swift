import Foundation

/// Offsets in demo feeds, written the way people say them: `90s`, `12m`, `1h30m`, `-2h` (history before the start).
public enum TimeOffset {
    public static func parse(_ text: String) -> TimeInterval? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        var sign = 1.0
        if rest.first == "-" { sign = -1; rest = rest.dropFirst() } else if rest.first == "+" { rest = rest.dropFirst() }
        guard !rest.isEmpty else { return nil }
        var total = 0.0, number = "", lastUnit = Int.max
        let units: [Character: (rank: Int, seconds: Double)] = ["d": (3, 86400), "h": (2, 3600), "m": (1, 60), "s": (0, 1)]
        for character in rest {
            if character.isASCII, character.isNumber {
                number.append(character)
            } else if let unit = units[character], let value = Double(number), unit.rank < lastUnit {
                total += value * unit.seconds
                number = ""
                lastUnit = unit.rank
            } else {
                return nil
            }
        }
        return number.isEmpty ? sign * total : nil
    }
}
