import Foundation
import GRDB
import RiposteCore

extension SQLiteInboxStore {
    /// A thread longer than this shows its first posts only; a storm can put thousands under one root.
    static let threadPostLimit = 5000

    public func thread(_ caseID: CaseID, agent: String) throws -> CaseThread? {
        try guarded {
            try pool.read { db in
                guard let caseRow = try Row.fetchOne(db, sql: """
                    SELECT c.network, c.status, \(CaseWorkColumns.select) FROM cases c \(CaseWorkColumns.joins)
                    WHERE c.id = ?
                    """, arguments: [caseID.rawValue])
                else { return nil }
                let posts = try Row.fetchAll(db, sql: """
                    SELECT p.id, p.external_id, p.parent_id, p.text, p.created_at, p.is_ours, g.name AS agent,
                           e.name AS editor, \(AccountColumns.select("a"))
                    FROM posts p
                    JOIN accounts a ON a.id = p.account_id
                    LEFT JOIN agents g ON g.id = p.sent_by_agent_id
                    LEFT JOIN agents e ON e.id = p.edited_by_agent_id
                    WHERE p.case_id = ?
                    ORDER BY p.created_at, p.id LIMIT ?
                    """, arguments: [caseID.rawValue, Self.threadPostLimit]).map { row in
                    ThreadPost(
                        id: PostID(row["id"]), externalID: row["external_id"],
                        parentID: (row["parent_id"] as Int64?).map(PostID.init),
                        author: try row.account(), text: row["text"], createdAt: row.date("created_at"),
                        isOurs: row["is_ours"], sentBy: row["agent"], editedBy: row["editor"])
                }
                let draft = try Row.fetchOne(db, sql: """
                    SELECT d.in_reply_to, d.text, d.cursor FROM drafts d JOIN agents g ON g.id = d.agent_id
                    WHERE d.case_id = ? AND g.name = ?
                    """, arguments: [caseID.rawValue, agent]).map { row in
                    Draft(caseID: caseID, inReplyTo: PostID(row["in_reply_to"]), text: row["text"], cursor: row["cursor"])
                }
                let network: Network = try caseRow.enumValue("network")
                // The latest request, whatever became of it: its agent learns the outcome on the case.
                let approval = try Self.approvals(db, where: "ap.case_id = ? ORDER BY ap.id DESC LIMIT 1",
                                                  arguments: [caseID.rawValue]).first
                let notes = try Row.fetchAll(db, sql: """
                    SELECT g.name, n.text, n.created_at FROM notes n JOIN agents g ON g.id = n.agent_id
                    WHERE n.case_id = ? ORDER BY n.id
                    """, arguments: [caseID.rawValue]).map {
                    CaseNote(agent: $0["name"], text: $0["text"], createdAt: $0.date("created_at"))
                }
                return CaseThread(caseID: caseID, network: network, status: try caseRow.enumValue("status"),
                                  posts: posts, draft: draft, brand: try Self.brandAccount(on: network, db),
                                  approval: approval, work: caseRow.caseWork(),
                                  notes: notes)
            }
        }
    }

    public func openCase(_ caseID: CaseID, by agent: String, at time: Date) throws {
        try guarded {
            try pool.write { db in
                try db.execute(sql: "UPDATE cases SET status = 'open' WHERE id = ? AND status = 'new'",
                               arguments: [caseID.rawValue])
                if db.changesCount > 0 {
                    try Self.audit(AuditEntry(at: time, agent: agent, action: "case.status", caseID: caseID,
                                              detail: "new → open"), db)
                }
            }
        }
    }
}
