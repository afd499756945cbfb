import Foundation
import GRDB
import RiposteCore

/// Posts of a played feed wait here until their time, so a player that stops and starts again loses none.
extension SQLiteInboxStore {
    public func schedule(_ posts: [ScheduledPost], feed: String) throws {
        try guarded {
            try pool.write { db in
                let statement = try db.makeStatement(sql: """
                    INSERT INTO feed_schedule (feed, due_at, external_id, network, handle, name, followers, role, text, in_reply_to)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for scheduled in posts {
                    let post = scheduled.post, author = post.author
                    try statement.execute(arguments: [
                        feed, StoreTime.milliseconds(scheduled.due), post.externalID, author.network.rawValue,
                        author.handle, author.name, author.followers, author.role.rawValue, post.text, post.inReplyTo,
                    ])
                }
            }
        }
    }

    @discardableResult
    public func deliverDuePosts(at time: Date) throws -> Int {
        try guarded {
            try pool.write { db in
                let due = try Row.fetchAll(db, sql: """
                    SELECT id, due_at, external_id, text, in_reply_to, \(AccountColumns.select("feed_schedule"))
                    FROM feed_schedule WHERE due_at <= ? ORDER BY due_at, id
                    """, arguments: [StoreTime.milliseconds(time)])
                var delivered = 0
                let insertion = try PostInsertion(db)
                for row in due {
                    let post = IncomingPost(externalID: row["external_id"], author: try row.account(), text: row["text"],
                                            createdAt: try row.date("due_at"), inReplyTo: row["in_reply_to"])
                    if case .inserted = try insertion.insert(post) { delivered += 1 }
                    try db.execute(sql: "DELETE FROM feed_schedule WHERE id = ?", arguments: [row["id"] as Int64])
                }
                return delivered
            }
        }
    }

    /// Moves every post still to come: paused for `offset` seconds, or played `factor` times as fast from `time` on.
    public func retime(after time: Date, factor: Double, offset: TimeInterval) throws {
        try guarded {
            try pool.write { db in
                let now = StoreTime.milliseconds(time)
                try db.execute(sql: """
                    UPDATE feed_schedule SET due_at = ? + CAST((MAX(due_at, ?) - ?) * ? AS INTEGER) + ?
                    """, arguments: [now, now, now, 1 / factor, Int64(offset * 1000)])
            }
        }
    }

    public func scheduledCount() throws -> Int {
        try guarded { try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM feed_schedule") ?? 0 } }
    }
}
