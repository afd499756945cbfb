/// A text read sentence by sentence, for the rules that ask what a sentence does with what it names: whether it
/// asks the reader for it, negates it ("we'll never ask for your PIN"), and where an answer would go.
struct SentenceReading {
    enum Channel {
        /// A DM, a call, a secure form.
        case privately
        /// A reply in the thread, "here", "below".
        case publicly
    }

    let text: RiskText
    /// By word: the sentence it is in.
    private let sentence: [Int]
    /// By word: whether a comma, dash or colon stands between it and the word before.
    private let breakBefore: [Bool]
    /// By Character: the word it is in or the last word that started before it; -1 before the first word.
    private let wordAt: [Int]
    /// By sentence: whether it ends with a question mark.
    private let isQuestion: [Bool]
    /// By word: where the language lists start.
    private let negation: [Bool], asking: [Bool], privately: [Bool], publicly: [Bool]
    /// Words after which a sentence starts over: "don't worry, just send us ...".
    private static let restarts: Set<String> = ["but", "just", "instead", "so", "then", "rather", "though",
                                                "however", "please", "meanwhile", "otherwise"]

    init(_ text: RiskText, language: LanguageRule) {
        self.text = text
        let words = text.words
        var wordAt = [Int](repeating: -1, count: text.characters.count)
        for (index, word) in words.enumerated() {
            let end = index + 1 < words.count ? words[index + 1].range.lowerBound : text.characters.count
            for offset in word.range.lowerBound..<end { wordAt[offset] = index }
        }
        var sentence = [Int](repeating: 0, count: words.count), breakBefore = [Bool](repeating: false, count: words.count)
        var isQuestion: [Bool] = []
        var current = 0, questioned = false
        for (index, word) in words.enumerated() {
            let gapStart = index == 0 ? 0 : words[index - 1].range.upperBound
            var ended = false, broken = false
            for offset in gapStart..<word.range.lowerBound {
                let scalar = text.scalars[offset]
                if index > 0, Self.endsSentence(scalar) || scalar == "\n" { ended = true }
                // An emoji before a capital stands for a full stop: "not the skins 😱 Drop your password".
                if index > 0, scalar.properties.isEmojiPresentation, text.classes[word.range.lowerBound].contains(.upper) {
                    ended = true
                }
                if scalar == "?" { questioned = true }
                if scalar == "," || scalar == ":" || scalar == "-" || scalar == "–" || scalar == "—" { broken = true }
            }
            if ended {
                isQuestion.append(questioned)
                current += 1
                questioned = false
            }
            sentence[index] = current
            breakBefore[index] = broken && !ended
        }
        if let last = words.last, last.range.upperBound < text.characters.count {
            questioned = questioned || text.scalars[last.range.upperBound...].contains("?")
        }
        isQuestion.append(questioned)
        self.sentence = sentence
        self.breakBefore = breakBefore
        self.wordAt = wordAt
        self.isQuestion = isQuestion
        func starts(_ list: WordList) -> [Bool] {
            var marked = [Bool](repeating: false, count: words.count)
            for match in list.matches(in: text) {
                let index = wordAt[match.range.lowerBound]
                if index >= 0, words[index].range.lowerBound == match.range.lowerBound { marked[index] = true }
            }
            return marked
        }
        negation = starts(language.negations)
        asking = starts(language.asking)
        privately = starts(language.privateChannels)
        publicly = starts(language.publicPlaces)
    }

