/// A list of words and phrases from the rules file, prepared once to be found in a text quickly.
///
/// Entries are matched as whole words, ignoring case and accents, and also with "s", "es" or "'s"
/// after them ("idiot" finds "idiots", never "idiotic"); disguises such as "f*ck", "sh1t",
/// "$hit" and "shiiit" are seen through. Also:
/// - `fuck*`: a word starting with "fuck";
/// - `yeah right`: words in a row, whatever spaces or punctuation are between them, but no sentence's end
///   unless the entry has one there;
/// - `@rival`: that handle;
/// - `yeah right.`: a final "." asks for the words to end a clause: "Yeah, right." and "yeah right,
///   sure" but not "yeah, right away";
/// - `/s`, `🙄`: an entry that does not start with a letter or digit is found as written.
public struct WordList: Hashable, Sendable {
    /// As written in the rules file.
    public let entries: [String]
    /// A plain word's forms: the single-word entry it is, and the phrases it starts. One lookup
    /// per word of the draft, as the editor scores on every key press.
    private let byForm: [String: (single: Int?, phrases: [Int])]
    /// With their first byte, compared before the whole prefix.
    private let prefixes: [(first: UInt8, prefix: String, entry: Int)]
    /// Every single word's forms and prefixes, for disguised words.
    private let patterns: [(letters: [Character], prefix: Bool, entry: Int)]
    private let phrases: [(words: [PhraseWord], entry: Int)]
    private let handles: [String: Int]
    /// With their first scalar; there are few, so they are compared one by one.
    private let literals: [(first: Unicode.Scalar, characters: [Character], entry: Int)]
    /// Entries written with a final ".".
    private let clauseEnding: Set<Int>
    /// Whether disguised words ("f*ck", "sh1t") count: for swearing and insults, where people disguise them. Elsewhere
    /// a disguise is a false friend: "f***ing" is not "fleeing".
    private let seesDisguises: Bool

    public init(_ entries: [String], seesDisguises: Bool = false) {
        self.entries = entries
        self.seesDisguises = seesDisguises
        var byForm: [String: (single: Int?, phrases: [Int])] = [:]
        var prefixes: [(UInt8, String, Int)] = []
        var patterns: [([Character], Bool, Int)] = []
        var phrases: [([PhraseWord], Int)] = []
        var handles: [String: Int] = [:]
        var literals: [(Unicode.Scalar, [Character], Int)] = []
        var clauseEnding: Set<Int> = []
        for (index, entry) in entries.enumerated() {
            let written = Self.trimmed(entry).lowercased()
            guard let first = written.first else { continue }
            if first == "@" {
                handles[written] = handles[written] ?? index
                continue
            }
            guard first.isLetter || first.isNumber else {
                literals.append((first.unicodeScalars.first!, Array(written), index))
                continue
            }
            if written.count > 1, written.hasSuffix(".") { clauseEnding.insert(index) }
            let writtenText = RiskText(String(written))
            let texts = writtenText.words.map(\.text)
            let words = texts.enumerated().map { index, text in
                PhraseWord(text, isLast: index == texts.count - 1,
                           afterSentenceEnd: index > 0 && Self.sentenceEnds(between: writtenText.words[index - 1], writtenText.words[index], in: writtenText))
            }
            if words.count == 1, let word = words.first {
                if word.isPrefix, let first = word.forms[0].utf8.first {
                    prefixes.append((first, word.forms[0], index))
                } else {
                    for form in word.forms where byForm[form]?.single == nil { byForm[form, default: (nil, [])].single = index }
                }
                for form in word.forms { patterns.append((Array(form), word.isPrefix, index)) }
            } else if let firstWord = words.first {
                for form in firstWord.forms { byForm[form, default: (nil, [])].phrases.append(phrases.count) }
                phrases.append((words, index))
            }
        }
        self.byForm = byForm
        self.prefixes = prefixes
        self.patterns = patterns
        self.phrases = phrases
        self.handles = handles
        self.literals = literals
        self.clauseEnding = clauseEnding
    }

    /// What is wrong with `entry`, if anything: a sign, an emoji, or a final "?" or "!" in an entry of words is no
    /// part of any word, so "last £" would find every "last" and "again?" every "again".
    public static func problem(with entry: String) -> String? {
        let written = trimmed(entry)
        guard let first = written.first, first.isLetter || first.isNumber else { return nil }
        let sign = written.first { !($0.isLetter || $0.isNumber || $0.isWhitespace || $0.isPunctuation) }
            ?? written.last.flatMap { "?!".contains($0) ? $0 : nil }
        guard let sign else { return nil }
        return "\"\(entry)\" holds \"\(sign)\", which is no part of a word: it would find \""
            + RiskText(String(written)).words.map(\.text).joined(separator: " ") + "\" alone; list \"\(sign)\" on its own"
    }

    /// Without spaces around it. (Foundation's trimming costs more than the rest of the list
    /// when the thread's rivals are listed for every key press.)
    private static func trimmed(_ entry: String) -> Substring {
        guard let start = entry.firstIndex(where: { !$0.isWhitespace }),
              let end = entry.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return entry[start...end]
    }

    public static func == (lhs: WordList, rhs: WordList) -> Bool { lhs.entries == rhs.entries }

    public func hash(into hasher: inout Hasher) { hasher.combine(entries) }

    public var isEmpty: Bool { entries.isEmpty }

