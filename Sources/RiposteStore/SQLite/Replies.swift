import Foundation
import GRDB
import RiposteCore

/// Drafts and sent replies.
extension SQLiteInboxStore {
    public func saveDraft(_ draft: Draft, by agent: String, at time: Date) throws {
        try guarded {
            try pool.write { db in
                let agentID = try Self.agentID(agent, db)
                try db.execute(sql: """
                    INSERT INTO drafts (case_id, agent_id, in_reply_to, text, cursor, updated_at) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (case_id, agent_id) DO UPDATE SET
                        in_reply_to = excluded.in_reply_to, text = excluded.text,
                        cursor = excluded.cursor, updated_at = excluded.updated_at
                    """, arguments: [draft.caseID.rawValue, agentID, draft.inReplyTo.rawValue, draft.text,
                                     draft.cursor, StoreTime.milliseconds(time)])
            }
        }
    }

    public func deleteDraft(on caseID: CaseID, by agent: String) throws {
        try guarded {
            try pool.write { db in
                try db.execute(sql: """
                    DELETE FROM drafts WHERE case_id = ? AND agent_id = (SELECT id FROM agents WHERE name = ?)
                    """, arguments: [caseID.rawValue, agent])
            }
        }
    }

    @discardableResult
    public func sendReply(_ reply: OutgoingReply, by agent: String, at time: Date) throws -> ThreadPost {
        let caseID = reply.caseID, parent = reply.inReplyTo
        let (admitted, version) = try admitted(reply)
        return try guarded {
            try pool.write { db in
                try Self.requireActor(agent, login: login, db)
                try Self.ensureClaim(caseID, for: agent, at: time, db)
                try Self.supersedeWaiting(on: caseID, why: Supersession.replySent(by: agent), by: agent, at: time, db)
                let post = try Self.postReply(admitted, sentBy: try Self.agentID(agent, db), rulesVersion: version,
                                              at: time, db)
                try db.execute(sql: "UPDATE cases SET approval = NULL WHERE id = ?", arguments: [caseID.rawValue])
                try db.appendAudit(AuditEntry(at: time, agent: agent, action: "reply.sent", caseID: caseID,
                                              detail: try Self.replyDetail(post, parent: parent, db)))
                return post
            }
        }
    }

    /// Posts our reply from the brand account of the case's network, marks the case replied and clears the
    /// sender's draft on it. `rulesVersion` is the team's rules it was judged by (nil: the built-in ones).
    static func postReply(_ outgoing: OutgoingReply, sentBy agentID: Int64, rulesVersion: Int?, at time: Date,
                          _ db: Database) throws -> ThreadPost {
        let caseID = outgoing.caseID, parent = outgoing.inReplyTo, text = outgoing.text
        guard let parentRow = try Row.fetchOne(db, sql: """
            SELECT external_id, network FROM posts WHERE id = ? AND case_id = ?
            """, arguments: [parent.rawValue, caseID.rawValue])
        else { throw StoreError.noSuchPost(parent.rawValue) }
        let brand = try brandAccount(on: try parentRow.enumValue("network"), db)
        let reply = IncomingPost(externalID: "riposte-\(UUID().uuidString.lowercased())", author: brand,
                                 text: text, createdAt: time, inReplyTo: parentRow["external_id"])
        guard case let .inserted(postID, _, _) = try PostInsertion(db).insert(reply, sentBy: agentID)
        else { throw StoreError.database("reply \(reply.externalID) collided with a stored post") }
        try db.execute(sql: "UPDATE posts SET voice = ?, risk = ?, risk_rules_version = ? WHERE id = ?",
                       arguments: [outgoing.voice, outgoing.riskScore, rulesVersion, postID.rawValue])
        try db.execute(sql: "DELETE FROM drafts WHERE case_id = ? AND agent_id = ?",
                       arguments: [caseID.rawValue, agentID])
        let sender = try String.fetchOne(db, sql: "SELECT name FROM agents WHERE id = ?", arguments: [agentID])
        return ThreadPost(id: postID, externalID: reply.externalID, parentID: parent, author: brand, text: text,
                          createdAt: time, isOurs: true, sentBy: sender)
    }

    /// "to @ann as @us: text", what the audit log says of a reply.
    static func replyDetail(_ reply: ThreadPost, parent: PostID, _ db: Database) throws -> String {
        let handle = try String.fetchOne(db, sql: """
            SELECT a.handle FROM posts p JOIN accounts a ON a.id = p.account_id WHERE p.id = ?
            """, arguments: [parent.rawValue]) ?? "?"
        return "to \(handle) as \(reply.author.handle): \(reply.text)"
    }

    /// Our account on a network: the first brand account a feed or an import gave us, or a stand-in.
    static func brandAccount(on network: Network, _ db: Database) throws -> Account {
        if let row = try Row.fetchOne(db, sql: """
            SELECT \(AccountColumns.select("accounts")) FROM accounts
            WHERE network = ? AND role = 'brand' ORDER BY id LIMIT 1
            """, arguments: [network.rawValue]) {
            return try row.account()
        }
        return Account(network: network, handle: "@ourbrand", name: "Our brand", followers: 0, role: .brand)
    }
}
