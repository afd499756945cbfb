import Foundation
import GRDB
import RiposteCore
import RiposteStore
import Testing

@Suite("riposte audit: the log's chain, and every reply sent judged again")
final class AuditCommandTests {
    let folder: CommandFolder
    var path: String { folder.store }

    init() throws {
        folder = try CommandFolder()
    }

    func riposte(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try folder.riposte(arguments)
    }

    /// A team store made by this login, with one reply sent through the gate.
    func storeWithAReply() throws -> ThreadPost {
        #expect(try riposte(["store", "init"]).status == 0)
        let store = try SQLiteInboxStore(path: path)
        let me = try #require(try store.agent(login: store.login)).name
        let ann = Account(network: .x, handle: "@ann", name: "Ann", followers: 100, role: .customer)
        let sentAt = Date(timeIntervalSince1970: 1_700_000_000)
        try store.ingest([IncomingPost(externalID: "q", author: ann, text: "my bill is wrong again", createdAt: sentAt,
                                       inReplyTo: nil)])
        let caseID = try #require(try store.queueRows(after: nil, limit: 1).first?.caseID)
        let question = try #require(try store.thread(caseID, agent: me)?.posts.first)
        _ = try store.claim(caseID, by: me, at: sentAt, lease: 600, takeOver: false)
        return try store.sendReply(OutgoingReply(caseID: caseID, inReplyTo: question.id, text: "Sorry Ann, we'll put it right today.",
                                                 voice: nil, riskScore: 0, riskReasons: []), by: me, at: sentAt)
    }

    @Test("a reply written into the store behind Riposte's back, scored 0 by its writer, is named with the gate's reasons")
    func repliesRoundTheGate() throws {
        let sent = try storeWithAReply()
        let clean = try riposte(["audit", "replies"])
        #expect(clean.output == "1 replies checked: every one went out as the gate allows\n")
        #expect(clean.status == 0)

        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: """
                INSERT INTO posts (external_id, network, account_id, case_id, parent_id, in_reply_to_external, text,
                                   created_at, is_ours, sent_by_agent_id, risk)
                SELECT 'behind-the-back', network, account_id, case_id, parent_id, in_reply_to_external,
                       'Wrong again? Maybe learn to read, Ann 😂', created_at + 1000, 1, sent_by_agent_id, 0
                FROM posts WHERE id = ?
                """, arguments: [sent.id.rawValue])
        }
        let found = try riposte(["audit", "replies"])
        #expect(found.status == 1)
        #expect(found.output.contains("with risk 0 and no approval: the gate gives it"))
        #expect(found.output.contains("  \"Wrong again? Maybe learn to read, Ann 😂\""))
        #expect(found.output.hasSuffix("1 of 2 replies went out without the approval they needed\n"))
        #expect(try riposte(["audit", "replies", "--since", "1h"]).output == "0 replies checked: every one went out as the gate allows\n")
        #expect(try riposte(["audit", "replies", "--since", "soon"]).status != 0)
    }

    @Test("riposte audit verify names a row changed behind Riposte's back")
    func verify() throws {
        _ = try storeWithAReply()
        let whole = try riposte(["audit", "verify"])
        #expect(whole.status == 0)
        #expect(whole.output.hasPrefix("the audit chain holds: "))
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DROP TRIGGER audit_no_update")
            try db.execute(sql: "UPDATE audit SET detail = 'nothing happened' WHERE action = 'reply.sent'")
        }
        let broken = try riposte(["audit", "verify"])
        #expect(broken.status == 1)
        #expect(broken.output == "the audit chain is broken at audit row 3: its content was changed after it was written\n")
    }
}
