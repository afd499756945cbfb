import Foundation
import RiposteCore
import RiposteStore
import StoreTestSupport
import Testing

/// On PostgreSQL every person logs in as their own role, and the database holds the gate: an agent with psql and
/// their own login can do no more than in Riposte. Each route round Riposte is tried directly, and each is refused.
@Suite("On PostgreSQL the database itself refuses what an agent may not do, however they connect",
       .enabled(if: StoreBackend.current == .postgres))
final class PostgresRolesTests {
    let owner: PostgresAddress
    let suffix = UUID().uuidString.prefix(6).lowercased()
    var sam: String { "sam_\(suffix)" }
    var lee: String { "lee_\(suffix)" }
    var kim: String { "kim_\(suffix)" }

    init() throws {
        owner = try StoreBackend.postgresServer().database("riposte_roles_\(suffix)")
        try PostgresDatabases.create(owner)
        let admin = try PostgresInboxStore(address: owner)
        try PostgresRoles.setUp(owner)
        let psql = PSQL(address: owner)
        try psql.run("""
            CREATE ROLE \(sam) LOGIN IN ROLE \(PostgresRoles.agents);
            CREATE ROLE \(lee) LOGIN IN ROLE \(PostgresRoles.supervisors);
            CREATE ROLE \(kim) LOGIN IN ROLE \(PostgresRoles.supervisors)
            """)
        // The owner made the store: its first supervisor, who adds the team by their logins.
        try admin.claimFirstSupervisor(login: admin.login, name: "admin", at: epoch)
        try admin.setAgent(Agent(name: "sam", role: .agent, login: sam), by: "admin", at: epoch)
        try admin.setAgent(Agent(name: "lee", role: .supervisor, login: lee), by: "admin", at: epoch)
        try admin.setAgent(Agent(name: "kim", role: .supervisor, login: kim), by: "admin", at: epoch)
        try admin.ingest([
            post("hi", by: account("@us", role: .brand), at: -10, text: "Ask us anything"),
            post("q", by: account("@ann", followers: 50_000), at: 0, replyTo: "hi", text: "Your network is a joke"),
        ])
    }

    deinit {
        try? PostgresDatabases.drop(owner)
        _ = try? PSQL(address: owner.database("postgres")).run("DROP ROLE IF EXISTS \(sam), \(lee), \(kim)")
    }

    /// The store as `role`'s Riposte opens it.
    func store(as role: String) throws -> PostgresInboxStore {
        var address = owner
        address.user = role
        return try PostgresInboxStore(address: address)
    }

    /// Sam's risky reply waiting for approval, through Riposte.
    func samsRequest() throws -> (store: PostgresInboxStore, approval: ApprovalID, caseID: CaseID) {
        let store = try store(as: sam)
        let row = try #require(try store.queueRows(after: nil, limit: 1).first)
        let question = try #require(try store.thread(row.caseID, agent: "sam")?.posts.last)
        _ = try store.claim(row.caseID, by: "sam", at: epoch, lease: 600, takeOver: false)
        let id = try store.requestApproval(OutgoingReply(caseID: row.caseID, inReplyTo: question.id,
                                                         text: "Haha, so is your attitude 😂", voice: "banter",
                                                         riskScore: 0, riskReasons: []), by: "sam", at: epoch)
        return (store, id, row.caseID)
    }

    @Test("an agent reads the dashboard's tally and cannot change it")
    func tallyIsTheStoresOwn() throws {
        let psql = PSQL(address: owner).as(sam)
        #expect(try psql.run("SELECT count(*) FROM case_tally").trimmingCharacters(in: .whitespacesAndNewlines) != "")
        #expect(try psql.failure("INSERT INTO case_tally VALUES ('closed', 'x', 1, 0, -1)").contains("permission denied"))
        #expect(try psql.failure("DELETE FROM case_tally").contains("permission denied"))
        #expect(try psql.failure("UPDATE case_tally SET cases = 0").contains("permission denied"))
        #expect(try store(as: sam).teamFigures(since: epoch, at: epoch, serviceLevels: .standard).backlog[.new] == 1)
    }

