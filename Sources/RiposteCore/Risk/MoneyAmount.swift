/// Sums of money written in a text: a currency symbol before a number ("£20", "$ 50", "€9.99")
/// or a unit word after one ("20 quid", "50 dollars").
enum MoneyAmount {
    static func ranges(in text: RiskText, symbols: [String], units: WordList) -> [Range<Int>] {
        let symbols = symbols.compactMap { $0.count == 1 ? $0.unicodeScalars.first : nil }
        var found: [Range<Int>] = []
        for (index, scalar) in text.scalars.enumerated() where symbols.contains(scalar) && !text.isInLink(index) {
            var start = index + 1
            if start < text.scalars.count, text.scalars[start] == " " { start += 1 }
            let end = numberEnd(in: text, from: start)
            if end > start { found.append(index..<end) }
        }
        for unit in units.matches(in: text) {
            var end = unit.range.lowerBound
            while end > 0, text.scalars[end - 1] == " " { end -= 1 }
            let start = numberStart(in: text, before: end)
            if start < end { found.append(start..<unit.range.upperBound) }
        }
        return found.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// After the digits, thousands commas and decimals of a number starting at `start`.
    private static func numberEnd(in text: RiskText, from start: Int) -> Int {
        var end = start
        while end < text.scalars.count, isDigit(text, end) || (end > start && isPoint(text, end) && isDigit(text, end + 1)) {
            end += 1
        }
        return end
    }

    /// Where the number that ends at `end` starts, or `end` if there is none.
    private static func numberStart(in text: RiskText, before end: Int) -> Int {
        var start = end
        while start > 0, isDigit(text, start - 1) || (start < end && isPoint(text, start - 1) && isDigit(text, start - 2)) {
            start -= 1
        }
        return start
    }

    private static func isDigit(_ text: RiskText, _ index: Int) -> Bool {
        index >= 0 && index < text.classes.count && text.classes[index].contains(.digit)
    }

    private static func isPoint(_ text: RiskText, _ index: Int) -> Bool {
        text.scalars[index] == "," || text.scalars[index] == "."
    }
}
