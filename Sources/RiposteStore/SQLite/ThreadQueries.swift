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
                    SELECT c.network, c.status, \(CaseWorkColumns.select(.sqlite)) FROM cases c WHERE c.id = ?
                    """, arguments: [caseID.rawValue])
                else { return nil }
                let posts = try db.rows("\(ThreadPostColumns.select) WHERE p.case_id = ? ORDER BY p.created_at, p.id LIMIT ?",
                                        [caseID.rawValue, Self.threadPostLimit]).map { try $0.threadPost() }
                let draft = try Row.fetchOne(db, sql: """
                    SELECT d.in_reply_to, d.text, d.cursor FROM drafts d JOIN agents g ON g.id = d.agent_id
                    WHERE d.case_id = ? AND g.name = ?
                    """, arguments: [caseID.rawValue, agent]).map { row in
                    Draft(caseID: caseID, inReplyTo: PostID(row["in_reply_to"]), text: row["text"], cursor: row["cursor"])
                }
                let network: Network = try caseRow.enumValue("network")
                // The latest request, whatever became of it: its agent learns the outcome on the case.
                let approval = try Approvals.read(where: "ap.case_id = ? ORDER BY ap.id DESC LIMIT 1", [caseID.rawValue],
                                                  db).first
                let notes = try Row.fetchAll(db, sql: """
                    SELECT g.name, n.text, n.created_at FROM notes n JOIN agents g ON g.id = n.agent_id
                    WHERE n.case_id = ? ORDER BY n.id
                    """, arguments: [caseID.rawValue]).map {
                    CaseNote(agent: $0["name"], text: $0["text"], createdAt: try $0.date("created_at"))
                }
                return CaseThread(caseID: caseID, network: network, status: try caseRow.enumValue("status"),
                                  posts: posts, draft: draft, brand: try Self.brandAccount(on: network, db),
                                  approval: approval, work: try caseRow.caseWork(),
                                  notes: notes)
            }
        }
    }
}
