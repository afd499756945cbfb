/// A named tone for replies: what the agent reads while writing, the templates they start from,
/// how replies are signed, and how much risk the tone carries on its own.
public struct VoicePreset: Hashable, Sendable, Identifiable {
    /// Lowercase letters, digits and "-", such as "classic-care"; a user file with a built-in's id replaces it.
    public var id: String
    /// The name shown in the editor, such as "Classic care".
    public var name: String
    /// One line saying when to use the voice.
    public var summary: String
    /// A few short lines the agent sees while writing.
    public var guidance: String
    public var templates: [VoiceTemplate]
    /// Added after a template, such as "^{agent.initials}"; may hold placeholders.
    public var signOff: String
    public var emoji: EmojiPolicy
    /// Points this voice adds to every reply's risk score.
    public var baseRisk: Int

    /// The highest base risk a voice may carry: a voice alone never sends a reply for approval.
    public static let maxBaseRisk = 40

    public init(id: String, name: String, summary: String, guidance: String, templates: [VoiceTemplate],
                signOff: String, emoji: EmojiPolicy, baseRisk: Int) {
        self.id = id
        self.name = name
        self.summary = summary
        self.guidance = guidance
        self.templates = templates
        self.signOff = signOff
        self.emoji = emoji
        self.baseRisk = baseRisk
    }

    /// `template` with its placeholders filled and the voice's sign-off after it, ready for the editor.
    public func reply(from template: VoiceTemplate, with values: TemplateValues) -> String {
        let text = values.fill(template.text)
        let signOff = values.fill(self.signOff)
        return signOff.isEmpty ? text : text + " " + signOff
    }
}

/// A starting point for a reply, with placeholders such as `{customer.first_name}`.
public struct VoiceTemplate: Hashable, Sendable {
    /// A few words the agent picks it by, such as "Apology and DM".
    public var name: String
    public var text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

/// How many emoji a voice allows in a reply.
public enum EmojiPolicy: String, CaseIterable, Hashable, Sendable {
    case none
    /// One at most.
    case sparing
    case free

    /// The most emoji a reply may hold, or nil for no limit.
    public var maximum: Int? {
        switch self {
        case .none: 0
        case .sparing: 1
        case .free: nil
        }
    }
}
