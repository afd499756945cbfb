import Foundation
import GRDB
import RiposteCore
@testable import RiposteStore
import StoreTestSupport
import Testing

/// A team store on a SQLite file, as several people's processes open it: each one is its operating-system login,
/// which the tests stand in for. Nothing a user types changes who they are.
@Suite("A team store knows its people by login; the team's rules judge every reply; the audit log is a chain",
       .enabled(if: StoreBackend.current == .sqlite))
struct TeamStoreTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("riposte-team-\(UUID().uuidString)")
    var path: String { folder.appendingPathComponent("team.sqlite").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// The store as `login`'s process opens it.
    func open(as login: String) throws -> SQLiteInboxStore {
        try SQLiteInboxStore(path: path, login: login)
    }

    /// A team store Lee made (so Lee is its first supervisor), with Sam added as an agent and a case to work on.
    func team() throws -> (lee: SQLiteInboxStore, sam: SQLiteInboxStore, caseID: CaseID, post: PostID) {
        let lee = try open(as: "lee")
        try lee.claimFirstSupervisor(login: "lee", name: "lee", at: epoch)
        try lee.setAgent(Agent(name: "sam", role: .agent, login: "sam"), by: "lee", at: epoch)
        try lee.ingest([
            post("hi", by: account("@us", role: .brand), at: -10, text: "Ask us anything"),
            post("q", by: account("@ann"), at: 0, replyTo: "hi", text: "My bill is wrong again"),
        ])
        let row = try #require(try lee.queueRows(after: nil, limit: 1).first)
        let thread = try #require(try lee.thread(row.caseID, agent: "sam"))
        return (lee, try open(as: "sam"), row.caseID, thread.posts[1].id)
    }

    @Test("whoever makes the store is its first supervisor; a login the store does not know is told to ask for one")
    func firstSupervisor() throws {
        let (lee, sam, _, _) = try team()
        #expect(try lee.agent(login: "lee") == Agent(name: "lee", role: .supervisor, login: "lee"))
        #expect(try sam.agent(login: "sam")?.role == .agent)
        #expect(try !lee.isTraining())
        // Claiming again changes nothing: the store has its people.
        #expect(try lee.claimFirstSupervisor(login: "zed", name: "zed", at: epoch) == nil)
        #expect(try lee.agent(named: "zed") == nil)
        #expect(throws: StoreError.noSuchAgent("zed")) { try lee.ensureAgent(named: "zed", role: .agent) }
    }

    @Test("nobody works a case in a colleague's name: each change, claim and draft is the login's own")
    func noCaseWorkInAnotherName() throws {
        let (_, sam, caseID, post) = try team()
        let notSam = StoreError.notAllowed("this store knows the login sam as someone else: nobody acts as lee but lee")
        #expect(throws: notSam) { try sam.assign([caseID], to: "sam", by: "lee", at: epoch) }
        #expect(throws: notSam) { try sam.setStatus([caseID], to: .closed, snoozedUntil: nil, by: "lee", at: epoch) }
        #expect(throws: notSam) { try sam.tag([caseID], adding: ["spam"], removing: [], by: "lee", at: epoch) }
        #expect(throws: notSam) { try sam.addNote(on: caseID, text: "lee says so", by: "lee", at: epoch) }
        #expect(throws: notSam) { try sam.openCase(caseID, by: "lee", at: epoch) }
        #expect(throws: notSam) { _ = try sam.claim(caseID, by: "lee", at: epoch, lease: 60, takeOver: true) }
        #expect(throws: notSam) { _ = try sam.renewClaim(caseID, by: "lee", at: epoch, lease: 60) }
        #expect(throws: notSam) { try sam.releaseClaim(caseID, by: "lee", at: epoch) }
        #expect(throws: notSam) {
            try sam.saveDraft(Draft(caseID: caseID, inReplyTo: post, text: "x", cursor: 1), by: "lee", at: epoch)
        }
        #expect(throws: notSam) { try sam.deleteDraft(on: caseID, by: "lee") }
        #expect(try sam.auditLog(for: caseID).allSatisfy { $0.agent != "lee" })
    }

    @Test("only a supervisor adds people or changes roles: an agent cannot promote themselves or anyone")
    func onlySupervisorsChangePeople() throws {
        let (lee, sam, _, _) = try team()
        #expect(throws: StoreError.notAllowed("sam is an agent: only a supervisor adds people or changes roles")) {
            try sam.setAgent(Agent(name: "sam", role: .supervisor), by: "sam", at: epoch)
        }
        #expect(throws: StoreError.notAllowed("sam is an agent: only a supervisor adds people or changes roles")) {
            try sam.setAgent(Agent(name: "mal", role: .supervisor, login: "mal"), by: "sam", at: epoch)
        }
        try lee.setAgent(Agent(name: "kim", role: .supervisor, login: "kim"), by: "lee", at: epoch)
        #expect(try lee.agents().map(\.name) == ["kim", "lee", "sam"])
        #expect(try lee.auditLog(for: nil).last?.detail == "kim: added as supervisor, login kim")
    }

    @Test("nobody acts under someone else's name: Sam's process cannot approve, set rules or send as Lee")
    func nobodyActsAsSomeoneElse() throws {
        let (_, sam, caseID, post) = try team()
        let notSam = StoreError.notAllowed("this store knows the login sam as someone else: nobody acts as lee but lee")
        #expect(throws: notSam) { try sam.setAgent(Agent(name: "sam", role: .supervisor), by: "lee", at: epoch) }
        #expect(throws: notSam) { try sam.setTeamRiskRules("threshold = 99", by: "lee", at: epoch) }
        _ = try sam.claim(caseID, by: "sam", at: epoch, lease: 600, takeOver: false)
        let id = try sam.requestApproval(OutgoingReply(caseID: caseID, inReplyTo: post, text: "lol", voice: nil,
                                                       riskScore: 0, riskReasons: []), by: "sam", at: epoch)
        #expect(throws: notSam) { try sam.approve(id, editedText: nil, by: "lee", at: epoch) }
        #expect(throws: notSam) {
            try sam.sendReply(on: caseID, inReplyTo: post, text: "Sorry Ann, DM us", by: "lee", at: epoch)
        }
    }

    @Test("an agent's name is plain printable text: one with escapes or control characters is refused")
    func plainNames() throws {
        let (lee, _, _, _) = try team()
        for name in ["evil\u{1B}]0;pwned\u{7}", "tab\there", "", String(repeating: "a", count: 33), "semi;colon"] {
            #expect(throws: StoreError.self) { try lee.setAgent(Agent(name: name, role: .agent), by: "lee", at: epoch) }
        }
        try lee.setAgent(Agent(name: "zoë.o-neil_2", role: .agent), by: "lee", at: epoch)
    }

    @Test("the team's rules are set by a supervisor only, audited with the old text and the new, and judge every reply")
    func teamRules() throws {
        let (lee, sam, caseID, post) = try team()
        #expect(throws: StoreError.notAllowed("sam is an agent: only a supervisor sets the team's risk rules")) {
            try sam.setTeamRiskRules("threshold = 99", by: "sam", at: epoch)
        }
        #expect(throws: StoreError.self) { try lee.setTeamRiskRules("threshold = 0", by: "lee", at: epoch) }
        #expect(try sam.judgingRules().version == 0)

        // A reply the built-in rules let out...
        let reply = OutgoingReply(caseID: caseID, inReplyTo: post, text: "Sorry Ann! We'll refund the charge.", voice: nil,
                                  riskScore: 0, riskReasons: [])
        // ...is held once the team decides a refund is a supervisor's call.
        let rules = try lee.setTeamRiskRules("[money_promise]\npoints = 70\ncap = 80\n", by: "lee", at: epoch)
        #expect(rules.version == 1)
        let audit = try #require(try lee.auditLog(for: nil).last)
        #expect(audit.action == "risk.rules" && audit.agent == "lee")
        #expect(audit.detail.contains("--- old: the built-in rules") && audit.detail.contains("--- new\n[money_promise]"))
        _ = try sam.claim(caseID, by: "sam", at: epoch, lease: 600, takeOver: false)
        #expect { try sam.sendReply(reply, by: "sam", at: epoch) } throws: { error in
            if case .needsApproval? = error as? StoreError { return true }
            return false
        }
        try lee.setTeamRiskRules("[money_promise]\npoints = 10\n", by: "lee", at: epoch)
        let sent = try sam.sendReply(reply, by: "sam", at: epoch)
        // The reply records the score and the rules' version it was judged by.
        let stored = try DatabaseQueue(path: path).read { db in
            try Row.fetchOne(db, sql: "SELECT risk, risk_rules_version FROM posts WHERE id = ?", arguments: [sent.id.rawValue])
        }
        #expect(stored?["risk_rules_version"] == 2)
        #expect((stored?["risk"] as Int?) == 10)
    }

    @Test("a risky reply written into the file round the gate, with a score of its own making, is found afterwards")
    func replyRoundTheGate() throws {
        let (lee, sam, caseID, post) = try team()
        _ = try sam.claim(caseID, by: "sam", at: epoch, lease: 600, takeOver: false)
        let fine = try sam.sendReply(OutgoingReply(caseID: caseID, inReplyTo: post, text: "Sorry Ann, we'll fix the bill today.",
                                                   voice: nil, riskScore: 0, riskReasons: []), by: "sam", at: epoch)
        // A risky reply a supervisor approved went through the gate.
        let request = try sam.requestApproval(OutgoingReply(caseID: caseID, inReplyTo: post, text: "Wrong again? Skill issue 😂",
                                                            voice: "banter", riskScore: 0, riskReasons: []),
                                              by: "sam", at: epoch.addingTimeInterval(1))
        _ = try lee.approve(request, editedText: nil, by: "lee", at: epoch.addingTimeInterval(2))
        #expect(try lee.ungatedReplies(since: epoch).ungated.isEmpty)

        // Another program writes one in Sam's name, scored 0 by its own say-so.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: """
                INSERT INTO posts (external_id, network, account_id, case_id, parent_id, in_reply_to_external, text,
                                   created_at, is_ours, sent_by_agent_id, voice, risk)
                SELECT 'round-the-gate', network, account_id, case_id, parent_id, in_reply_to_external,
                       'Have you tried reading your bill, Ann? 🙄 Your card number is 4111 1111 1111 1111 btw', created_at + 5000,
                       1, sent_by_agent_id, 'banter', 0
                FROM posts WHERE id = ?
                """, arguments: [fine.id.rawValue])
        }
        let (checked, ungated) = try lee.ungatedReplies(since: epoch)
        #expect(checked == 3)
        #expect(ungated.map(\.reply.text) == ["Have you tried reading your bill, Ann? 🙄 Your card number is 4111 1111 1111 1111 btw"])
        #expect(ungated.first?.reply.sentBy == "sam" && ungated.first?.reply.risk == 0)
        #expect((ungated.first?.score ?? 0) >= 60)
        #expect(try lee.ungatedReplies(since: epoch.addingTimeInterval(60)).checked == 0)
    }

    @Test("a store that played a demo is a training store; a team's store cannot become one")
    func trainingStores() throws {
        let (lee, _, _, _) = try team()
        #expect(throws: StoreError.self) { try lee.markTraining() }
        #expect(throws: StoreError.notAllowed("\"store.training\" is the store's own setting")) {
            try lee.setValue("1", forKey: "store.training")
        }
        let training = try SQLiteInboxStore(path: folder.appendingPathComponent("training.sqlite").path, login: "lee")
        try training.markTraining()
        #expect(try training.ensureAgent(named: "anyone", role: .agent).name == "anyone")
    }
}

/// The audit log as a hash chain: whoever can write the file can change it, and then `riposte audit verify` and the
/// interface say where.
@Suite("The audit log's chain shows where it was altered") struct AuditChainTests {
    /// A store with a few audited changes; the rows' ids.
    func auditedStore() throws -> (TemporaryStore, [Int64]) {
        let temporary = try TemporaryStore()
        let store = temporary.store
        try store.ingest([post("q", by: account("@ann"), at: 0, text: "Hi")])
        let caseID = try #require(try store.queueRows(after: nil, limit: 1).first?.caseID)
        for tag in ["a", "b", "c", "d"] {
            try store.tag([caseID], adding: [tag], removing: [], by: "sam", at: epoch)
        }
        let rows = try store.auditChain(last: nil)
        #expect(AuditChain.firstBreak(in: rows) == nil)
        return (temporary, rows.map(\.id))
    }

    /// Runs SQL on the store's database as its owner would, the database's own guards set aside.
    func tamper(_ temporary: TemporaryStore, _ statements: [String]) throws {
        switch temporary.location {
        case let .file(path):
            try DatabaseQueue(path: path).write { db in
                try db.execute(sql: "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete")
                for statement in statements { try db.execute(sql: statement) }
            }
        case let .postgres(address):
            try PSQL(address: address).run("ALTER TABLE audit DISABLE TRIGGER USER; " + statements.joined(separator: "; "))
        }
    }

    @Test("the chain holds on both databases, the one the store computes and the one the server's trigger does")
    func holds() throws {
        let (temporary, ids) = try auditedStore()
        #expect(ids.count >= 4)
        #expect(try temporary.store.auditChain(last: 2).map(\.id) == Array(ids.suffix(2)))
    }

    @Test("a row whose content was changed is named")
    func edited() throws {
        let (temporary, ids) = try auditedStore()
        try tamper(temporary, ["UPDATE audit SET agent = 'kim' WHERE id = \(ids[2])"])
        let broken = try #require(AuditChain.firstBreak(in: try temporary.store.auditChain(last: nil)))
        #expect(broken == AuditChain.Break(id: ids[2], reason: "its content was changed after it was written"))
    }

    @Test("a deleted row is named by the row after it")
    func deleted() throws {
        let (temporary, ids) = try auditedStore()
        try tamper(temporary, ["DELETE FROM audit WHERE id = \(ids[1])"])
        let broken = try #require(AuditChain.firstBreak(in: try temporary.store.auditChain(last: nil)))
        #expect(broken.id == ids[2] && broken.reason.contains("does not follow"))
    }

    @Test("two rows swapped are named where the order breaks")
    func reordered() throws {
        let (temporary, ids) = try auditedStore()
        try tamper(temporary, [
            "UPDATE audit SET id = -1 WHERE id = \(ids[1])",
            "UPDATE audit SET id = \(ids[1]) WHERE id = \(ids[2])",
            "UPDATE audit SET id = \(ids[2]) WHERE id = -1",
        ])
        let broken = try #require(AuditChain.firstBreak(in: try temporary.store.auditChain(last: nil)))
        #expect(broken.id == ids[1])
    }

    @Test("a row inserted with a hash of its own making is named")
    func inserted() throws {
        let (temporary, ids) = try auditedStore()
        let rows = try temporary.store.auditChain(last: nil)
        try tamper(temporary, ["""
            INSERT INTO audit (id, at, agent, action, case_id, detail, previous_hash, hash)
            VALUES (\(ids.last! + 1), 1, 'lee', 'approval.approved', NULL, 'nothing to see', '\(rows.last!.hash)', 'f00d')
            """])
        let broken = try #require(AuditChain.firstBreak(in: try temporary.store.auditChain(last: nil)))
        #expect(broken.id == ids.last! + 1)
    }
}
