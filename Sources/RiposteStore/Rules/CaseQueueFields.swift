import Foundation
import RiposteCore

/// How a post changes its case, the same on both databases: a case's row as far as posts change it. Worked out here,
/// one post after another, whether the posts are the SQLite store's one by one or a PostgreSQL batch's.
struct CaseQueueFields {
    var id: Int64
    /// Whether the row is still to be inserted.
    var isNew: Bool
    var network: String
    var status: String
    var createdAt: Int64
    var lastActivityAt: Int64
    var latestInboundPostID: Int64?
    var waitingSince: Int64?
    var postCount: Int64
    var priority: Int64

    static let select = """
        SELECT id, network, status, created_at, last_activity_at, latest_inbound_post_id, waiting_since, post_count,
               priority
        FROM cases
        """

    /// Writes the fields a post changes back; placeholders in `changedValues`' order, then the case's id.
    static let update = """
        UPDATE cases SET status = ?, last_activity_at = ?, latest_inbound_post_id = ?, waiting_since = ?,
                         post_count = ?, priority = ?
        WHERE id = ?
        """

    /// Writes back the fields a post in a case changes when its status, priority and wait stay as they were.
    static let updateActivity = """
        UPDATE cases SET last_activity_at = ?, latest_inbound_post_id = ?, post_count = ? WHERE id = ?
        """

    /// Whether the post left the case's status, priority and wait as they were, changing only `updateActivity`'s.
    func changesOnlyActivity(from stored: CaseQueueFields) -> Bool {
        status == stored.status && priority == stored.priority && waitingSince == stored.waitingSince
            && network == stored.network
    }

    var changedValues: [any StoreBindable] {
        [status, lastActivityAt, latestInboundPostID, waitingSince, postCount, priority]
    }

    /// How pressing a post is: ours are normal; anyone else's as pressing as their words, reach and role make them.
    static func priorityRank(of post: IncomingPost) -> Int64 {
        guard post.author.role != .brand else { return Int64(Priority.normal.rank) }
        let author = post.author
        return Int64(PriorityRules.assess(text: post.text, followers: author.followers, role: author.role).priority.rank)
    }

    mutating func add(post postID: Int64, at time: Int64, isOurs: Bool, priority: Int64) {
        postCount += 1
        guard !isOurs else {
            // Our word is now the latest: nothing is waiting.
            status = "replied"
            waitingSince = nil
            return
        }
        // Imports may arrive out of order: only a newer post moves the case down the queue.
        if time >= lastActivityAt { latestInboundPostID = postID }
        lastActivityAt = max(lastActivityAt, time)
        // A case's priority is its most pressing unanswered post's; once answered, the next post sets it afresh.
        self.priority = waitingSince == nil ? priority : max(self.priority, priority)
        waitingSince = min(waitingSince ?? time, time)
        // Something new said to us makes the case new again, unless an agent has it open.
        if status != "open" { status = "new" }
    }
}

extension CaseQueueFields {
    /// A new case, complete from its first post: ours leaves nothing waiting, anyone else's is new work.
    init(id: Int64, network: String, firstPost postID: Int64, at time: Int64, isOurs: Bool, priority: Int64) {
        self.init(id: id, isNew: true, network: network, status: isOurs ? "replied" : "new", createdAt: time,
                  lastActivityAt: time, latestInboundPostID: postID, waitingSince: isOurs ? nil : time, postCount: 1,
                  priority: priority)
    }

    /// A stored case, from the columns `select` names.
    init(stored row: some StoreRow) throws {
        self.init(id: try row.int("id"), isNew: false, network: try row.text("network"), status: try row.text("status"),
                  createdAt: try row.int("created_at"), lastActivityAt: try row.int("last_activity_at"),
                  latestInboundPostID: try row.optionalInt("latest_inbound_post_id"),
                  waitingSince: try row.optionalInt("waiting_since"), postCount: try row.int("post_count"),
                  priority: try row.int("priority"))
    }
}
