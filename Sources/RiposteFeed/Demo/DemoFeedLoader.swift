import Foundation
import RiposteCore
import RiposteStore

/// Puts a demo feed into a store: its history at once, the rest scheduled to arrive while the agent works.
public enum DemoFeedLoader {
    /// Keys of the store's settings that say which demo is playing.
    public static let nameKey = "demo.name"
    static let textKey = "demo.text"
    static let speedKey = "demo.speed"
    static let loadedSpeedKey = "demo.loaded_speed"
    static let startKey = "demo.started"

    public struct Loaded: Hashable, Sendable {
        public var history: Int
        public var scheduled: Int
    }

    /// Posts before the start keep their real spacing; posts after it arrive `speed` times faster than written.
    @discardableResult
    public static func load(_ feed: DemoFeed, text: String, into store: any InboxStore, startingAt start: Date,
                            speed: Double? = nil) throws -> Loaded {
        // A demo's people are played by whoever trains: its store is a training store, never a team's.
        try store.markTraining()
        let speed = max(1, speed ?? feed.speed)
        func incoming(_ post: DemoFeed.Post, at time: Date) -> IncomingPost {
            IncomingPost(externalID: externalID(feed, post.id), author: post.author, text: post.text, createdAt: time,
                         inReplyTo: post.replyTo.map { externalID(feed, $0) })
        }
        let history = feed.posts.filter { $0.offset <= 0 }.sorted { $0.offset < $1.offset }
        let future = feed.posts.filter { $0.offset > 0 }
        try store.ingest(history.map { incoming($0, at: start.addingTimeInterval($0.offset)) })
        try store.schedule(future.map { post in
            let due = start.addingTimeInterval(post.offset / speed)
            return ScheduledPost(due: due, post: incoming(post, at: due))
        }, feed: feed.name)
        try store.setValue(feed.name, forKey: nameKey)
        // Every process on the store, and every later one, can then judge our replies by the feed's reactions.
        try store.setValue(text, forKey: textKey)
        try store.setValue(String(speed), forKey: speedKey)
        try store.setValue(String(speed), forKey: loadedSpeedKey)
        try store.setValue(String(start.timeIntervalSince1970), forKey: startKey)
        try store.setValue("", forKey: DemoFeedPlayer.pausedKey)
        try store.appendAudit(AuditEntry(at: start, agent: "riposte", action: "demo.loaded", caseID: nil,
                                         detail: "\(feed.name): \(history.count) posts now, \(future.count) at \(speed)×"))
        return Loaded(history: history.count, scheduled: future.count)
    }

    /// The demo the store plays, as loaded, and its speed.
    public static func playing(in store: any FeedKeeping) throws -> (feed: DemoFeed, speed: Double)? {
        guard let name = try store.value(forKey: nameKey), let text = try store.value(forKey: textKey) else { return nil }
        return (try DemoFeedParser.parse(text, file: "<store>/\(name).toml"), try DemoFeedPlayer(store: store).speed())
    }

    /// When the demo playing in the store was loaded: where a training session starts.
    public static func started(in store: any FeedKeeping) throws -> Date? {
        try moment(startKey, in: store)
    }

    /// A moment kept under `key` in the store's settings (seconds since 1970); nil when unset or cleared.
    static func moment(_ key: String, in store: any FeedKeeping) throws -> Date? {
        try store.value(forKey: key).flatMap(Double.init).map(Date.init(timeIntervalSince1970:))
    }

    /// The feed's own id of a stored post, if it is one of the feed's.
    static func feedPostID(_ feed: DemoFeed, _ externalID: String) -> String? {
        let prefix = "\(feed.name):"
        return externalID.hasPrefix(prefix) ? String(externalID.dropFirst(prefix.count)) : nil
    }

    /// Feed post ids are the trainer's short names; in the store they are prefixed with the feed's name to stay unique.
    static func externalID(_ feed: DemoFeed, _ id: String) -> String {
        "\(feed.name):\(id)"
    }
}
