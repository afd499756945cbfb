import Foundation
import RiposteStore

/// Plays a loaded demo feed: each call delivers the posts whose time has come. Pausing and changing speed move the
/// posts still to come, so every process sharing the store plays the same story at the same pace.
public struct DemoFeedPlayer: Sendable {
    public struct Progress: Hashable, Sendable {
        public var name: String
        public var delivered: Int
        public var pending: Int
        public var speed: Double
        public var paused: Bool

        public init(name: String, delivered: Int, pending: Int, speed: Double = 1, paused: Bool = false) {
            self.name = name
            self.delivered = delivered
            self.pending = pending
            self.speed = speed
            self.paused = paused
        }
    }

    static let pausedKey = "demo.paused_at"

    let store: any FeedKeeping

    public init(store: any FeedKeeping) {
        self.store = store
    }

    /// Delivers what is due, unless paused; nil when no demo was ever loaded into this store.
    public func deliverDue(at time: Date) throws -> Progress? {
        guard let name = try store.value(forKey: DemoFeedLoader.nameKey) else { return nil }
        let paused = try pausedAt() != nil
        let delivered = paused ? 0 : try store.deliverDuePosts(at: time)
        return Progress(name: name, delivered: delivered, pending: try store.scheduledCount(), speed: try speed(),
                        paused: paused)
    }

    public func pause(at time: Date) throws {
        guard try pausedAt() == nil else { return }
        try store.setValue(String(time.timeIntervalSince1970), forKey: Self.pausedKey)
    }

    /// Carries on where it was paused: what was to come comes that much later.
    public func resume(at time: Date) throws {
        guard let pausedAt = try pausedAt() else { return }
        try store.retime(after: pausedAt, factor: 1, offset: max(0, time.timeIntervalSince(pausedAt)))
        try store.setValue("", forKey: Self.pausedKey)
    }

    /// Plays at `speed` from now on (1 to 600 story seconds a second).
    public func setSpeed(_ speed: Double, at time: Date) throws {
        let new = min(600, max(1, speed))
        let old = try self.speed()
        guard new != old else { return }
        // While paused, the remaining waits are measured from the pause.
        try store.retime(after: try pausedAt() ?? time, factor: new / old, offset: 0)
        try store.setValue(String(new), forKey: DemoFeedLoader.speedKey)
    }

    /// The next speed up or down the ladder, which holds the speed the demo was loaded at.
    public func step(faster: Bool, at time: Date) throws {
        let current = try speed()
        let next = faster ? try ladder().faster(than: current) : try ladder().slower(than: current)
        if let next { try setSpeed(next, at: time) }
    }

    public func ladder() throws -> DemoSpeedLadder {
        DemoSpeedLadder(loadedAt: try store.value(forKey: DemoFeedLoader.loadedSpeedKey).flatMap(Double.init))
    }

    public func speed() throws -> Double {
        try store.value(forKey: DemoFeedLoader.speedKey).flatMap(Double.init) ?? 1
    }

    func pausedAt() throws -> Date? {
        try DemoFeedLoader.moment(Self.pausedKey, in: store)
    }
}
