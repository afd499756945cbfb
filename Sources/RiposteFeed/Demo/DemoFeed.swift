import Foundation
import RiposteCore

/// A demo feed as a trainer writes it: who takes part, and what they post when.
public struct DemoFeed: Hashable, Sendable {
    public struct Post: Hashable, Sendable {
        public var id: String
        /// Seconds from the start of play; history before the start is negative.
        public var offset: TimeInterval
        public var author: Account
        public var text: String
        public var replyTo: String?
    }

    /// A short name: lowercase letters, digits and dashes.
    public var name: String
    public var title: String
    public var summary: String
    /// Where the story comes from and that it is a recreation.
    public var source: String
    /// Seconds of the story played per real second, unless the player is told otherwise.
    public var speed: Double
    public var posts: [Post]
    public var reactions: [DemoReaction]

    /// The accounts of the rival brands, whom a reply may name.
    public var rivals: [Account] {
        var seen = Set<String>()
        return (posts.map(\.author) + reactions.map(\.author)).filter { $0.role == .rival && seen.insert($0.handle).inserted }
    }
}
