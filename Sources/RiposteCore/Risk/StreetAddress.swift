/// Street addresses in a text: a house number and a street ("14 Elm Road", "221b Baker Street"), or a flat, unit or
/// PO box ("Flat 3", "PO Box 12").
enum StreetAddress {
    /// Street words that say "address" in lower case too; the others ("way", "walk", "view") need a capitalised
    /// name before them, or "5 min walk" would be an address.
    /// ("Close" and "drive" are verbs as often: "ring 0345 210 4410 and we'll close it".)
    private static let unmistakable: Set<String> = ["street", "road", "avenue", "lane", "crescent", "terrace",
                                                    "gardens", "boulevard", "grove", "mews"]
    /// ("Unit 6" is as often a course's or a product's.)
    private static let units: Set<String> = ["flat", "apartment", "apt", "box"]

    static func find(in text: RiskText, streetWords: WordList) -> [Range<Int>] {
        let words = text.words
        let streets = Set(streetWords.matches(in: text).map(\.range.lowerBound))
        var found: [Range<Int>] = []
        for (index, word) in words.enumerated() {
            if units.contains(word.text), let number = houseNumber(after: word.range.upperBound, in: text) {
                found.append(word.range.lowerBound..<number.upperBound)
                continue
            }
            guard streets.contains(word.range.lowerBound) else { continue }
            // One to three name words between the number and the street word: "14 Upper Elm Road".
            for first in stride(from: index - 1, through: max(0, index - 3), by: -1) {
                guard let number = houseNumber(before: words[first].range.lowerBound, in: text) else { continue }
                let named = words[first..<index].allSatisfy { text.classes[$0.range.lowerBound].contains(.upper) }
                let street = word.text.hasSuffix("s") ? String(word.text.dropLast()) : word.text
                if named || unmistakable.contains(street) || unmistakable.contains(word.text) {
                    found.append(number.lowerBound..<word.range.upperBound)
                }
                break
            }
        }
        return found
    }

    /// The house number ending just before `offset` (spaces and a comma between): "14", "221b", "14-16".
    private static func houseNumber(before offset: Int, in text: RiskText) -> Range<Int>? {
        var end = offset
        while end > 0, text.scalars[end - 1] == " " || text.scalars[end - 1] == "," { end -= 1 }
        var start = end
        if start > 0, text.classes[start - 1].contains(.letter), start > 1, text.classes[start - 2].contains(.digit) {
            start -= 1
        }
        var digits = 0
        while start > 0, text.classes[start - 1].contains(.digit) || (text.scalars[start - 1] == "-" && digits > 0) {
            if text.classes[start - 1].contains(.digit) { digits += 1 }
            start -= 1
        }
        guard (1...5).contains(digits), start == 0 || text.classes[start - 1].isDisjoint(with: [.letter, .digit]),
              start == 0 || !"£$€#".unicodeScalars.contains(text.scalars[start - 1]) else { return nil }
        // The last group of a phone number is no house number: "0345 210 4410".
        var before = start
        while before > 0, text.scalars[before - 1] == " " { before -= 1 }
        if before < start, before > 0, text.classes[before - 1].contains(.digit) { return nil }
        return start..<end
    }

    /// The number right after `offset`: "Flat 3", "Apt 4B", "PO Box 123".
    private static func houseNumber(after offset: Int, in text: RiskText) -> Range<Int>? {
        var start = offset
        while start < text.characters.count, text.scalars[start] == " " || text.scalars[start] == "#" { start += 1 }
        var end = start
        while end < text.characters.count, !text.classes[end].isDisjoint(with: [.letter, .digit]) { end += 1 }
        guard end > start, text.classes[start].contains(.digit) else { return nil }
        return start..<end
    }
}

/// Postcodes in a text: British ("SW1A 1AA"), American ZIP codes after a state ("CA 90210") and Canadian ones
/// ("K1A 0B1").
enum Postcode {
    private static let states: Set<String> = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
        "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
    ]

    static func find(in text: RiskText) -> [Range<Int>] {
        let tokens = Self.tokens(in: text)
        var found: [Range<Int>] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if isBritish(token.text) || isCanadian(token.text) {
                found.append(token.range)
            } else if index + 1 < tokens.count, isBritishOutward(token.text) && isBritishInward(tokens[index + 1].text)
                        || isCanadianHalf(token.text, first: true) && isCanadianHalf(tokens[index + 1].text, first: false) {
                found.append(token.range.lowerBound..<tokens[index + 1].range.upperBound)
                index += 1
            } else if index + 1 < tokens.count, states.contains(token.text), isZip(tokens[index + 1].text) {
                found.append(token.range.lowerBound..<tokens[index + 1].range.upperBound)
                index += 1
            }
            index += 1
        }
        return found
    }

    private struct Token {
        var text: String
        var range: Range<Int>
    }

    /// Runs of letters and digits (and "-", for ZIP+4), outside links, with their case kept.
    private static func tokens(in text: RiskText) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        let count = text.characters.count
        while index < count {
            guard text.classes[index].contains(.ascii), !text.classes[index].isDisjoint(with: [.letter, .digit]),
                  !text.isInLink(index) else { index += 1; continue }
            var end = index
            while end < count, text.classes[end].contains(.ascii),
                  !text.classes[end].isDisjoint(with: [.letter, .digit]) || text.scalars[end] == "-" { end += 1 }
            tokens.append(Token(text: String(text.characters[index..<end]), range: index..<end))
            index = end
        }
        return tokens
    }

    /// Letters in one case only: "SW1A" or "sw1a", not "Sw1a" (a word like "Mp3").
    private static func isOneCase(_ text: String) -> Bool { text == text.uppercased() || text == text.lowercased() }

    /// "SW1A", "M1", "B33", "CR2", "EC1V".
    private static func isBritishOutward(_ text: String) -> Bool {
        let characters = Array(text.uppercased())
        guard (2...4).contains(characters.count), isOneCase(text), characters[0].isLetter else { return false }
        var index = 1
        if characters[index].isLetter { index += 1 }
        guard index < characters.count, characters[index].isNumber else { return false }
        index += 1
        if index < characters.count, characters[index].isLetter || characters[index].isNumber { index += 1 }
        return index == characters.count && characters.allSatisfy { $0.isASCII }
    }

    /// "1AA", "8TH".
    private static func isBritishInward(_ text: String) -> Bool {
        let characters = Array(text.uppercased())
        return characters.count == 3 && isOneCase(text) && characters[0].isNumber && characters[1].isLetter
            && characters[2].isLetter
    }

    private static func isBritish(_ text: String) -> Bool {
        guard (5...7).contains(text.count) else { return false }
        return isBritishOutward(String(text.dropLast(3))) && isBritishInward(String(text.suffix(3)))
    }

    /// "K1A" and "0B1".
    private static func isCanadianHalf(_ text: String, first: Bool) -> Bool {
        let characters = Array(text.uppercased())
        guard characters.count == 3, isOneCase(text) else { return false }
        return first ? characters[0].isLetter && characters[1].isNumber && characters[2].isLetter
            : characters[0].isNumber && characters[1].isLetter && characters[2].isNumber
    }

    private static func isCanadian(_ text: String) -> Bool {
        text.count == 6 && isCanadianHalf(String(text.prefix(3)), first: true)
            && isCanadianHalf(String(text.suffix(3)), first: false)
    }

    /// "90210" or "90210-1234".
    private static func isZip(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts[0].count == 5 && parts[0].allSatisfy(\.isNumber)
            && (parts.count == 1 || parts.count == 2 && parts[1].count == 4 && parts[1].allSatisfy(\.isNumber))
    }
}
