import Foundation
import RiposteCore
import RiposteStore
import StoreTestSupport
import Testing

@Suite("Scheduled posts and change notices")
struct FeedScheduleAndWatcherTests {
    @Test("scheduled posts arrive when due, in order, and only once")
    func delivery() throws {
        let store = try TemporaryStore().store
        let later = [5.0, 1, 3].map { minute in
            ScheduledPost(due: epoch.addingTimeInterval(minute * 60),
                          post: post("s\(Int(minute))", by: account("@ann"), at: minute))
        }
        try store.schedule(later, feed: "demo")
        #expect(try store.scheduledCount() == 3)
        #expect(try store.deliverDuePosts(at: epoch) == 0)
        #expect(try store.deliverDuePosts(at: epoch.addingTimeInterval(3 * 60)) == 2)
        #expect(try store.queueRows(after: nil, limit: 10).map(\.snippet) == ["post s1", "post s3"])
        #expect(try store.deliverDuePosts(at: epoch.addingTimeInterval(3 * 60)) == 0)
        #expect(try store.deliverDuePosts(at: epoch.addingTimeInterval(3600)) == 1)
        #expect(try store.scheduledCount() == 0)
    }

    @Test("a commit from another connection is noticed; no commit, no notice")
    func watcher() throws {
        let temporary = try TemporaryStore()
        let watcher = try temporary.location.changeWatcher()
        #expect(try watcher.hasChanged() == false)
        #expect(try watcher.hasChanged() == false)
        let other = try temporary.reopened()
        try other.ingest([post("1", by: account("@ann"), at: 0)])
        #expect(try noticed(by: watcher))
        #expect(try watcher.hasChanged() == false)
        try temporary.store.setValue("x", forKey: "k")
        #expect(try noticed(by: watcher))
    }

    /// Whether the watcher reports a change within the half second live updates are promised in. A notification
    /// travels apart from the commit on PostgreSQL, so it is polled for, as the interface does.
    func noticed(by watcher: any StoreChangeWatching) throws -> Bool {
        let deadline = Date().addingTimeInterval(0.5)
        repeat {
            if try watcher.hasChanged() { return true }
            Thread.sleep(forTimeInterval: 0.01)
        } while Date() < deadline
        return false
    }
}
