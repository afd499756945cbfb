import Foundation
import RiposteCore

/// Posts coming in: imports, live feeds and the demo's schedule, and the small settings a feed keeps.
public protocol FeedKeeping: Sendable {
    /// Stores posts all or nothing: `body` hands them over one by one (an import streams a file this way); if it
    /// throws, nothing is stored. Each post gets a case; posts already stored are skipped. SQLite writes a large
    /// ingest in short transactions and takes it back whole if it stops part-way; PostgreSQL, whose writers lock
    /// only the rows they change, writes one transaction.
    @discardableResult
    func ingestAll(_ body: (_ add: (IncomingPost) throws -> Void) throws -> Void) throws -> IngestSummary
    /// Posts to deliver later (a demo feed played in accelerated time).
    func schedule(_ posts: [ScheduledPost], feed: String) throws
    /// Moves every scheduled post due at `time` into the inbox; returns how many arrived.
    @discardableResult
    func deliverDuePosts(at time: Date) throws -> Int
    /// How many scheduled posts are still to come.
    func scheduledCount() throws -> Int
    /// Moves every post still to come: paused for `offset` seconds, or played `factor` times as fast from `time` on.
    func retime(after time: Date, factor: Double, offset: TimeInterval) throws
    /// A small setting kept with the data (which demo was loaded, for instance).
    func value(forKey key: String) throws -> String?
    func setValue(_ value: String, forKey key: String) throws
}
