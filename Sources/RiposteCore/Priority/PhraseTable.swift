/// Word lists in `WordList` notation, compiled for `PostWords`: every word of every entry gets a
/// number, and each word of a post is looked up once, by its bytes, without making a String of it.
///
/// Understood: words, also with "s" or "es" after them; phrases of several words, whatever punctuation
/// is between them; `word*` for any word starting so; a final "." for a phrase that must end a clause;
/// an entry that starts with neither a letter nor a digit (an emoji) by its first scalar. Disguised
/// swearing ("f*ck") is left to the risk rules.
struct PhraseTable: Sendable {
    struct Match: Hashable {
        /// The entry's index in the list.
        var entry: Int
        /// The bytes of the post it covers.
        var source: Range<Int>
    }

    private let words: ByteWordTable
    /// By word number: the entry that is that word alone.
    private let singles: [Int?]
    /// The phrases, grouped by their first word: those starting with word `n` are
    /// `phrasesByFirst[n]..<phrasesByFirst[n + 1]`. Flat arrays, so the loop over a post's words
    /// retains nothing.
    private let phrasesByFirst: [Int]
    /// By phrase: its words, as `phraseWords[phraseBounds[p]..<phraseBounds[p + 1]]`, and its entry.
    private let phraseBounds: [Int]
    private let phraseWords: [Int]
    private let phraseEntries: [Int]
    /// By first byte.
    private let prefixes: [[(prefix: [UInt8], entry: Int)]]
    private let literals: [Unicode.Scalar: Int]
    /// By entry: whether it must end a clause.
    private let clauseEnding: [Bool]

    init(_ entries: [String]) {
        var table = ByteWordTable()
        var compiled: [(entry: Int, words: [[UInt8]])] = []
        var prefixes = [[(prefix: [UInt8], entry: Int)]](repeating: [], count: 256)
        var literals: [Unicode.Scalar: Int] = [:]
        var clauseEnding = [Bool](repeating: false, count: entries.count)
        for (index, entry) in entries.enumerated() {
            var written = Substring(entry.lowercased())
            while written.first?.isWhitespace == true { written = written.dropFirst() }
            while written.last?.isWhitespace == true { written = written.dropLast() }
            guard let first = written.first else { continue }
            guard first.isLetter || first.isNumber else {
                if let scalar = first.unicodeScalars.first, literals[scalar] == nil { literals[scalar] = index }
                continue
            }
            if written.count > 1, written.hasSuffix(".") {
                clauseEnding[index] = true
                written = written.dropLast()
            }
            if written.count > 1, written.hasSuffix("*") {
                let prefix = Array(written.dropLast().utf8)
                prefixes[Int(prefix[0])].append((prefix, index))
                continue
            }
            let post = PostWords(String(written))
            let words = post.words.map { Array(post.lowered[$0.lowered]) }
            guard !words.isEmpty else { continue }
            for word in words { table.insert(word) }
            compiled.append((index, words))
        }
        // Plural forms are added once every word of the lists has its own number, so a form never
        // takes the place of a word in its own right ("calls" beside "call").
        for (number, word) in table.ownWords.enumerated()
        where word.last.map({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) == true {
            table.insert(word + [UInt8(ascii: "s")], as: number)
            table.insert(word + [UInt8(ascii: "e"), UInt8(ascii: "s")], as: number)
        }

        var singles = [Int?](repeating: nil, count: table.count)
        var phrases: [(words: [Int], entry: Int)] = []
        for (entry, words) in compiled {
            let numbers = words.map { table.number(of: $0)! }
            if numbers.count == 1 {
                if singles[numbers[0]] == nil { singles[numbers[0]] = entry }
            } else {
                phrases.append((numbers, entry))
            }
        }
        phrases = phrases.enumerated().sorted { ($0.element.words[0], $0.offset) < ($1.element.words[0], $1.offset) }
            .map(\.element)
        var phrasesByFirst = [Int](repeating: 0, count: table.count + 1)
        for phrase in phrases { phrasesByFirst[phrase.words[0] + 1] += 1 }
        for number in 0..<table.count { phrasesByFirst[number + 1] += phrasesByFirst[number] }
        self.words = table
        self.singles = singles
        self.phrasesByFirst = phrasesByFirst
        phraseBounds = phrases.reduce(into: [0]) { $0.append($0.last! + $1.words.count) }
        phraseWords = phrases.flatMap(\.words)
        phraseEntries = phrases.map(\.entry)
        self.prefixes = prefixes
        self.literals = literals
        self.clauseEnding = clauseEnding
    }

    /// Where the entries occur in `post`; a phrase and the word it starts are both found.
    func matches(in post: PostWords) -> [Match] {
        var found: [Match] = []
        let words = post.words
        let numbers: [Int?] = post.lowered.withUnsafeBufferPointer { lowered in
            words.map { self.words.number(of: UnsafeBufferPointer(rebasing: lowered[$0.lowered])) }
        }
        func add(_ entry: Int, _ first: Int, _ last: Int) {
            if clauseEnding[entry], !words[last].endsClause { return }
            found.append(Match(entry: entry, source: words[first].source.lowerBound..<words[last].source.upperBound))
        }
        for (index, number) in numbers.enumerated() {
            if let number, let entry = singles[number] {
                add(entry, index, index)
            } else if let entry = prefixEntry(post.lowered[words[index].lowered]) {
                add(entry, index, index)
            }
            guard let number else { continue }
            for phrase in phrasesByFirst[number]..<phrasesByFirst[number + 1] {
                let bounds = phraseBounds[phrase]..<phraseBounds[phrase + 1]
                guard index + bounds.count <= numbers.count else { continue }
                var offset = 1
                while offset < bounds.count, numbers[index + offset] == phraseWords[bounds.lowerBound + offset] { offset += 1 }
                if offset == bounds.count { add(phraseEntries[phrase], index, index + bounds.count - 1) }
            }
        }
        if !literals.isEmpty {
            for symbol in post.symbols {
                if let entry = literals[symbol.scalar] { found.append(Match(entry: entry, source: symbol.source)) }
            }
        }
        return found
    }

    private func prefixEntry(_ word: ArraySlice<UInt8>) -> Int? {
        guard let first = word.first else { return nil }
        return prefixes[Int(first)].first { word.starts(with: $0.prefix) }?.entry
    }
}
