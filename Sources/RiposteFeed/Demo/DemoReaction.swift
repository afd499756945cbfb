import Foundation
import RiposteCore

/// A post a scenario holds back until our reply to one of its posts meets its conditions: a witty answer wins a
/// fan, a rude one becomes a screenshot.
public struct DemoReaction: Hashable, Sendable {
    /// What the reaction means for the trainee's score.
    public enum Outcome: String, CaseIterable, Hashable, Sendable {
        case won, lost, neutral
    }

    public var id: String
    /// The feed's id of the post our reply must answer.
    public var to: String
    public var author: Account
    public var text: String
    /// Story time after our reply.
    public var delay: TimeInterval
    public var outcome: Outcome
    public var condition: Condition

    /// What our reply must be; a condition left out holds for every reply.
    public struct Condition: Hashable, Sendable {
        public var voices: [String]?
        /// At least one of these, ignoring case and accents.
        public var contains: [String]?
        /// None of these.
        public var lacks: [String]?
        public var riskAtLeast: Int?
        public var riskBelow: Int?
        /// Story time from the post appearing to our reply.
        public var within: TimeInterval?
        public var namesRival: Bool?

        public init(voices: [String]? = nil, contains: [String]? = nil, lacks: [String]? = nil,
                    riskAtLeast: Int? = nil, riskBelow: Int? = nil, within: TimeInterval? = nil,
                    namesRival: Bool? = nil) {
            self.voices = voices
            self.contains = contains
            self.lacks = lacks
            self.riskAtLeast = riskAtLeast
            self.riskBelow = riskBelow
            self.within = within
            self.namesRival = namesRival
        }

        public func holds(for reply: Reply) -> Bool {
            func found(_ phrase: String) -> Bool {
                reply.text.range(of: phrase, options: [.caseInsensitive, .diacriticInsensitive]) != nil
            }
            if let voices, !voices.contains(reply.voice ?? "") { return false }
            if let contains, !contains.contains(where: found) { return false }
            if let lacks, lacks.contains(where: found) { return false }
            if let riskAtLeast, reply.risk < riskAtLeast { return false }
            if let riskBelow, reply.risk >= riskBelow { return false }
            if let within, reply.storyDelay > within { return false }
            if let namesRival, reply.namesRival != namesRival { return false }
            return true
        }
    }

    /// Our reply, as the conditions see it.
    public struct Reply: Hashable, Sendable {
        public var text: String
        public var voice: String?
        public var risk: Int
        /// Story time from the post it answers appearing to the reply.
        public var storyDelay: TimeInterval
        public var namesRival: Bool

        public init(text: String, voice: String?, risk: Int, storyDelay: TimeInterval, namesRival: Bool) {
            self.text = text
            self.voice = voice
            self.risk = risk
            self.storyDelay = storyDelay
            self.namesRival = namesRival
        }
    }
}
