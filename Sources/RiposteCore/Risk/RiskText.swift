import Foundation

/// A draft (or the post it answers) cut into what the risk rules read: its words and its links.
///
/// Everything is counted in Characters, the unit the editor's cursor and underlines use. The
/// editor scores the draft on every key press, so each Character is classified once here and
/// the rules read the classes rather than asking Unicode about the same Character again.
struct RiskText {
    let characters: [Character]
    /// Each Character's first scalar, lower-cased when it is an ASCII letter.
    let scalars: [Unicode.Scalar]
    let classes: [CharacterClass]
    /// In order; none inside a link.
    private(set) var words: [RiskWord] = []
    /// URLs and e-mail addresses, in order: no word or number inside one is read as a word or a
    /// phone number ("example.com/track/07700900123" holds no phone number).
    let links: [RiskLink]
    private let linked: [Bool]

    init(_ text: String) {
        let characters = Array(text)
        let classes = characters.map(CharacterClass.init)
        scalars = zip(characters, classes).map { character, classes in
            let scalar = character.unicodeScalars.first!
            return classes.isSuperset(of: [.ascii, .upper]) ? Unicode.Scalar(UInt8(scalar.value + 32)) : scalar
        }
        self.characters = characters
        self.classes = classes
        links = Self.findLinks(characters, scalars, classes)
        var linked = [Bool](repeating: false, count: characters.count)
        for link in links { for index in link.range { linked[index] = true } }
        self.linked = linked
        words = findWords()
    }

    /// Whether `offset` is inside a link.
    func isInLink(_ offset: Int) -> Bool { linked[offset] }

    // MARK: Links

    /// Runs without spaces that look like a URL (a scheme, "www.", or a domain followed by a path)
    /// or an e-mail address (something@domain.tld).
    private static func findLinks(_ characters: [Character], _ scalars: [Unicode.Scalar],
                                  _ classes: [CharacterClass]) -> [RiskLink] {
        var links: [RiskLink] = []
        var start = 0
        while start < characters.count {
            guard !classes[start].contains(.space) else { start += 1; continue }
            var end = start
            while end < characters.count, !classes[end].contains(.space) { end += 1 }
            defer { start = end }
            var chunk = start..<end
            while let first = chunk.first, isOpening(scalars[first]) { chunk = chunk.dropFirst() }
            while let last = chunk.last, isClosing(scalars[last]) { chunk = chunk.dropLast() }
            // Most chunks are plain words, perhaps ending a sentence: no need to look closer.
            guard chunk.contains(where: { scalars[$0] == "@" || scalars[$0] == "/" || scalars[$0] == "." }) else { continue }
            let text = String(String.UnicodeScalarView(chunk.map { scalars[$0] }))
            if isEmail(text) {
                links.append(RiskLink(range: chunk, isEmail: true))
            } else if isURL(text) {
                links.append(RiskLink(range: chunk, isEmail: false))
            }
        }
        return links
    }

