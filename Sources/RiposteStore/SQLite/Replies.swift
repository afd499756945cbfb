import Foundation
import GRDB
import RiposteCore

/// Drafts and sent replies.
extension SQLiteInboxStore {
    public func saveDraft(_ draft: Draft, by agent: String, at time: Date) throws {
        try guarded { try pool.write { try Replies.saveDraft(draft, by: agent, login: login, at: time, $0) } }
    }

    public func deleteDraft(on caseID: CaseID, by agent: String) throws {
        try guarded { try pool.write { try Replies.deleteDraft(on: caseID, by: agent, login: login, $0) } }
    }

    @discardableResult
    public func sendReply(_ reply: OutgoingReply, by agent: String, at time: Date) throws -> ThreadPost {
        let (admitted, version) = try admitted(reply)
        return try guarded {
            try pool.write { try Replies.send(admitted, rulesVersion: version, by: agent, login: login, at: time, $0) }
        }
    }

    /// Our account on a network: the first brand account a feed or an import gave us, or a stand-in.
    static func brandAccount(on network: Network, _ db: Database) throws -> Account {
        if let row = try Row.fetchOne(db, sql: """
            SELECT \(AccountColumns.select("accounts")) FROM accounts
            WHERE network = ? AND role = 'brand' ORDER BY id LIMIT 1
            """, arguments: [network.rawValue]) {
            return try row.account()
        }
        return Replies.standInBrandAccount(on: network)
    }
}
