import Foundation
import RiposteCore
import RiposteStore

/// The outbound side of a played demo: our reply goes to the simulated network, and the scenario's people react to
/// it as its reactions say, after their delay in story time.
public struct DemoReactions: Sendable {
    let store: any InboxStore

    public init(store: any InboxStore) {
        self.store = store
    }

    /// Our reply, sent on a case of the playing demo; the parent is the post it answers.
    public struct Sent: Sendable {
        public var caseID: CaseID
        public var reply: ThreadPost
        public var parent: ThreadPost
        public var voice: String?
        public var risk: Int

        public init(caseID: CaseID, reply: ThreadPost, parent: ThreadPost, voice: String?, risk: Int) {
            self.caseID = caseID
            self.reply = reply
            self.parent = parent
            self.voice = voice
            self.risk = risk
        }
    }

    /// Schedules the reactions `sent` earns, each at most once; returns them. Nothing when no demo plays or the
    /// parent is not one of its posts.
    @discardableResult
    public func replied(_ sent: Sent) throws -> [DemoReaction] {
        guard let playing = try DemoFeedLoader.playing(in: store),
              let postID = DemoFeedLoader.feedPostID(playing.feed, sent.parent.externalID) else { return [] }
        let feed = playing.feed
        let mentionsRival = feed.rivals.contains { rival in
            [rival.handle, String(rival.handle.dropFirst()), rival.name].contains { name in
                name.count > 1 && sent.reply.text.range(of: name, options: [.caseInsensitive, .diacriticInsensitive]) != nil
            }
        }
        let reply = DemoReaction.Reply(
            text: sent.reply.text, voice: sent.voice, risk: sent.risk,
            storyDelay: sent.reply.createdAt.timeIntervalSince(sent.parent.createdAt) * playing.speed,
            namesRival: mentionsRival)
        var earned: [DemoReaction] = []
        for reaction in feed.reactions where reaction.to == postID && reaction.condition.holds(for: reply) {
            let firedKey = "demo.fired.\(reaction.id)"
            guard try store.value(forKey: firedKey) == nil else { continue }
            try store.setValue(sent.reply.externalID, forKey: firedKey)
            let due = sent.reply.createdAt.addingTimeInterval(reaction.delay / playing.speed)
            try store.schedule([ScheduledPost(due: due, post: IncomingPost(
                externalID: DemoFeedLoader.externalID(feed, "reaction:\(reaction.id)"), author: reaction.author,
                text: reaction.text, createdAt: due, inReplyTo: sent.reply.externalID))], feed: feed.name)
            try store.appendAudit(AuditEntry(at: sent.reply.createdAt, agent: sent.reply.sentBy ?? "riposte",
                                             action: "demo.reaction", caseID: sent.caseID,
                                             detail: "\(reaction.id) (\(reaction.outcome.rawValue))"))
            earned.append(reaction)
        }
        return earned
    }
}
