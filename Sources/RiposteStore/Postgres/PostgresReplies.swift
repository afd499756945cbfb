import Foundation
import RiposteCore

/// Drafts and sent replies, as the SQLite store keeps them.
extension PostgresInboxStore {
    public func saveDraft(_ draft: Draft, by agent: String, at time: Date) throws {
        try link.write { try Replies.saveDraft(draft, by: agent, login: login, at: time, $0) }
    }

    public func deleteDraft(on caseID: CaseID, by agent: String) throws {
        try link.write { try Replies.deleteDraft(on: caseID, by: agent, login: login, $0) }
    }

    @discardableResult
    public func sendReply(_ reply: OutgoingReply, by agent: String, at time: Date) throws -> ThreadPost {
        let (admitted, version) = try admitted(reply)
        return try link.write {
            try Replies.send(admitted, rulesVersion: version, by: agent, login: login, at: time, $0)
        }
    }
}

extension PostgresSQL {
    /// Posts our reply from the brand account of the case's network, marks the case replied (no approval waiting
    /// any more) and clears the sender's draft on it.
    ///
    /// The post joins its parent's case, which changes as any post of ours changes it (`CaseQueueFields`).
    func postReply(_ outgoing: OutgoingReply, to parent: ReplyParent, sentBy agentID: Int64, named sender: String,
                   rulesVersion: Int?, editedBy editorID: Int64?, at time: Date) throws -> ThreadPost {
        let brand = try brandAccountRow(on: parent.network)
        let caseID = outgoing.caseID.rawValue
        guard var fields = try row("\(CaseQueueFields.select) WHERE id = ? FOR UPDATE", [caseID])
            .map(CaseQueueFields.init(stored:))
        else { throw StoreError.noSuchPost(parent.id.rawValue) }
        let externalID = "riposte-\(UUID().uuidString.lowercased())"
        guard let postID = try int("""
            WITH cleared AS (
                DELETE FROM drafts WHERE case_id = ? AND agent_id = ?
            )
            INSERT INTO posts (external_id, network, account_id, case_id, parent_id, in_reply_to_external, text,
                               created_at, is_ours, sent_by_agent_id, voice, risk, risk_rules_version, edited_by_agent_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?::text, ?, ?::bigint, ?::bigint)
            RETURNING id
            """, [caseID, agentID, externalID, parent.network.rawValue, brand.id, caseID, parent.id.rawValue,
                  parent.externalID, outgoing.text, StoreTime.milliseconds(time), agentID, outgoing.voice,
                  outgoing.riskScore, rulesVersion.map(Int64.init), editorID])
        else { throw StoreError.database("reply \(externalID) was not stored") }
        fields.add(post: postID, at: StoreTime.milliseconds(time), isOurs: true,
                   priority: Int64(Priority.normal.rank))
        try execute(CaseQueueFields.update, fields.changedValues + [caseID])
        try execute("UPDATE cases SET approval = NULL WHERE id = ?", [caseID])
        return ThreadPost(id: PostID(postID), externalID: externalID, parentID: parent.id, author: brand.account,
                          text: outgoing.text, createdAt: time, isOurs: true, sentBy: sender)
    }

    /// The row a reply is posted from: the brand account, or the stand-in, written on first use.
    ///
    /// An existing account is left as it is (the SQLite store rewrites it with the same values): a write would lock
    /// its row, which an import writing our own posts may hold while it waits for the case we hold.
    private func brandAccountRow(on network: Network) throws
        -> (id: Int64, account: Account) {
        if let stored = try storedBrandAccount(on: network) { return stored }
        let standIn = Replies.standInBrandAccount(on: network)
        guard let id = try int("""
            INSERT INTO accounts (network, handle, name, followers, role) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (network, handle) DO UPDATE SET
                name = excluded.name, followers = excluded.followers, role = excluded.role
            RETURNING id
            """, [network.rawValue, standIn.handle, standIn.name, standIn.followers, standIn.role.rawValue])
        else { throw StoreError.database("account \(standIn.handle) was not stored") }
        return (id, standIn)
    }

    private func storedBrandAccount(on network: Network) throws
        -> (id: Int64, account: Account)? {
        try row("""
            SELECT id, \(AccountColumns.select("accounts")) FROM accounts
            WHERE network = ? AND role = 'brand' ORDER BY id LIMIT 1
            """, [network.rawValue]).map { (try $0.int("id"), try $0.account()) }
    }
}
