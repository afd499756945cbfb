import RiposteCore

/// Drafts, people and voices the risk tests share.
enum RiskFixtures {
    /// A draft written with «» around the words a reason should underline: the text without the
    /// marks, and the marked stretches as Character offsets.
    static func marked(_ written: String) -> (text: String, ranges: [Range<Int>]) {
        var text: [Character] = []
        var ranges: [Range<Int>] = []
        var start: Int?
        for character in written {
            switch character {
            case "«": start = text.count
            case "»":
                if let open = start { ranges.append(open..<text.count) }
                start = nil
            default: text.append(character)
            }
        }
        return (String(text), ranges)
    }

    static func customer(followers: Int = 200, handle: String = "@dave_r") -> Account {
        Account(network: .x, handle: handle, name: "Dave Roberts", followers: followers, role: .customer)
    }

    static func voice(_ id: String) -> VoicePreset {
        VoiceLibrary.builtin.first { $0.id == id }!
    }

    static let angryPost = "Worst network ever. No signal AGAIN!!! 😡"
    static let calmPost = "Any chance of the new case in green?"
}
