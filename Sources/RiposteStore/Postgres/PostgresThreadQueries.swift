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
                    SELECT c.network, c.status, \(CaseWorkColumns.select(.postgres)),
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
                    \(ThreadPostColumns.select)
                    WHERE p.case_id = ? ORDER BY p.created_at, p.id LIMIT \(Self.threadPostLimit)
                    """, [caseID.rawValue]),
                // The latest request, whatever became of it: its agent learns the outcome on the case.
                PostgresStatement(ApprovalColumns.select(where: "ap.case_id = ? ORDER BY ap.id DESC LIMIT 1"),
                                  [caseID.rawValue]),
            ])
            guard let caseRow = answers[0].first else { return nil }
            let posts = try answers[1].map { try $0.threadPost() }
            let draft = try caseRow.optionalInt("d_in_reply_to").map { inReplyTo in
                Draft(caseID: caseID, inReplyTo: PostID(inReplyTo), text: try caseRow.text("d_text"),
                      cursor: Int(try caseRow.int("d_cursor")))
            }
            let network: Network = try caseRow.enumValue("network")
            let approval = try answers[2].first?.approval()
            let brand = try caseRow.optionalText("a_handle") == nil ? Replies.standInBrandAccount(on: network)
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
}
