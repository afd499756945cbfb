/// Businesses a reply names without their handle: the name a thread's handle spells ("@burgerbarn.co.uk" is
/// "Burger Barn"), and a name the customer used that the reply takes up with a capital ("moved from nettle"
/// answered with "… Nettle Energy's readings"). A rival all the same.
enum NamesInReply {
    /// Runs of one to three words of the reply whose letters spell one of `handles`' names.
    static func spelled(by handles: [String], in text: RiskText) -> [Range<Int>] {
        let names = Set(handles.flatMap(names(of:)))
        guard !names.isEmpty else { return [] }
        let words = text.words
        var found: [Range<Int>] = []
        for start in words.indices where !words[start].isHandle {
            var letters = ""
            for end in start..<min(words.count, start + 3) where !words[end].isHandle {
                letters += words[end].text.filter(\.isLetter)
                if names.contains(letters) { found.append(words[start].range.lowerBound..<words[end].range.upperBound) }
            }
        }
        return found
    }

    /// What a handle is called: its letters before any domain or instance, with and without a suffix after "_"
    /// ("@biscotto_uk" is "biscottouk" or "biscotto"). Too short a name would be found everywhere.
    static func names(of handle: String) -> [String] {
        let account = handle.drop { $0 == "@" }.prefix { $0 != "@" && $0 != "." }.lowercased()
        let whole = account.filter(\.isLetter)
        let beforeSuffix = account.prefix { $0 != "_" }.filter(\.isLetter)
        return Array(Set([whole, beforeSuffix])).filter { $0.count >= 4 }
    }

    /// Words of the post answered that the reply writes with a capital where no sentence starts, or at a sentence's
    /// start with another capital after them ("Fernleaf Bank's controls").
    static func takenUp(from post: RiskText?, in reading: SentenceReading) -> [Range<Int>] {
        guard let post else { return [] }
        let posted = Set(post.words.filter { !$0.isHandle }.map(\.text))
        let text = reading.text
        func capitalised(_ index: Int) -> Bool {
            index < text.words.count && !text.words[index].isHandle && text.classes[text.words[index].range.lowerBound].contains(.upper)
        }
        return text.words.indices.filter { index in
            capitalised(index) && text.words[index].text.count >= 3 && posted.contains(text.words[index].text)
                && (!reading.startsSentence(index) || capitalised(index + 1) && !reading.startsSentence(index + 1))
        }.map { text.words[$0].range }
    }
}
