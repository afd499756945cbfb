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

    /// Our reply `reply` landed on the simulated network as `remoteID`: the reactions it earns are scheduled, in
    /// answer to it there. A reply refused at the door never lands, and earns none.
    @discardableResult
    public func landed(_ reply: OutboxReply, as remoteID: String) throws -> [DemoReaction] {
        guard let posts = try store.thread(reply.caseID, agent: "riposte-connect")?.posts,
              var sent = posts.first(where: { $0.id == reply.postID }) else { return [] }
        sent.externalID = remoteID
        return try earned(by: try store.judgedNow(reply), sent: sent, in: posts)
    }

    /// Schedules the reactions our reply (`outgoing`, stored as `sent`) earns, each at most once; returns them.
    /// Nothing when no demo plays or the post it answers is not one of the demo's.
    @discardableResult
    public func replied(_ outgoing: OutgoingReply, sent: ThreadPost) throws -> [DemoReaction] {
        guard let posts = try store.thread(outgoing.caseID, agent: sent.sentBy ?? "")?.posts else { return [] }
        return try earned(by: outgoing, sent: sent, in: posts)
    }

    /// The reactions `outgoing`, stored as `sent` in the thread `posts`, earns, scheduled.
    private func earned(by outgoing: OutgoingReply, sent: ThreadPost, in posts: [ThreadPost]) throws -> [DemoReaction] {
        guard let playing = try DemoFeedLoader.playing(in: store),
              let parent = posts.first(where: { $0.id == outgoing.inReplyTo }),
              let postID = DemoFeedLoader.feedPostID(playing.feed, parent.externalID) else { return [] }
        let feed = playing.feed
        let mentionsRival = feed.rivals.contains { rival in
            [rival.handle, String(rival.handle.dropFirst()), rival.name].contains { name in
                name.count > 1 && sent.text.range(of: name, options: [.caseInsensitive, .diacriticInsensitive]) != nil
            }
        }
        let reply = DemoReaction.Reply(
            text: sent.text, voice: outgoing.voice, risk: outgoing.riskScore,
            storyDelay: sent.createdAt.timeIntervalSince(parent.createdAt) * playing.speed,
            namesRival: mentionsRival)
        var earned: [DemoReaction] = []
        for reaction in feed.reactions where reaction.to == postID && reaction.condition.holds(for: reply) {
            let firedKey = "demo.fired.\(reaction.id)"
            guard try store.value(forKey: firedKey) == nil else { continue }
            try store.setValue(sent.externalID, forKey: firedKey)
            let due = sent.createdAt.addingTimeInterval(reaction.delay / playing.speed)
            try store.schedule([ScheduledPost(due: due, post: IncomingPost(
                externalID: DemoFeedLoader.externalID(feed, "reaction:\(reaction.id)"), author: reaction.author,
                text: reaction.text, createdAt: due, inReplyTo: sent.externalID))], feed: feed.name)
            try store.appendAudit(AuditEntry(at: sent.createdAt, agent: sent.sentBy ?? "riposte",
                                             action: "demo.reaction", caseID: outgoing.caseID,
                                             detail: "\(reaction.id) (\(reaction.outcome.rawValue))"))
            earned.append(reaction)
        }
        return earned
    }
}