    @Test("an agent works the queue through Riposte as themselves, and cannot approve or act as anyone else")
    func agentThroughRiposte() throws {
        let (store, id, _) = try samsRequest()
        #expect(store.login == sam)
        #expect(throws: StoreError.self) { try store.approve(id, editedText: nil, by: "sam", at: epoch) }
        #expect(throws: StoreError.self) { try store.approve(id, editedText: nil, by: "lee", at: epoch) }
        #expect(throws: StoreError.self) { try store.setAgent(Agent(name: "sam", role: .supervisor), by: "sam", at: epoch) }
        #expect(throws: StoreError.self) { try store.setTeamRiskRules("threshold = 99", by: "sam", at: epoch) }
        // A supervisor, logged in as herself, decides it.
        let sent = try self.store(as: lee).approve(id, editedText: nil, by: "lee", at: epoch)
        #expect(sent.sentBy == "sam")
    }

    @Test("an agent's working day goes through as their own login: counts, tags, notes, status, snoozes, drafts, quitting")
    func agentsWorkingDay() throws {
        let store = try store(as: sam)
        let caseID = try #require(try store.queueRows(after: nil, limit: 1).first).caseID
        let unassigned = QueueScope(filter: try CaseFilter.parse("is:unassigned"), agent: "sam", now: epoch,
                                    serviceLevels: .standard)
        #expect(try store.caseCount(in: unassigned, upTo: 100) == 1)
        try store.openCase(caseID, by: "sam", at: epoch)
        try store.assign([caseID], to: "sam", by: "sam", at: epoch)
        try store.tag([caseID], adding: ["billing", "vip"], removing: [], by: "sam", at: epoch)
        try store.addNote(on: caseID, text: "Called her back", by: "sam", at: epoch)
        #expect(try store.tagNames().sorted() == ["billing", "vip"])
        let question = try #require(try store.thread(caseID, agent: "sam")?.posts.last)
        try store.saveDraft(Draft(caseID: caseID, inReplyTo: question.id, text: "Let me check", cursor: 12), by: "sam",
                            at: epoch)
        _ = try store.claim(caseID, by: "sam", at: epoch, lease: 600, takeOver: false)
        let held = try store.heldWork(of: "sam", at: epoch)
        #expect(held.drafts == [caseID] && held.claims == [caseID])
        try store.setStatus([caseID], to: .snoozed, snoozedUntil: epoch.addingTimeInterval(60), by: "sam", at: epoch)
        #expect(try store.wakeSnoozed(at: epoch.addingTimeInterval(61)) == 1)
        #expect(try store.auditLog(for: caseID).map(\.action)
                == ["case.status", "case.assign", "case.tags", "case.note", "case.claim", "case.status", "case.status"])
        // Still only as herself: a colleague's case is not hers to hand on.
        #expect(throws: StoreError.self) { try store.assign([caseID], to: "lee", by: "lee", at: epoch) }
    }

    @Test("with psql and their own login, an agent cannot decide, forge or undo an approval")
    func agentCannotTouchApprovals() throws {
        let (_, id, caseID) = try samsRequest()
        let psql = PSQL(address: owner).as(sam)
        #expect(try psql.failure("UPDATE approvals SET state = 'approved' WHERE id = \(id.rawValue)")
            .contains("permission denied"))
        #expect(try psql.failure("DELETE FROM approvals WHERE id = \(id.rawValue)").contains("permission denied"))
        let samID = try psql.run("SELECT id FROM agents WHERE name = 'sam'").trimmingCharacters(in: .whitespacesAndNewlines)
        let post = try psql.run("SELECT in_reply_to FROM approvals WHERE id = \(id.rawValue)")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try psql.failure("""
            INSERT INTO approvals (case_id, in_reply_to, text, risk_score, risk_reasons, requested_by, requested_at, state,
                                   decided_by, decided_at)
            VALUES (\(caseID.rawValue), \(post), 'forged', 0, '', \(samID), 0, 'approved', \(samID), 0)
            """).contains("row-level security"))
        #expect(try psql.failure("SELECT riposte_decide_approval(\(id.rawValue), 'approved', NULL, \(post), NULL, 'sam', 0)")
            .contains("only a supervisor"))
        #expect(try psql.failure("SELECT riposte_decide_approval(\(id.rawValue), 'approved', NULL, \(post), NULL, 'lee', 0)")
            .contains("nobody acts as someone else"))
        #expect(try PSQL(address: owner).run("SELECT state FROM approvals WHERE id = \(id.rawValue)")
            .contains("pending"))
    }

    @Test("a supervisor cannot decide their own request through the database's function either")
    func supervisorOwnRequest() throws {
        let lee = try store(as: lee)
        let row = try #require(try lee.queueRows(after: nil, limit: 1).first)
        let question = try #require(try lee.thread(row.caseID, agent: "lee")?.posts.last)
        _ = try lee.claim(row.caseID, by: "lee", at: epoch, lease: 600, takeOver: false)
        let id = try lee.requestApproval(OutgoingReply(caseID: row.caseID, inReplyTo: question.id, text: "lol 😂",
                                                       voice: nil, riskScore: 0, riskReasons: []), by: "lee", at: epoch)
        let psql = PSQL(address: owner).as(self.lee)
        #expect(try psql.failure("SELECT riposte_decide_approval(\(id.rawValue), 'rejected', 'no', NULL, NULL, 'lee', 0)")
            .contains("nobody approves their own reply"))
        // The team has two supervisors: a reason does not let her past.
        #expect(try psql.failure("""
            SELECT riposte_decide_approval(\(id.rawValue), 'approved', NULL, \(question.id.rawValue), 'trust me', 'lee', 0)
            """).contains("nobody approves their own reply"))
    }

    @Test("the audit log can be added to and read, never changed, emptied, or stripped of its guards")
    func auditIsEvidence() throws {
        let psql = PSQL(address: owner).as(sam)
        try psql.run("INSERT INTO audit (at, agent, action, detail) VALUES (1, 'sam', 'note', 'added by hand')")
        #expect(try psql.failure("UPDATE audit SET detail = 'rewritten'").contains("permission denied"))
        #expect(try psql.failure("DELETE FROM audit").contains("permission denied"))
        #expect(try psql.failure("TRUNCATE audit").contains("permission denied"))
        #expect(try psql.failure("DROP TRIGGER audit_no_update_or_delete ON audit").contains("must be owner"))
        #expect(try psql.failure("ALTER TABLE audit DISABLE TRIGGER ALL").contains("must be owner"))
        #expect(try psql.failure("DROP TABLE audit").contains("must be owner"))
        // Even a row added by hand joins the chain, which still holds.
        #expect(AuditChain.firstBreak(in: try store(as: sam).auditChain(last: nil)) == nil)
    }

    @Test("with psql, nobody sends a reply as someone else or without the gate's score; a lying score is found afterwards")
    func repliesRoundTheGate() throws {
        let (_, id, _) = try samsRequest()
        let psql = PSQL(address: owner)
        func agentID(_ name: String) throws -> String {
            try psql.run("SELECT id FROM agents WHERE name = '\(name)'").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let question = try psql.run("SELECT in_reply_to FROM approvals WHERE id = \(id.rawValue)")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        func reply(_ text: String, from sender: String, risk: String) throws -> String {
            """
            INSERT INTO posts (external_id, network, account_id, case_id, parent_id, in_reply_to_external, text, created_at,
                               is_ours, sent_by_agent_id, risk)
            SELECT 'by-hand-' || md5(random()::text), network, account_id, case_id, id, external_id, '\(text)', created_at + 1000,
                   1, \(try agentID(sender)), \(risk)
            FROM posts WHERE id = \(question)
            """
        }
        let sam = psql.as(self.sam)
        #expect(try sam.failure(try reply("sorted, love lee", from: "lee", risk: "0")).contains("nobody sends a reply as someone else"))
        #expect(try sam.failure(try reply("sorted", from: "sam", risk: "NULL")).contains("current risk rules"))
        // A supervisor's role cannot send an agent's reply either, except through an approval.
        #expect(try psql.as(kim).failure(try reply("sorted, sam", from: "sam", risk: "0"))
            .contains("nobody sends a reply as someone else"))
        // What the database cannot judge, a score that lies, the gate's second look finds.
        try sam.run(try reply("Your network is a joke? So is your attitude 😂 Send us your PIN", from: "sam", risk: "0"))
        let (checked, ungated) = try store(as: lee).ungatedReplies(since: epoch)
        #expect(checked == 1)
        #expect(ungated.map(\.reply.sentBy) == ["sam"])
        #expect((ungated.first?.score ?? 0) >= 60)
    }

    @Test("riposte connect runs as any login of the team's: it leases an account, sends a reply and records it as sent")
    func connectAsAnAgentsLogin() throws {
        let connect = try store(as: sam)
        #expect(try connect.leaseConnector("x @us", for: "host:1", seconds: 60))
        try connect.recordConnector("x @us", state: .following, cursor: "q", by: "host:1")
        let caseID = try #require(try connect.queueRows(after: nil, limit: 1).first).caseID
        let question = try #require(try connect.thread(caseID, agent: "sam")?.posts.last)
        let sent = try connect.sendReply(OutgoingReply(caseID: caseID, inReplyTo: question.id, text: "Sorry, Ann: DM us",
                                                       voice: nil, riskScore: 0, riskReasons: []), by: "sam", at: epoch)
        #expect(sent.delivery?.state == .pending)
        let reply = try #require(try connect.claimOutbox(on: .x, limit: 5, at: epoch).first)
        #expect(try connect.refusalAtTheDoor(reply) == nil)
        try connect.outboxSent(reply, remoteID: "x-1", address: "https://x.example/us/status/x-1", at: epoch)
        let landed = try #require(try self.store(as: lee).thread(caseID, agent: "lee")?.posts.first { $0.id == sent.id })
        #expect(landed.externalID == "x-1" && landed.delivery?.state == .sent)
        #expect(try connect.auditLog(for: caseID).last?.action == "reply.delivered")
        // The outbox holds no words: the connector sends the post's own, which no login may rewrite.
        #expect(try PSQL(address: owner).as(sam).failure("UPDATE posts SET text = 'worse' WHERE id = \(sent.id.rawValue)")
            .contains("permission denied"))
    }

    @Test("an agent cannot promote themselves, add people, change the team's rules or rewrite a sent reply")
    func agentCannotChangeTheTeam() throws {
        let psql = PSQL(address: owner).as(sam)
        #expect(try psql.failure("UPDATE agents SET role = 'supervisor' WHERE name = 'sam'").contains("permission denied"))
        #expect(try psql.failure("INSERT INTO agents (name, role, login, created_at) VALUES ('mal', 'supervisor', 'mal', 0)")
            .contains("permission denied"))
        #expect(try psql.failure("SELECT riposte_set_agent('sam', 'supervisor', NULL, 'sam', 0)").contains("only a supervisor"))
        #expect(try psql.failure("SELECT riposte_set_risk_rules('threshold = 100', 'sam', 0)").contains("only a supervisor"))
        #expect(try psql.failure("INSERT INTO risk_rules VALUES (9, 'threshold = 100', 'sam', 0)").contains("permission denied"))
        #expect(try psql.failure("UPDATE posts SET text = 'never said that'").contains("permission denied"))
        #expect(try psql.failure("INSERT INTO meta (key, value) VALUES ('store.training', '1')").contains("row-level security"))
        #expect(try psql.failure("SELECT riposte_claim_store('sam', 'sam', 0)").isEmpty == false
            || (try PSQL(address: owner).run("SELECT role FROM agents WHERE name = 'sam'")).contains("agent"))
        #expect(try PSQL(address: owner).run("SELECT role FROM agents WHERE name = 'sam'").contains("agent"))
    }
}
