import Foundation

/// A duration as people write it in a filter or a settings file: `90s`, `15m`, `1h30m`, `2d`.
///
/// Whole numbers with a unit each (d, h, m, s), the larger units first, each unit once.
public enum WrittenDuration {
    /// Why a duration does not read, and where in it, counted in Characters from 0.
    public struct Problem: Error, Hashable, Sendable {
        public var message: String
        public var offset: Int

        public init(message: String, offset: Int) {
            self.message = message
            self.offset = offset
        }
    }

    private static let units: [(letter: Character, seconds: Int)] = [("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1)]

    public static func parse(_ text: String) throws(Problem) -> TimeInterval {
        let characters = Array(text)
        guard !characters.isEmpty else {
            throw Problem(message: "expected a duration, such as 90s, 15m, 1h30m or 2d", offset: 0)
        }
        var total = 0
        var number: (value: Int, start: Int)?
        var previousUnit: (index: Int, letter: Character)?
        for (offset, character) in characters.enumerated() {
            if let digit = character.wholeNumberValue, character.isASCII {
                let start = number?.start ?? offset
                guard offset - start < 9 else { throw Problem(message: "\"\(text)\" is too long a duration", offset: start) }
                number = ((number?.value ?? 0) * 10 + digit, start)
                continue
            }
            if character.isWhitespace {
                throw Problem(message: "a duration has no spaces in it: write \"\(text.filter { !$0.isWhitespace })\"",
                              offset: offset)
            }
            guard let unit = units.firstIndex(where: { $0.letter == Character(character.lowercased()) }) else {
                throw Problem(message: "unknown unit \"\(character)\" in \"\(text)\"; use s, m, h or d, such as 90s or 1h30m",
                              offset: offset)
            }
            guard let value = number else {
                throw Problem(message: "expected a number before \"\(character)\", such as 15\(character)", offset: offset)
            }
            if let previous = previousUnit, previous.index >= unit {
                let message = previous.index == unit
                    ? "\"\(units[unit].letter)\" appears twice in \"\(text)\""
                    : "\"\(units[unit].letter)\" after \"\(previous.letter)\" in \"\(text)\"; write the larger units first, such as 1h30m"
                throw Problem(message: message, offset: offset)
            }
            total += value.value * units[unit].seconds
            previousUnit = (unit, units[unit].letter)
            number = nil
        }
        if let number {
            let digits = String(characters[number.start...])
            throw Problem(message: "\"\(digits)\" needs a unit: \(digits)s, \(digits)m, \(digits)h or \(digits)d",
                          offset: number.start)
        }
        return TimeInterval(total)
    }

    /// The shortest way to write `seconds`, rounded to the second: "1h30m", "2d", "0s".
    public static func format(_ seconds: TimeInterval) -> String {
        var rest = max(0, Int(seconds.rounded()))
        guard rest > 0 else { return "0s" }
        var text = ""
        for unit in units where rest >= unit.seconds {
            text += "\(rest / unit.seconds)\(unit.letter)"
            rest %= unit.seconds
        }
        return text
    }
}