    private static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?" || scalar == ";" || scalar == "…"
    }

    /// The first word of `range`, or of the text after it.
    private func firstWord(of range: Range<Int>) -> Int? {
        guard range.lowerBound < wordAt.count else { return nil }
        let index = wordAt[range.lowerBound]
        if index >= 0, text.words[index].range.lowerBound >= range.lowerBound { return index }
        return index + 1 < text.words.count ? index + 1 : nil
    }

    /// The words before `range` in its clause, nearest first, at most `limit`: back to the sentence's start, a word
    /// such as "just" or "but" that starts it over, or a comma after which the text asks anew.
    private func clauseBefore(_ range: Range<Int>, limit: Int) -> [Int] {
        let words = text.words
        let first = firstWord(of: range) ?? words.count
        var result: [Int] = []
        var index = first - 1
        var askedSinceBreak = false
        while index >= 0, result.count < limit {
            if first < words.count, sentence[index] != sentence[first] { break }
            if first == words.count, index < words.count - 1, sentence[index] != sentence[words.count - 1] { break }
            if Self.restarts.contains(words[index].text) { break }
            result.append(index)
            if asking[index] { askedSinceBreak = true }
            if breakBefore[index], askedSinceBreak { break }
            index -= 1
        }
        return result
    }

    /// Whether a negation ("never", "don't") comes before `range` in its clause.
    func isNegated(_ range: Range<Int>, within limit: Int = 12) -> Bool {
        clauseBefore(range, limit: limit).contains { negation[$0] }
    }

    /// Whether the word just before `range`, in its clause, is one of `words`.
    func follows(_ words: Set<String>, _ range: Range<Int>) -> Bool {
        clauseBefore(range, limit: 1).contains { words.contains(text.words[$0].text) }
    }

    /// Whether the words just before `range` make it something we do: "we'll deal with it", "let us sort it".
    func isAboutUs(_ range: Range<Int>) -> Bool {
        let before = clauseBefore(range, limit: 2).map { text.words[$0].text }
        return before.contains { ["we'll", "we", "we're", "we'd", "us", "to", "i'll", "i"].contains($0) }
    }

    /// Whether the sentence asks the reader for what is at `range`: an asking word before it, "please" just after
    /// it, or a question.
    func asksFor(_ range: Range<Int>) -> Bool {
        // What is named as theirs ("your PIN", "the code on the back", "all 16 digits") may be asked for from the
        // start of the sentence; otherwise the asking word must be near.
        let owned = clauseBefore(range, limit: 2).contains { ["your", "her", "his", "their", "the", "all"].contains(text.words[$0].text) }
        if clauseBefore(range, limit: owned ? 25 : 12).contains(where: { asking[$0] }) { return true }
        guard let index = firstWord(of: range) ?? (text.words.isEmpty ? nil : text.words.count - 1) else { return false }
        if isQuestion[sentence[index]] { return true }
        let after = text.words.dropFirst(index + 1).prefix(4)
        return after.contains { $0.text == "please" || $0.text == "pls" || $0.text == "plz" }
    }

    /// Where an answer to the sentence at `range` would go: its own words say, else any private channel in the
    /// text makes it private; nil when nothing says.
    func channel(of range: Range<Int>) -> Channel? {
        guard let index = firstWord(of: range) ?? (text.words.isEmpty ? nil : text.words.count - 1) else { return nil }
        let own = text.words.indices.filter { sentence[$0] == sentence[index] }
        if own.contains(where: { privately[$0] }) { return .privately }
        if own.contains(where: { publicly[$0] }) { return .publicly }
        return privately.contains(true) ? .privately : nil
    }

    /// Whether `first` and `second` are in one sentence, with at most `gap` words between them.
    func near(_ first: Range<Int>, _ second: Range<Int>, within gap: Int) -> Bool {
        guard let a = firstWord(of: first), let b = firstWord(of: second), sentence[a] == sentence[b] else { return false }
        return abs(a - b) <= gap + 1
    }

    /// Whether the word at `index` is the first of its sentence.
    func startsSentence(_ index: Int) -> Bool {
        index == 0 || sentence[index - 1] != sentence[index]
    }

    /// Whether `range` lies in a sentence that also holds `other`.
    func sameSentence(_ range: Range<Int>, _ other: Range<Int>) -> Bool {
        near(range, other, within: .max - 1)
    }
}
