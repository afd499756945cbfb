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
            if start < end {
                found.append(start..<unit.range.upperBound)
            } else if let words = numberWordsStart(in: text, before: unit.range.lowerBound) {
                found.append(words..<unit.range.upperBound)
            }
        }
        for word in text.words where ["tenner", "fiver", "tenners", "fivers"].contains(word.text) {
            found.append(word.range)
        }
        return found.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Numbers in words ("fifty", "a hundred", "twenty five") right before a unit: "about fifty quid".
    private static let numberWords: Set<String> = [
        "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
        "thousand", "couple", "few", "of",
    ]

    /// Where the number words that end just before `offset` start, if there are any besides "a", "of" and "few".
    private static func numberWordsStart(in text: RiskText, before offset: Int) -> Int? {
        let words = text.words.filter { $0.range.upperBound <= offset }
        var start: Int?
        var counted = false
        for word in words.reversed().prefix(4) {
            guard numberWords.contains(word.text) else { break }
            start = word.range.lowerBound
            counted = counted || !["a", "of", "few", "couple"].contains(word.text)
        }
        return counted ? start : nil
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
