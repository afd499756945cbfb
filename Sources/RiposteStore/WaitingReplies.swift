import Foundation
import RiposteCore

/// A reply can arrive before the post it answers (networks deliver out of order; an export may list it first): it
/// then starts a case of its own. When the parent arrives, the reply joins it, and the two cases become one: the
/// older case keeps its number, claim and work, the other's posts, drafts, notes and tags move into it, and it is
/// closed and leaves every view. The merge is audited, and whoever held or was assigned the case that went keeps a
/// note of the move on the one that stays. The same on both stores, run at the end of each import's transaction.
enum WaitingReplies {
    /// Deeper than any real thread: a walk up the parents stops here.
    static let deepestThread = 100_000

    /// Joins to their parents the waiting replies that answer posts with ids from `firstNewPost` on.
    /// `movingPosts(gone, kept)` runs before a case's posts move, for what a store keys by case (SQLite's search).
    static func adopt(answering firstNewPost: Int64, at time: Date, in db: some StoreTransaction,
                      movingPosts: (_ gone: Int64, _ kept: Int64) throws -> Void = { _, _ in }) throws {
        let pairs = try db.rows("""
            SELECT c.id, c.case_id, p.id, p.case_id FROM posts p
            JOIN posts c ON c.network = p.network AND c.in_reply_to_external = p.external_id
            WHERE p.id >= ? AND c.parent_id IS NULL AND c.in_reply_to_external IS NOT NULL AND c.id <> p.id
            ORDER BY p.id, c.id
            """, [firstNewPost])
        var mergedInto: [Int64: Int64] = [:]
        func current(_ caseID: Int64) -> Int64 {
            var caseID = caseID
            while let next = mergedInto[caseID] { caseID = next }
            return caseID
        }
        for pair in pairs {
            let (child, childCase) = (try pair.int(0), try pair.int(1))
            let (parent, parentCase) = (try pair.int(2), try pair.int(3))
            guard try !isAncestor(child, of: parent, db) else { continue }
            try db.execute("UPDATE posts SET parent_id = ? WHERE id = ?", [parent, child])
            let (childNow, parentNow) = (current(childCase), current(parentCase))
            guard childNow != parentNow else { continue }
            let kept = min(childNow, parentNow), gone = max(childNow, parentNow)
            try movingPosts(gone, kept)
            try merge(gone, into: kept, at: time, db)
            mergedInto[gone] = kept
            try db.appendAudit(AuditEntry(at: time, agent: "riposte", action: "case.merge", caseID: CaseID(kept),
                                          detail: "case #\(gone) joined: post \(child) answers post \(parent), which arrived after it"))
            try db.appendAudit(AuditEntry(at: time, agent: "riposte", action: "case.merge", caseID: CaseID(gone),
                                          detail: "joined case #\(kept): its posts are part of that thread"))
        }
    }

    /// Whether `post` is `descendant` or one of its parents: answering it would close a loop.
    private static func isAncestor(_ post: Int64, of descendant: Int64, _ db: some StoreTransaction) throws -> Bool {
        var current: Int64? = descendant
        for _ in 0..<deepestThread {
            guard let id = current else { return false }
            if id == post { return true }
            current = try db.int("SELECT parent_id FROM posts WHERE id = ?", [id])
        }
        return true
    }

    private static func merge(_ gone: Int64, into kept: Int64, at time: Date, _ db: some StoreTransaction) throws {
        let now = StoreTime.milliseconds(time)
        // Whoever worked the case that goes: they keep a note of where it went.
        let workers = try db.rows("""
            SELECT claimed_by FROM cases WHERE id = ? AND claimed_by IS NOT NULL AND claim_expires_at > ?
            UNION SELECT assignee_id FROM cases WHERE id = ? AND assignee_id IS NOT NULL
            """, [gone, now, gone])
        try db.execute("UPDATE posts SET case_id = ? WHERE case_id = ?", [kept, gone])
        // As a post arriving would: the latest word, the oldest unanswered, the most pressing, new again unless open.
        try db.execute("""
            UPDATE cases SET
                post_count = cases.post_count + g.post_count,
                latest_inbound_post_id = CASE WHEN g.last_activity_at > cases.last_activity_at
                    AND g.latest_inbound_post_id IS NOT NULL THEN g.latest_inbound_post_id
                    ELSE cases.latest_inbound_post_id END,
                last_activity_at = CASE WHEN g.last_activity_at > cases.last_activity_at THEN g.last_activity_at
                    ELSE cases.last_activity_at END,
                waiting_since = CASE WHEN cases.waiting_since IS NULL THEN g.waiting_since
                    WHEN g.waiting_since IS NULL OR cases.waiting_since <= g.waiting_since THEN cases.waiting_since
                    ELSE g.waiting_since END,
                priority = CASE WHEN g.waiting_since IS NOT NULL AND g.priority > cases.priority THEN g.priority
                    ELSE cases.priority END,
                status = CASE WHEN cases.status = 'open' OR g.status = 'open' THEN 'open'
                    WHEN g.waiting_since IS NOT NULL OR cases.waiting_since IS NOT NULL THEN 'new'
                    ELSE cases.status END,
                assignee_id = COALESCE(cases.assignee_id, g.assignee_id),
                claimed_by = CASE WHEN cases.claim_expires_at > ? THEN cases.claimed_by ELSE g.claimed_by END,
                claim_expires_at = CASE WHEN cases.claim_expires_at > ? THEN cases.claim_expires_at
                    ELSE g.claim_expires_at END
            FROM (SELECT * FROM cases WHERE id = ?) AS g
            WHERE cases.id = ?
            """, [now, now, gone, kept])
        try db.execute("""
            UPDATE cases SET status = 'closed', post_count = 0, latest_inbound_post_id = NULL, waiting_since = NULL,
                claimed_by = NULL, claim_expires_at = NULL
            WHERE id = ?
            """, [gone])
        try db.execute("""
            UPDATE drafts SET case_id = ? WHERE case_id = ? AND agent_id NOT IN (SELECT agent_id FROM drafts WHERE case_id = ?)
            """, [kept, gone, kept])
        try db.execute("UPDATE notes SET case_id = ? WHERE case_id = ?", [kept, gone])
        try db.execute("""
            INSERT INTO case_tags (case_id, tag) SELECT ?, tag FROM case_tags WHERE case_id = ? ON CONFLICT DO NOTHING
            """, [kept, gone])
        for worker in workers {
            try db.execute("INSERT INTO notes (case_id, agent_id, text, created_at) VALUES (?, ?, ?, ?)", [
                kept, try worker.int(0), "Case #\(gone) joined this case: its posts answer a post that arrived after them",
                now,
            ])
        }
    }
}
