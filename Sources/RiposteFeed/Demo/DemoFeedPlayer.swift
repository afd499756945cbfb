import Foundation
import RiposteStore

/// Plays a loaded demo feed: each call delivers the posts whose time has come.
public struct DemoFeedPlayer: Sendable {
    public struct Progress: Hashable, Sendable {
        public var name: String
        public var delivered: Int
        public var pending: Int

        public init(name: String, delivered: Int, pending: Int) {
            self.name = name
            self.delivered = delivered
            self.pending = pending
        }
    }

    let store: any InboxStore

    public init(store: any InboxStore) {
        self.store = store
    }

    /// Delivers what is due; nil when no demo was ever loaded into this store.
    public func deliverDue(at time: Date) throws -> Progress? {
        guard let name = try store.value(forKey: DemoFeedLoader.nameKey) else { return nil }
        let delivered = try store.deliverDuePosts(at: time)
        return Progress(name: name, delivered: delivered, pending: try store.scheduledCount())
    }
}