    /// Brackets and quotes before a link: "(see example.com/help)".
    private static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", "[", "<", "\"", "'", "“", "‘": true
        default: false
        }
    }

    /// Punctuation after a link, ending the sentence it is in.
    private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ",", ";", ":", "!", "?", ")", "]", ">", "\"", "'", "”", "’": true
        default: false
        }
    }

    private static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty else { return false }
        let localOK = local.allSatisfy { $0.isLetter || $0.isNumber || "._%+-".contains($0) }
        return localOK && isDomain(domain)
    }

    private static func isURL(_ text: String) -> Bool {
        if text.contains("://") || text.hasPrefix("www.") { return true }
        guard let slash = text.firstIndex(of: "/"), !text.contains("@") else { return false }
        return isDomain(text[..<slash])
    }

    /// Labels of letters, digits and "-" joined by dots, the last one two letters or more: "example.co.uk".
    private static func isDomain(_ text: Substring) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter) else { return false }
        return labels.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
    }

    // MARK: Words

    /// Signs that disguise a letter inside a word: "f*ck", "$hit", "sh!t", "@ss".
    static func isDisguise(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "*" || scalar == "$" || scalar == "@" || scalar == "!"
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "’" }

    private func isWordCharacter(_ index: Int) -> Bool {
        let scalar = scalars[index]
        return classes[index].contains(.letter) || classes[index].contains(.number) || scalar == "_"
            || Self.isApostrophe(scalar) || Self.isDisguise(scalar)
    }

    private func findWords() -> [RiskWord] {
        var words: [RiskWord] = []
        var index = 0
        while index < characters.count {
            guard !linked[index], isWordCharacter(index) else { index += 1; continue }
            var end = index
            while end < characters.count, !linked[end], isWordCharacter(end) { end += 1 }
            if let word = word(in: index..<end) { words.append(word) }
            index = end
        }
        return words
    }

    /// The word in a run of word characters, without the punctuation around it; nil if it is neither a word with a
    /// letter nor a number.
    private func word(in run: Range<Int>) -> RiskWord? {
        if scalars[run.lowerBound] == "@" {
            // A handle: "@" and the letters, digits and "_" after it ("@brand's" is "@brand").
            var end = run.lowerBound + 1
            while end < run.upperBound, classes[end].contains(.letter) || classes[end].contains(.number) || scalars[end] == "_" {
                end += 1
            }
            guard end > run.lowerBound + 1 else { return nil }
            return RiskWord(range: run.lowerBound..<end, text: lowered(run.lowerBound..<end), isHandle: true, elements: nil)
        }
        // "*" disguises a letter inside or at the end of a word ("f***"), but around one it is emphasis ("*sigh*").
        let emphasised = scalars[run.lowerBound] == "*"
        var range = run
        while let first = range.first, Self.isApostrophe(scalars[first]) || "!*_".unicodeScalars.contains(scalars[first]) {
            range = range.dropFirst()
        }
        while let last = range.last,
              Self.isApostrophe(scalars[last]) || (emphasised ? "!*_" : "!_").unicodeScalars.contains(scalars[last]) {
            range = range.dropLast()
        }
        guard !range.isEmpty else { return nil }
        let text = lowered(range)
        // A number is a word too ("call 999"), but never a disguised one: "101" is not "lol".
        guard range.contains(where: { classes[$0].contains(.letter) }) else {
            guard range.allSatisfy({ classes[$0].contains(.number) }) else { return nil }
            return RiskWord(range: range, text: text, isHandle: false, elements: nil)
        }
        return RiskWord(range: range, text: text, isHandle: false, elements: WordElement.disguised(text))
    }

    /// The Characters in `range`, lower-cased, accents dropped and "’" written "'".
    private func lowered(_ range: Range<Int>) -> String {
        if range.allSatisfy({ classes[$0].contains(.ascii) }) {
            return String(unsafeUninitializedCapacity: range.count) { buffer in
                for (offset, index) in range.enumerated() { buffer[offset] = UInt8(truncatingIfNeeded: scalars[index].value) }
                return range.count
            }
        }
        let text = String(characters[range]).lowercased().replacing("’", with: "'")
        return text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}

/// What the rules need to know about one Character, worked out once.
struct CharacterClass: OptionSet, Sendable {
    let rawValue: UInt8

    static let letter = CharacterClass(rawValue: 1)
    static let upper = CharacterClass(rawValue: 2)
    /// "0" to "9".
    static let digit = CharacterClass(rawValue: 4)
    /// Any digit or numeral, "½" and "٣" too.
    static let number = CharacterClass(rawValue: 8)
    static let space = CharacterClass(rawValue: 16)
    static let ascii = CharacterClass(rawValue: 32)

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    init(_ character: Character) {
        if let ascii = character.asciiValue {
            self = Self.asciiClasses[Int(ascii)]
            return
        }
        var classes: CharacterClass = []
        if character.isLetter { classes.insert(.letter) }
        if character.isUppercase { classes.insert(.upper) }
        if character.isNumber { classes.insert(.number) }
        if character.isWhitespace { classes.insert(.space) }
        self = classes
    }

    private static let asciiClasses: [CharacterClass] = (0..<128).map { value in
        let character = Character(Unicode.Scalar(UInt8(value)))
        var classes: CharacterClass = [.ascii]
        if character.isLetter { classes.insert(.letter) }
        if character.isUppercase { classes.insert(.upper) }
        if character.isWholeNumber { classes.formUnion([.digit, .number]) }
        if character.isWhitespace { classes.insert(.space) }
        return classes
    }
}

/// A URL or an e-mail address in a text.
struct RiskLink: Hashable {
    var range: Range<Int>
    var isEmail: Bool
}

/// A word of a text, as the word lists compare it.
struct RiskWord: Hashable {
    /// Where it is, without the punctuation around it.
    var range: Range<Int>
    /// Lower-cased, accents dropped, "’" written "'"; a handle keeps its "@".
    var text: String
    var isHandle: Bool
    /// The word letter by letter when it is disguised ("sh1t", "f*ck", "shiiit"), so the lists
    /// can be matched against it loosely; nil for a plain word, which is looked up as it is.
    var elements: [WordElement]?
}
