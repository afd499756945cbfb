import Foundation
import GRDB
import RiposteCore

extension SQLiteInboxStore {
    /// Takes back the imports whose process is gone (killed, or the machine stopped) before anyone reads them:
    /// run when the store opens and before each import.
    func rollBackAbandonedImports() throws {
        let running = try pool.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM imports ORDER BY id") }
        for id in running where !ImportLease.isHeld(store: path, importID: id) {
            try pool.write { db in
                // Another process may have taken it back meanwhile.
                guard try Bool.fetchOne(db, sql: "SELECT 1 FROM imports WHERE id = ?", arguments: [id]) == true,
                      !ImportLease.isHeld(store: path, importID: id) else { return }
                try Self.rollBack(import: id, reason: "its process ended before it was complete", db)
            }
        }
    }

    /// Removes what an import wrote, in one transaction: its posts, the cases it opened, and cases from before it as
    /// they were. A case someone has worked on since the import began (a claim, a reply, a note, a draft, a change of
    /// status, tags or assignee; another post; a merge) keeps its posts: the work stays with what it answers.
    static func rollBack(import id: Int64, reason: String, _ db: Database) throws {
        guard let record = try Row.fetchOne(db, sql: "SELECT started_by, started_at, audit_from FROM imports WHERE id = ?",
                                            arguments: [id]) else { return }
        let (startedBy, started, auditFrom): (String, Int64, Int64) = (record[0], record[1], record[2])
        try db.execute(sql: """
            CREATE TEMP TABLE IF NOT EXISTS import_posts (id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL);
            CREATE TEMP TABLE IF NOT EXISTS import_cases (id INTEGER PRIMARY KEY);
            DELETE FROM temp.import_posts;
            DELETE FROM temp.import_cases;
            """)
        defer { try? db.execute(sql: "DELETE FROM temp.import_posts; DELETE FROM temp.import_cases;") }
        try db.execute(sql: """
            INSERT INTO temp.import_posts (id, case_id)
            SELECT p.id, p.case_id FROM import_chunks c JOIN posts p ON p.id BETWEEN c.first_post AND c.last_post
            WHERE c.import_id = ?
            """, arguments: [id])
        let firstPost = try Int64.fetchOne(db, sql: "SELECT MIN(id) FROM temp.import_posts") ?? Int64.max
        // The cases to take back: nobody has touched them since the import began.
        try db.execute(sql: """
            INSERT INTO temp.import_cases (id)
            SELECT DISTINCT i.case_id FROM temp.import_posts i
            WHERE NOT EXISTS (SELECT 1 FROM audit a WHERE a.case_id = i.case_id AND a.id > ?1)
              AND NOT EXISTS (SELECT 1 FROM drafts d WHERE d.case_id = i.case_id
                              AND (d.updated_at >= ?2 OR d.in_reply_to IN (SELECT id FROM temp.import_posts)))
              AND NOT EXISTS (SELECT 1 FROM posts o WHERE o.case_id = i.case_id AND o.id >= ?3
                              AND o.id NOT IN (SELECT id FROM temp.import_posts))
            """, arguments: [auditFrom, started, firstPost])
        let posts = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM temp.import_posts") ?? 0
        try db.execute(sql: "DELETE FROM temp.import_posts WHERE case_id NOT IN (SELECT id FROM temp.import_cases)")
        let removed = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM temp.import_posts") ?? 0
        // The search index keeps no text: an entry goes by its words, as FTS5's 'delete' command takes them.
        try db.execute(sql: """
            INSERT INTO post_text (post_text, rowid, text)
            SELECT 'delete', \(PostSearchKey.sql("case_id", "id")), text FROM posts
            WHERE id IN (SELECT id FROM temp.import_posts);
            UPDATE posts SET parent_id = NULL
            WHERE parent_id IN (SELECT id FROM temp.import_posts) AND id NOT IN (SELECT id FROM temp.import_posts);
            DELETE FROM posts WHERE id IN (SELECT id FROM temp.import_posts);
            """)
        try db.execute(sql: """
            DELETE FROM cases WHERE id IN (SELECT id FROM temp.import_cases)
                AND EXISTS (SELECT 1 FROM import_chunks c WHERE c.import_id = ? AND cases.id BETWEEN c.first_case AND c.last_case)
                AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.case_id = cases.id)
            """, arguments: [id])
        try db.execute(sql: """
            UPDATE cases SET status = s.status, last_activity_at = s.last_activity_at,
                latest_inbound_post_id = s.latest_inbound_post_id, waiting_since = s.waiting_since,
                post_count = s.post_count, priority = s.priority
            FROM import_case_snapshots s
            WHERE s.import_id = ? AND cases.id = s.case_id AND cases.id IN (SELECT id FROM temp.import_cases)
            """, arguments: [id])
        let kept = posts - removed
        try db.appendAudit(AuditEntry(at: Date(), agent: "riposte", action: "import.rollback", caseID: nil, detail: """
            an import by \(startedBy) started \(StoreTime.date(started)) stopped part-way (\(reason)): \
            \(removed) posts taken back\(kept > 0 ? ", \(kept) kept in cases worked on meanwhile" : "")
            """))
        try db.execute(sql: "DELETE FROM imports WHERE id = ?", arguments: [id])
    }
}