    /// Where the entries occur in `text`, in order of where they start.
    func matches(in text: RiskText) -> [WordMatch] {
        var found: [WordMatch] = []
        let words = text.words
        for (index, word) in words.enumerated() {
            if word.isHandle {
                if let entry = handles[word.text] { found.append(WordMatch(range: word.range, entry: entry)) }
                continue
            }
            let known = byForm[word.text]
            if let entry = known?.single ?? singleEntry(for: word) { found.append(WordMatch(range: word.range, entry: entry)) }
            let disguised = seesDisguises && word.elements != nil
            let candidates = disguised ? Array(phrases.indices) : known?.phrases ?? []
            for candidate in candidates {
                let phrase = phrases[candidate]
                guard index + phrase.words.count <= words.count,
                      zip(phrase.words, words[index...]).allSatisfy({ $0.matches($1, disguises: seesDisguises) }),
                      // "Sorry. If you DM us" holds no "sorry if you": a phrase runs across a sentence's end only
                      // where its entry does ("kidding. kind of").
                      !phrase.words.indices.dropFirst().contains(where: { offset in
                          !phrase.words[offset].afterSentenceEnd
                              && Self.sentenceEnds(between: words[index + offset - 1], words[index + offset], in: text)
                      })
                else { continue }
                let last = words[index + phrase.words.count - 1]
                found.append(WordMatch(range: word.range.lowerBound..<last.range.upperBound, entry: phrase.entry))
            }
        }
        if !literals.isEmpty { found += literalMatches(in: text) }
        if !clauseEnding.isEmpty {
            found.removeAll { clauseEnding.contains($0.entry) && !Self.endsClause(at: $0.range.upperBound, in: text) }
        }
        return found.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
    }

    /// The entry a word is when it is not one of the forms: a prefix's, or a disguised word's.
    private func singleEntry(for word: RiskWord) -> Int? {
        if !prefixes.isEmpty, let first = word.text.utf8.first,
           let match = prefixes.first(where: { $0.first == first && word.text.hasPrefix($0.prefix) }) {
            return match.entry
        }
        guard seesDisguises, let elements = word.elements else { return nil }
        return patterns.first { WordElement.spell(elements, $0.letters, prefix: $0.prefix) }?.entry
    }

    /// Whether a full stop, "!", "?" or a new line stands between two words.
    private static func sentenceEnds(between first: RiskWord, _ second: RiskWord, in text: RiskText) -> Bool {
        text.scalars[first.range.upperBound..<second.range.lowerBound].contains { ".!?…\n".unicodeScalars.contains($0) }
    }

    /// Whether no word follows `offset` before a punctuation mark or the end.
    private static func endsClause(at offset: Int, in text: RiskText) -> Bool {
        var next = offset
        while next < text.scalars.count, text.scalars[next] == " " { next += 1 }
        return next == text.scalars.count || text.classes[next].isDisjoint(with: [.letter, .number])
    }

    /// Literal entries: "/s" after a space and before a space or the end; an emoji anywhere.
    private func literalMatches(in text: RiskText) -> [WordMatch] {
        let characters = text.characters
        var found: [WordMatch] = []
        for (start, scalar) in text.scalars.enumerated() {
            for literal in literals where literal.first == scalar {
                let end = start + literal.characters.count
                guard end <= characters.count, !text.isInLink(start),
                      zip(literal.characters, characters[start..<end]).allSatisfy({ $0 == $1 || String($0) == $1.lowercased() })
                else { continue }
                if literal.characters[0].isPunctuationOrSymbol, start > 0, !text.classes[start - 1].contains(.space) { continue }
                if let last = literal.characters.last, last.isLetter || last.isNumber, end < characters.count,
                   !text.classes[end].isDisjoint(with: [.letter, .number]) { continue }
                found.append(WordMatch(range: start..<end, entry: literal.entry))
            }
        }
        return found
    }
}

/// Where an entry of a word list occurs in a text.
struct WordMatch: Hashable {
    var range: Range<Int>
    /// The entry's index in the list.
    var entry: Int
}

/// One word of a phrase entry: the forms a plain word may take, or a prefix.
private struct PhraseWord: Sendable {
    var forms: [String]
    var isPrefix: Bool
    /// Whether the entry has a sentence's end before this word.
    var afterSentenceEnd: Bool

    /// "s", "es" and "'s" are allowed after the last word only: "good luck with thats" is no phrase, "my
    /// daughter's" is "my daughter".
    init(_ word: String, isLast: Bool, afterSentenceEnd: Bool) {
        self.afterSentenceEnd = afterSentenceEnd
        if isLast, word.count > 1, word.hasSuffix("*") {
            forms = [String(word.dropLast())]
            isPrefix = true
        } else {
            forms = isLast && word.last?.isLetter == true ? [word, word + "s", word + "es", word + "'s"] : [word]
            isPrefix = false
        }
    }

    func matches(_ word: RiskWord, disguises: Bool) -> Bool {
        guard !word.isHandle else { return false }
        if isPrefix ? word.text.hasPrefix(forms[0]) : forms.contains(word.text) { return true }
        guard disguises, let elements = word.elements else { return false }
        return forms.contains { WordElement.spell(elements, Array($0), prefix: isPrefix) }
    }
}

private extension Character {
    /// ASCII punctuation such as "/" or ":", which needs a space before it to start a marker.
    var isPunctuationOrSymbol: Bool { isASCII && (isPunctuation || isSymbol) }
}
