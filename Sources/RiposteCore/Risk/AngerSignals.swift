/// Why the post being answered reads as angry or as a complaint: what turns a joke in the draft
/// into sarcasm aimed at someone who is already upset.
struct AngerSignals {
    /// What shows anger, as the message quotes it: "\"furious\"", "\"!!!\"", "capitals", "😡".
    var anger: [String]
    /// What shows a customer's complaint, quoted from their post.
    var complaint: [String]

    init(answered: String?, recipient: Account?, rules: RiskRules) {
        guard let answered, !answered.isEmpty else {
            anger = []
            complaint = []
            return
        }
        let text = RiskText(answered)
        func quoted(_ matches: [WordMatch]) -> [String] {
            matches.map { "\"\(String(text.characters[$0.range]))\"" }
        }
        var anger = quoted(rules.sarcasm.angerWords.matches(in: text))
        anger += quoted(rules.profanity.strong.matches(in: text) + rules.profanity.mild.matches(in: text))
        anger += rules.sarcasm.angryEmoji.matches(in: text).map { String(text.characters[$0.range]) }
        let shouting = Shouting(in: text, rule: rules.shouting)
        if !shouting.capitalWords.isEmpty { anger.append("capitals") }
        if let run = shouting.exclamations.first { anger.append("\"\(String(text.characters[run]))\"") }
        self.anger = anger.uniqued()
        complaint = recipient?.role == .customer ? quoted(rules.sarcasm.complaintWords.matches(in: text)).uniqued() : []
    }

    /// Whether sarcasm counts: the person is angry, or a customer complaining.
    var counts: Bool { !anger.isEmpty || !complaint.isEmpty }

    /// "who is angry (\"furious\", \"!!!\")" or "with a complaint (\"still waiting\")", for the message.
    var description: String {
        if !anger.isEmpty { return "someone who is angry (\(anger.prefix(3).joined(separator: ", ")))" }
        return "a customer with a complaint (\(complaint.prefix(3).joined(separator: ", ")))"
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
