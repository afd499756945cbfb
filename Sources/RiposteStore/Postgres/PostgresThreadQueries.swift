import Foundation
import RiposteCore

extension PostgresInboxStore {
    /// A thread longer than this shows its first posts only; a storm can put thousands under one root.
    static let threadPostLimit = 5000

    public func thread(_ caseID: CaseID, agent: String) throws -> CaseThread? {
        try link.read { db in
            // The agent's draft comes with the case: one round trip fewer on every thread opened.
            guard let caseRow = try db.row("""
                SELECT c.network, c.status, \(PostgresCaseWorkColumns.select),
                       d.in_reply_to AS d_in_reply_to, d.text AS d_text, d.cursor AS d_cursor
                FROM cases c
                LEFT JOIN drafts d ON d.case_id = c.id AND d.agent_id = (SELECT id FROM agents WHERE name = ?)
                WHERE c.id = ?
                """, [agent, caseID.rawValue])
            else { return nil }
            let posts = try db.rows("""
                SELECT p.id, p.external_id, p.parent_id, p.text, p.created_at, p.is_ours, g.name AS agent,
                       \(AccountColumns.select("a"))
                FROM posts p
                JOIN accounts a ON a.id = p.account_id
                LEFT JOIN agents g ON g.id = p.sent_by_agent_id
                WHERE p.case_id = ?
                ORDER BY p.created_at, p.id LIMIT ?
                """, [caseID.rawValue, Self.threadPostLimit]).map { row in
                ThreadPost(
                    id: PostID(try row.int("id")), externalID: try row.text("external_id"),
                    parentID: try row.optionalInt("parent_id").map(PostID.init),
                    author: try row.account(), text: try row.text("text"), createdAt: try row.date("created_at"),
                    isOurs: try row.int("is_ours") != 0, sentBy: try row.optionalText("agent"))
            }
            let draft = try caseRow.optionalInt("d_in_reply_to").map { inReplyTo in
                Draft(caseID: caseID, inReplyTo: PostID(inReplyTo), text: try caseRow.text("d_text"),
                      cursor: Int(try caseRow.int("d_cursor")))
            }
            let network: Network = try caseRow.enumValue("network")
            // The latest request, while it waits or after a rejection; an approved one is just a sent reply.
            let approval = try Self.approvals(db, where: "ap.case_id = ? ORDER BY ap.id DESC LIMIT 1",
                                              arguments: [caseID.rawValue]).first
            let notes = try db.rows("""
                SELECT g.name, n.text, n.created_at FROM notes n JOIN agents g ON g.id = n.agent_id
                WHERE n.case_id = ? ORDER BY n.id
                """, [caseID.rawValue]).map {
                CaseNote(agent: try $0.text("name"), text: try $0.text("text"), createdAt: try $0.date("created_at"))
            }
            return CaseThread(caseID: caseID, network: network, status: try caseRow.enumValue("status"),
                              posts: posts, draft: draft, brand: try Self.brandAccount(on: network, db),
                              approval: approval?.state == .approved ? nil : approval, work: try caseRow.caseWork(),
                              notes: notes)
        }
    }

    /// One statement, so one round trip on every thread opened (most are open already), and the status change and
    /// its audit row are written together or not at all. The audit row is the one `audit(_:_:)` writes.
    public func openCase(_ caseID: CaseID, by agent: String, at time: Date) throws {
        try link.read { db in
            try db.execute("""
                WITH opened AS (UPDATE cases SET status = 'open' WHERE id = ? AND status = 'new' RETURNING id)
                INSERT INTO audit (at, agent, action, case_id, detail)
                SELECT ?, ?, 'case.status', id, 'new → open' FROM opened
                """, [caseID.rawValue, StoreTime.milliseconds(time), agent])
        }
    }
}
