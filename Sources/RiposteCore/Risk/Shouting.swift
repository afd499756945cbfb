/// Capitals and runs of "!" that read as shouting, in a draft or in the post it answers.
struct Shouting {
    /// Words in capitals, when the text as a whole is mostly capitals; empty otherwise.
    var capitalWords: [Range<Int>]
    /// Runs of at least the rule's number of "!".
    var exclamations: [Range<Int>]

    var isEmpty: Bool { capitalWords.isEmpty && exclamations.isEmpty }

    /// Handles and links are left out: "@BT_UK" is a name, not a raised voice.
    init(in text: RiskText, rule: ShoutingRule) {
        var letters = 0, capitals = 0
        var handles = text.words.filter(\.isHandle).map(\.range)[...]
        for (index, classes) in text.classes.enumerated() where classes.contains(.letter) {
            while let handle = handles.first, handle.upperBound <= index { handles.removeFirst() }
            if handles.first?.contains(index) == true || text.isInLink(index) { continue }
            letters += 1
            if classes.contains(.upper) { capitals += 1 }
        }
        let mostlyCapitals = letters >= rule.minLetters && capitals * 100 >= rule.capitalsPercent * letters
        capitalWords = mostlyCapitals ? text.words.filter { word in
            !word.isHandle && word.range.count >= 2 && word.range.contains { text.classes[$0].contains(.letter) }
                && word.range.allSatisfy { !text.classes[$0].contains(.letter) || text.classes[$0].contains(.upper) }
        }.map(\.range) : []

        var exclamations: [Range<Int>] = []
        let scalars = text.scalars
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "!" else { index += 1; continue }
            var end = index
            while end < scalars.count, scalars[end] == "!" { end += 1 }
            if end - index >= rule.exclamationRun { exclamations.append(index..<end) }
            index = end
        }
        self.exclamations = exclamations
    }
}
