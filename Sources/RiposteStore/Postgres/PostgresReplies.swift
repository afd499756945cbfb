import Foundation
import RiposteCore

/// Drafts and sent replies, as the SQLite store keeps them.
extension PostgresInboxStore {
    public func saveDraft(_ draft: Draft, by agent: String, at time: Date) throws {
        try link.write { db in
            let agentID = try Self.agentID(agent, db)
            try db.execute("""
                INSERT INTO drafts (case_id, agent_id, in_reply_to, text, cursor, updated_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (case_id, agent_id) DO UPDATE SET
                    in_reply_to = excluded.in_reply_to, text = excluded.text,
                    cursor = excluded.cursor, updated_at = excluded.updated_at
                """, [draft.caseID.rawValue, agentID, draft.inReplyTo.rawValue, draft.text, draft.cursor,
                      StoreTime.milliseconds(time)])
        }
    }

    public func deleteDraft(on caseID: CaseID, by agent: String) throws {
        try link.write { db in
            try db.execute("""
                DELETE FROM drafts WHERE case_id = ? AND agent_id = (SELECT id FROM agents WHERE name = ?)
                """, [caseID.rawValue, agent])
        }
    }

    @discardableResult
    public func sendReply(_ reply: OutgoingReply, by agent: String, at time: Date) throws -> ThreadPost {
        let (admitted, version) = try admitted(reply)
        return try link.write { db in
            try Self.requireActor(agent, login: login, db)
            try Self.ensureClaim(reply.caseID, for: agent, at: time, db)
            let agentID = try Self.agentID(agent, db)
            let parent = try Self.replyParent(reply.inReplyTo, in: reply.caseID, db)
            try Self.supersedeWaiting(on: reply.caseID, only: nil, why: Supersession.replySent(by: agent), by: agent,
                                      at: time, db)
            let post = try Self.postReply(admitted, to: parent, sentBy: agentID, named: agent, rulesVersion: version,
                                          editedBy: nil, at: time, db)
            try Self.audit(AuditEntry(at: time, agent: agent, action: "reply.sent", caseID: reply.caseID,
                                      detail: Self.replyDetail(post, to: parent)), db)
            return post
        }
    }

    /// What a reply needs of the post it answers.
    struct ReplyParent {
        var id: PostID
        var externalID: String
        var network: Network
        /// Its author's handle, for the audit log.
        var handle: String

        init(id: PostID, externalID: String, network: Network, handle: String) {
            self.id = id
            self.externalID = externalID
            self.network = network
            self.handle = handle
        }

        init(_ post: ThreadPost) {
            self.init(id: post.id, externalID: post.externalID, network: post.author.network,
                      handle: post.author.handle)
        }
    }

    /// The post `parent`, which must belong to the case: a reply never crosses into another case.
    static func replyParent(_ parent: PostID, in caseID: CaseID, _ db: PostgresSQL) throws -> ReplyParent {
        guard let row = try db.row("""
            SELECT p.external_id, p.network, a.handle FROM posts p JOIN accounts a ON a.id = p.account_id
            WHERE p.id = ? AND p.case_id = ?
            """, [parent.rawValue, caseID.rawValue])
        else { throw StoreError.noSuchPost(parent.rawValue) }
        return ReplyParent(id: parent, externalID: try row.text("external_id"), network: try row.enumValue("network"),
                           handle: try row.text("handle"))
    }

    /// Posts our reply from the brand account of the case's network, marks the case replied (no approval waiting
    /// any more) and clears the sender's draft on it.
    ///
    /// What the SQLite store's `PostInsertion` does for a post of ours answering a stored one: the post joins its
    /// parent's case, and nothing is left waiting there. One statement, each part being a round trip otherwise.
    static func postReply(_ outgoing: OutgoingReply, to parent: ReplyParent, sentBy agentID: Int64,
                          named sender: String, rulesVersion: Int?, editedBy editorID: Int64?, at time: Date,
                          _ db: PostgresSQL) throws -> ThreadPost {
        let brand = try brandAccountRow(on: parent.network, db)
        let externalID = "riposte-\(UUID().uuidString.lowercased())"
        guard let postID = try db.int("""
            WITH reply AS (
                INSERT INTO posts (external_id, network, account_id, case_id, parent_id, in_reply_to_external, text,
                                   created_at, is_ours, sent_by_agent_id, voice, risk, risk_rules_version,
                                   edited_by_agent_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?::text, ?, ?::bigint, ?::bigint)
                RETURNING id
            ), answered AS (
                UPDATE cases SET post_count = post_count + 1, status = 'replied', waiting_since = NULL, approval = NULL
                WHERE id = ?
            ), cleared AS (
                DELETE FROM drafts WHERE case_id = ? AND agent_id = ?
            )
            SELECT id FROM reply
            """, [externalID, parent.network.rawValue, brand.id, outgoing.caseID.rawValue, parent.id.rawValue,
                  parent.externalID, outgoing.text, StoreTime.milliseconds(time), agentID, outgoing.voice,
                  outgoing.riskScore, rulesVersion.map(Int64.init), editorID, outgoing.caseID.rawValue,
                  outgoing.caseID.rawValue, agentID])
        else { throw StoreError.database("reply \(externalID) was not stored") }
        return ThreadPost(id: PostID(postID), externalID: externalID, parentID: parent.id, author: brand.account,
                          text: outgoing.text, createdAt: time, isOurs: true, sentBy: sender)
    }

    /// "to @ann as @us: text", what the audit log says of a reply.
    static func replyDetail(_ reply: ThreadPost, to parent: ReplyParent) -> String {
        "to \(parent.handle) as \(reply.author.handle): \(reply.text)"
    }

    /// The row a reply is posted from: the brand account, or the stand-in, written on first use.
    ///
    /// An existing account is left as it is (the SQLite store rewrites it with the same values): a write would lock
    /// its row, which an import writing our own posts may hold while it waits for the case we hold.
    private static func brandAccountRow(on network: Network, _ db: PostgresSQL) throws
        -> (id: Int64, account: Account) {
        if let stored = try storedBrandAccount(on: network, db) { return stored }
        let standIn = standInBrandAccount(on: network)
        guard let id = try db.int("""
            INSERT INTO accounts (network, handle, name, followers, role) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (network, handle) DO UPDATE SET
                name = excluded.name, followers = excluded.followers, role = excluded.role
            RETURNING id
            """, [network.rawValue, standIn.handle, standIn.name, standIn.followers, standIn.role.rawValue])
        else { throw StoreError.database("account \(standIn.handle) was not stored") }
        return (id, standIn)
    }

    private static func storedBrandAccount(on network: Network, _ db: PostgresSQL) throws
        -> (id: Int64, account: Account)? {
        try db.row("""
            SELECT id, \(AccountColumns.select("accounts")) FROM accounts
            WHERE network = ? AND role = 'brand' ORDER BY id LIMIT 1
            """, [network.rawValue]).map { (try $0.int("id"), try $0.account()) }
    }

    static func standInBrandAccount(on network: Network) -> Account {
        Account(network: network, handle: "@ourbrand", name: "Our brand", followers: 0, role: .brand)
    }
}
