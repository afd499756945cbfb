import Foundation
import RiposteCore

extension PostgresInboxStore {
    /// A thread longer than this shows its first posts only; a storm can put thousands under one root.
    static let threadPostLimit = 5000

    public func thread(_ caseID: CaseID, agent: String) throws -> CaseThread? {
        try link.read { db in
            // The agent's draft, the brand account we answer as and the notes come with the case: each is a round
            // trip fewer on every thread opened. The three reads go together, prepared: a thread is opened many
            // times a minute.
            let answers = try db.preparedRows(together: [
                PostgresStatement("""
                    SELECT c.network, c.status, \(PostgresCaseWorkColumns.select),
                           d.in_reply_to AS d_in_reply_to, d.text AS d_text, d.cursor AS d_cursor, b.*,
                           (SELECT json_agg(json_build_array(g.name, n.text, n.created_at) ORDER BY n.id)::text
                            FROM notes n JOIN agents g ON g.id = n.agent_id WHERE n.case_id = c.id) AS notes
                    FROM cases c
                    LEFT JOIN drafts d ON d.case_id = c.id AND d.agent_id = (SELECT id FROM agents WHERE name = ?)
                    LEFT JOIN LATERAL (
                        SELECT \(AccountColumns.select("accounts")) FROM accounts
                        WHERE network = c.network AND role = 'brand' ORDER BY id LIMIT 1
                    ) b ON TRUE
                    WHERE c.id = ?
                    """, [agent, caseID.rawValue]),
                PostgresStatement("""
                    SELECT p.id, p.external_id, p.parent_id, p.text, p.created_at, p.is_ours, g.name AS agent,
                           e.name AS editor, \(AccountColumns.select("a"))
                    FROM posts p
                    JOIN accounts a ON a.id = p.account_id
                    LEFT JOIN agents g ON g.id = p.sent_by_agent_id
                    LEFT JOIN agents e ON e.id = p.edited_by_agent_id
                    WHERE p.case_id = ?
                    ORDER BY p.created_at, p.id LIMIT \(Self.threadPostLimit)
                    """, [caseID.rawValue]),
                // The latest request, whatever became of it: its agent learns the outcome on the case.
                Self.approvalsStatement(where: "ap.case_id = ? ORDER BY ap.id DESC LIMIT 1",
                                        arguments: [caseID.rawValue]),
            ])
            guard let caseRow = answers[0].first else { return nil }
            let posts = try answers[1].map { row in
                ThreadPost(
                    id: PostID(try row.int("id")), externalID: try row.text("external_id"),
                    parentID: try row.optionalInt("parent_id").map(PostID.init),
                    author: try row.account(), text: try row.text("text"), createdAt: try row.date("created_at"),
                    isOurs: try row.int("is_ours") != 0, sentBy: try row.optionalText("agent"),
                    editedBy: try row.optionalText("editor"))
            }
            let draft = try caseRow.optionalInt("d_in_reply_to").map { inReplyTo in
                Draft(caseID: caseID, inReplyTo: PostID(inReplyTo), text: try caseRow.text("d_text"),
                      cursor: Int(try caseRow.int("d_cursor")))
            }
            let network: Network = try caseRow.enumValue("network")
            let approval = try answers[2].first.map(Self.approval)
            let brand = try caseRow.optionalText("a_handle") == nil ? Self.standInBrandAccount(on: network)
                : try caseRow.account()
            return CaseThread(caseID: caseID, network: network, status: try caseRow.enumValue("status"),
                              posts: posts, draft: draft, brand: brand,
                              approval: approval, work: try caseRow.caseWork(),
                              notes: try Self.notes(caseRow.optionalText("notes")))
        }
    }

    /// The notes as the case row carries them: a JSON array of [agent, text, milliseconds], oldest first.
    static func notes(_ json: String?) throws -> [CaseNote] {
        guard let json else { return [] }
        guard let items = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[Any]] else {
            throw StoreError.database("the case's notes could not be read")
        }
        return try items.map { item in
            guard item.count == 3, let agent = item[0] as? String, let text = item[1] as? String,
                  let milliseconds = (item[2] as? NSNumber)?.int64Value else {
                throw StoreError.database("the case's notes could not be read")
            }
            return CaseNote(agent: agent, text: text, createdAt: StoreTime.date(milliseconds))
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
