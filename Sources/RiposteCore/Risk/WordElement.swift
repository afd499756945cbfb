/// One letter of a disguised word ("sh1t", "f*ck", "$hiiit") and what it may stand for, so the
/// word lists need not spell out every disguise.
enum WordElement: Hashable, Sendable {
    case letter(Character)
    /// The same letter three or more times ("shiiit"): one or more of it. Twice is just spelling ("good").
    case repeated(Character)
    /// A digit or sign that looks like a letter: "1" is "1", "i" or "l".
    case oneOf([Character])
    /// "*": any one letter.
    case anyLetter

    /// What each look-alike may stand for; a digit also stands for itself ("o2", "4g").
    static let lookalikes: [Character: [Character]] = [
        "0": ["0", "o"], "1": ["1", "i", "l"], "3": ["3", "e"], "4": ["4", "a"], "5": ["5", "s"],
        "7": ["7", "t"], "8": ["8", "b"], "9": ["9", "g"],
        "@": ["a"], "$": ["s"], "!": ["i", "l"],
    ]

    /// The elements of a lower-cased word if it is disguised, nil if it is a plain word.
    static func disguised(_ word: String) -> [WordElement]? {
        guard mayBeDisguised(word) else { return nil }
        let characters = Array(word)
        var elements: [WordElement] = []
        var isDisguised = false
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "*" {
                elements.append(.anyLetter)
                isDisguised = true
                index += 1
            } else if let letters = lookalikes[character] {
                elements.append(.oneOf(letters))
                isDisguised = true
                index += 1
            } else {
                var end = index
                while end < characters.count, characters[end] == character { end += 1 }
                if end - index >= 3 {
                    elements.append(.repeated(character))
                    isDisguised = true
                } else {
                    elements.append(contentsOf: repeatElement(.letter(character), count: end - index))
                }
                index = end
            }
        }
        return isDisguised ? elements : nil
    }

    /// Whether `word` holds a look-alike, a "*" or a letter three times running: most words do not,
    /// and this is checked for every word of every draft.
    private static func mayBeDisguised(_ word: String) -> Bool {
        var previous: UInt8 = 0, run = 0
        for byte in word.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "*"), UInt8(ascii: "$"), UInt8(ascii: "@"), UInt8(ascii: "!"):
                return true
            default:
                run = byte == previous ? run + 1 : 1
                if run == 3 { return true }
                previous = byte
            }
        }
        return false
    }

    /// Whether `elements` spell `word`, or with `prefix`, start with it ("f*cking" starts with "fuck").
    static func spell(_ elements: [WordElement], _ word: [Character], prefix: Bool) -> Bool {
        func match(_ letter: Int, _ element: Int) -> Bool {
            if letter == word.count { return prefix || element == elements.count }
            guard element < elements.count else { return false }
            switch elements[element] {
            case .letter(let character):
                return character == word[letter] && match(letter + 1, element + 1)
            case .oneOf(let characters):
                return characters.contains(word[letter]) && match(letter + 1, element + 1)
            case .anyLetter:
                return word[letter].isLetter && match(letter + 1, element + 1)
            case .repeated(let character):
                var end = letter
                while end < word.count, word[end] == character {
                    end += 1
                    if match(end, element + 1) { return true }
                }
                return false
            }
        }
        return match(0, 0)
    }
}
