import Foundation
import RiposteCore

/// Posts of a played feed wait here until their time, so a player that stops and starts again loses none.
extension PostgresInboxStore {
    public func schedule(_ posts: [ScheduledPost], feed: String) throws {
        guard !posts.isEmpty else { return }
        let authors = posts.map(\.post.author)
        try link.write { db in
            // In one statement, in the given order, so that posts due at the same time keep it.
            _ = try db.execute("""
                INSERT INTO feed_schedule (feed, due_at, external_id, network, handle, name, followers, role, text,
                                           in_reply_to)
                SELECT ?, due_at, external_id, network, handle, name, followers, role, text,
                       CASE WHEN replies THEN in_reply_to END
                FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[],
                            ?::text[], ?::text[], ?::boolean[]) WITH ORDINALITY
                    AS s (due_at, external_id, network, handle, name, followers, role, text, in_reply_to, replies, n)
                ORDER BY n
                """, [feed, posts.map { StoreTime.milliseconds($0.due) }, posts.map(\.post.externalID),
                      authors.map(\.network.rawValue), authors.map(\.handle), authors.map(\.name),
                      authors.map { Int64($0.followers) }, authors.map(\.role.rawValue), posts.map(\.post.text),
                      posts.map { $0.post.inReplyTo ?? "" }, posts.map { $0.post.inReplyTo != nil }])
        }
    }

    @discardableResult
    public func deliverDuePosts(at time: Date) throws -> Int {
        try link.write { db in
            // Taken off the schedule as they are read: a second player delivering at the same moment waits for
            // this one, then finds them gone, so each post arrives once.
            let due = try db.rows("""
                DELETE FROM feed_schedule WHERE due_at <= ?
                RETURNING id, due_at, external_id, text, in_reply_to, \(AccountColumns.select("feed_schedule"))
                """, [StoreTime.milliseconds(time)])
                .map { row in
                    (order: (try row.int("due_at"), try row.int("id")),
                     post: IncomingPost(externalID: try row.text("external_id"), author: try row.account(),
                                        text: try row.text("text"), createdAt: try row.date("due_at"),
                                        inReplyTo: try row.optionalText("in_reply_to")))
                }
                .sorted { $0.order < $1.order }
            let outcomes = try PostgresPostInsertion(db).insert(due.map(\.post))
            return outcomes.count { $0 != .alreadyStored }
        }
    }

    /// Moves every post still to come: paused for `offset` seconds, or played `factor` times as fast from `time` on.
    public func retime(after time: Date, factor: Double, offset: TimeInterval) throws {
        let now = StoreTime.milliseconds(time)
        try link.write { db in
            // trunc, as SQLite's CAST to INTEGER does; a cast alone would round.
            _ = try db.execute("""
                UPDATE feed_schedule SET due_at = ? + trunc((GREATEST(due_at, ?) - ?) * ?)::bigint + ?
                """, [now, now, now, 1 / factor, Int64(offset * 1000)])
        }
    }

    public func scheduledCount() throws -> Int {
        try link.read { db in Int(try db.int("SELECT COUNT(*) FROM feed_schedule") ?? 0) }
    }
}
