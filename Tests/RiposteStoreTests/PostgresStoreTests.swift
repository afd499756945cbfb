import Foundation
import GRDB
import RiposteCore
@testable import RiposteStore
import StoreTestSupport
import Testing

/// What the store-wide tests cannot see through the store: the PostgreSQL database itself, looked at with the real
/// `psql` client, as an administrator would.
@Suite("The PostgreSQL store keeps the inbox in a real database", .enabled(if: StoreBackend.current == .postgres))
struct PostgresStoreTests {
    @Test("a large import leaves the planner statistics of what it brought; a few mentions do not pay for them")
    func importIsAnalyzed() throws {
        let temporary = try TemporaryStore()
        let psql = try PSQL(temporary)
        func analyzed() throws -> String {
            try psql.run("SELECT count(*) FROM pg_stat_user_tables WHERE relname IN ('posts', 'cases', 'accounts') AND last_analyze IS NOT NULL")
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        try temporary.store.ingest((0..<10).map { post("few\($0)", by: account("@ann"), at: Double($0)) })
        #expect(try analyzed() == "0")
        try temporary.store.ingestAll { add in
            for number in 0..<10_000 { try add(post("many\(number)", by: account("@user\(number % 500)"), at: Double(number))) }
        }
        #expect(try analyzed() == "3")
    }

    @Test("a store copied into PostgreSQL is vacuumed and analyzed once it is in, so that counts read the indexes alone and plans know the rows")
    func copyLeavesTheStoreVacuumed() throws {
        let temporary = try TemporaryStore()
        let source = try SQLiteInboxStore(path: temporary.folder.appendingPathComponent("source.sqlite").path)
        try source.ingest((0..<20).map { post("c\($0)", by: account("@user\($0 % 5)"), at: Double($0)) })
        let target = try StoreBackend.postgresServer().database("riposte_copy_\(UUID().uuidString.prefix(8).lowercased())")
        defer { try? PostgresDatabases.drop(target) }
        _ = try StoreCopy.run(from: .file(source.path), to: .postgres(target))
        let done = try PSQL(address: target).run("""
            SELECT count(*) FROM pg_stat_user_tables WHERE relname IN ('posts', 'cases', 'accounts')
                AND last_vacuum IS NOT NULL AND last_analyze IS NOT NULL
            """)
        #expect(done.trimmingCharacters(in: .whitespacesAndNewlines) == "3")
    }

    @Test("agents changing cases of one status, network and priority at once never wait on each other for the dashboard's tally, and the tally stays folded")
    func tallyNeverMakesWritersWait() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        try store.ingest((0..<4).map { post("t\($0)", by: account("@user\($0)"), at: Double($0)) })
        let cases = try store.queueRows(after: nil, limit: 10).map(\.caseID)
        try #require(cases.count == 4)

        // Kim's machine has closed a case and not yet committed; Lee closes another new case on X of the same
        // priority meanwhile, and gets on with it.
        let psql = try PSQL(temporary)
        let kim = try psql.session()
        try kim.send("BEGIN; UPDATE cases SET status = 'closed' WHERE id = \(cases[0].rawValue);")
        try psql.waitFor(sessions: "state = 'idle in transaction'", count: 1)
        try temporary.reopened().setStatus([cases[1]], to: .closed, snoozedUntil: nil, by: "lee", at: epoch)
        try psql.waitFor(sessions: "state = 'idle in transaction'", count: 1)
        try kim.send("COMMIT;")
        try kim.finish()

        let figures = try store.teamFigures(since: epoch, at: epoch, serviceLevels: .standard)
        #expect(figures.backlog[.closed] == 2 && figures.backlog[.new] == 2)
        // Each statement added its differences; reading folded them into one row per key.
        #expect(try psql.run("SELECT count(*) FROM case_tally").trimmingCharacters(in: .whitespacesAndNewlines) == "2")
    }

    @Test("a role filter is planned for its role even when prepared once for every use: a role nobody has is gathered through its accounts, never looked for case by case")
    func roleFilterIsPlannedForItsRole() throws {
        let temporary = try TemporaryStore()
        try temporary.store.ingestAll { add in
            for number in 0..<10_000 { try add(post("many\(number)", by: account("@user\(number % 500)"), at: Double(number))) }
        }
        let (condition, values) = SharedFilterSQL.role([.rival])
        #expect(values.isEmpty)
        // A generic plan is what a prepared statement gets after its first uses, whatever its values then.
        let plan = try PSQL(temporary).run("""
            SET plan_cache_mode = force_generic_plan;
            PREPARE rivals AS SELECT c.id FROM cases c WHERE \(condition) ORDER BY c.age_from, c.id LIMIT 60;
            EXPLAIN EXECUTE rivals
            """)
        #expect(plan.contains("accounts_by_role") && !plan.contains("cases_by_age"), "\(plan)")
    }

    @Test("a new store has the whole schema: the SQLite store's tables and columns, under the same migrations")
    func wholeSchema() throws {
        let temporary = try TemporaryStore()
        let psql = try PSQL(temporary)
        let twinPath = temporary.folder.appendingPathComponent("twin.sqlite").path
        _ = try SQLiteInboxStore(path: twinPath)
        let twin = try DatabaseQueue(path: twinPath)

        let migrations = try psql.lines("SELECT name FROM riposte_migrations ORDER BY name")
        let sqliteMigrations = try twin.read {
            try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
        }
        #expect(migrations == sqliteMigrations)
        #expect(migrations.count == 14)

        let columns = try psql.lines("""
            SELECT table_name || '.' || column_name FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> 'riposte_migrations'
            """)
        // SQLite's own machinery aside: its migrations table and the FTS5 index, which posts.search replaces.
        // `table_xinfo`, so that generated columns (the queue's order) count.
        let sqliteColumns = try twin.read { db in
            try String.fetchAll(db, sql: """
                SELECT t.name || '.' || c.name FROM sqlite_master t, pragma_table_xinfo(t.name) c
                WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite_%' AND t.name NOT LIKE 'grdb_%'
                    AND t.name NOT LIKE 'post_text%'
                """)
        }
        #expect(Set(columns) == Set(sqliteColumns).union(["posts.search"]))
        let tables = Set(columns.map { String($0.prefix { $0 != "." }) })
        for table in ["accounts", "agents", "approvals", "audit", "case_tags", "cases", "drafts", "feed_schedule",
                      "meta", "notes", "posts"] {
            #expect(tables.contains(table), "missing table \(table)")
        }
    }

    @Test("a store written by a newer Riposte is refused with a clear message")
    func newerStoreRefused() throws {
        let temporary = try TemporaryStore()
        let psql = try PSQL(temporary)
        try psql.run("INSERT INTO riposte_migrations (name, applied_at) VALUES ('v99: from the future', now())")
        #expect(throws: StoreError.newerSchema(path: psql.address.description)) {
            try PostgresInboxStore(address: psql.address)
        }
    }

    @Test("the audit log cannot be rewritten, even by SQL on the database")
    func auditIsAppendOnly() throws {
        let temporary = try TemporaryStore()
        try temporary.store.appendAudit(AuditEntry(at: epoch, agent: "sam", action: "test", caseID: nil, detail: "kept"))
        let psql = try PSQL(temporary)
        for change in ["UPDATE audit SET detail = 'changed'", "DELETE FROM audit", "TRUNCATE audit"] {
            let refusal = try psql.failure(change)
            #expect(refusal.contains("the audit log is append-only"), "\(change): \(refusal)")
        }
        #expect(try temporary.store.auditLog(for: nil).map(\.detail) == ["kept"])
        #expect(try psql.lines("SELECT detail FROM audit") == ["kept"])
    }

    @Test("two supervisors on two machines decide one request at the same moment: one decision stands, the other is told")
    func oneDecisionStands() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        try store.ingest([
            post("hi", by: account("@us", role: .brand), at: -10, text: "Ask us anything"),
            post("q", by: account("@ann"), at: 0, replyTo: "hi", text: "Your network is a joke"),
        ])
        for (name, role) in [("sam", Agent.Role.agent), ("kim", .supervisor), ("lee", .supervisor)] {
            try store.setAgent(Agent(name: name, role: role), by: "admin", at: epoch)
        }
        let caseID = try #require(try store.queueRows(after: nil, limit: 1).first).caseID
        let thread = try #require(try store.thread(caseID, agent: "sam"))
        let id = try store.requestApproval(OutgoingReply(caseID: caseID, inReplyTo: thread.posts[1].id,
                                                         text: "So is your attitude", voice: nil, riskScore: 72,
                                                         riskReasons: []), by: "sam", at: epoch)

        // A session holding the case's row makes both decisions wait, so that they are truly at the same moment.
        let psql = try PSQL(temporary)
        let holder = try psql.session()
        try holder.send("BEGIN; SELECT id FROM cases WHERE id = \(caseID.rawValue) FOR UPDATE;")
        try psql.waitFor(sessions: "state = 'idle in transaction'", count: 1)
        let outcomes = Outcomes()
        let kimsMachine = store, leesMachine = try temporary.reopened()
        let decisions = DispatchGroup()
        DispatchQueue.global().async(group: decisions) {
            outcomes.add("kim", Result { _ = try kimsMachine.approve(id, editedText: nil, by: "kim", at: epoch) })
        }
        DispatchQueue.global().async(group: decisions) {
            outcomes.add("lee", Result { try leesMachine.reject(id, reason: "too snarky", by: "lee", at: epoch) })
        }
        try psql.waitFor(sessions: "wait_event_type = 'Lock'", count: 2)
        try holder.send("COMMIT;")
        try holder.finish()
        decisions.wait()

        let results = outcomes.all
        let winners = results.filter { if case .success = $0.value { true } else { false } }.map(\.key)
        try #require(winners.count == 1, "\(results)")
        let winner = winners[0], loser = winner == "kim" ? "lee" : "kim"
        let decided = try #require(try store.approval(id))
        #expect(decided.decidedBy == winner)
        #expect(throws: StoreError.notAllowed("this request was already \(decided.state.rawValue) by \(winner)")) {
            try results[loser]?.get()
        }
        let log = try store.auditLog(for: caseID).map(\.action)
        #expect(log.filter { $0 == "approval.approved" || $0 == "approval.rejected" }.count == 1)
        #expect(try store.thread(caseID, agent: "sam")?.posts.count == (decided.state == .approved ? 3 : 2))
    }
}

/// Each machine's outcome, as they come in from their threads.
private final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [String: Result<Void, any Error>] = [:]

    func add(_ machine: String, _ outcome: Result<Void, any Error>) {
        lock.withLock { outcomes[machine] = outcome }
    }

    var all: [String: Result<Void, any Error>] { lock.withLock { outcomes } }
}

/// The `psql` client on a test's database (the test server trusts connections from 127.0.0.1).
struct PSQL {
    let address: PostgresAddress

    init(address: PostgresAddress) {
        self.address = address
    }

    /// The same database, logged in as `role`.
    func `as`(_ role: String) -> PSQL {
        var address = address
        address.user = role
        return PSQL(address: address)
    }

    init(_ temporary: TemporaryStore) throws {
        guard case let .postgres(address) = temporary.location else {
            throw StoreError.database("not a PostgreSQL store")
        }
        self.address = address
    }

    /// A statement that must succeed; its rows, one a line, columns joined by "|".
    @discardableResult
    func run(_ sql: String) throws -> String {
        let (status, output, errors) = try Self.launch(arguments(["-c", sql]))
        guard status == 0 else { throw StoreError.database("psql -c \"\(sql)\": \(errors)") }
        return output
    }

    func lines(_ sql: String) throws -> [String] {
        try run(sql).split(separator: "\n").map(String.init)
    }

    /// What the server said refusing a statement that must fail.
    func failure(_ sql: String) throws -> String {
        let (status, _, errors) = try Self.launch(arguments(["-c", sql]))
        guard status != 0 else { throw StoreError.database("psql -c \"\(sql)\" succeeded") }
        return errors
    }

    /// Waits, ten seconds at most, until `count` sessions on the database are in the state `condition` tells
    /// (a condition on pg_stat_activity).
    func waitFor(sessions condition: String, count: Int) throws {
        let sql = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND \(condition)"
        let deadline = Date().addingTimeInterval(10)
        var answer = ""
        while Date() < deadline {
            answer = try run(sql).trimmingCharacters(in: .whitespacesAndNewlines)
            if answer == "\(count)" { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw StoreError.database("\(answer) sessions with \(condition), not \(count), for ten seconds")
    }

    /// A psql session that runs statements as they are sent, its transaction kept open between them.
    func session() throws -> Session {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = arguments([])
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return Session(process: process, input: input.fileHandleForWriting)
    }

    struct Session {
        let process: Process
        let input: FileHandle

        func send(_ sql: String) throws {
            try input.write(contentsOf: Data((sql + "\n").utf8))
        }

        /// Ends the input; psql runs what it has and exits.
        func finish() throws {
            try input.close()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw StoreError.database("psql session exited with \(process.terminationStatus)")
            }
        }
    }

    private func arguments(_ more: [String]) -> [String] {
        ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", address.description] + more
    }

    private static let executable = ["/usr/bin/psql", "/usr/local/bin/psql"]
        .first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/bin/psql"

    private static func launch(_ arguments: [String]) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read before waiting: a full pipe would stop psql, and the wait with it.
        let written = output.fileHandleForReading.readDataToEndOfFile()
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: written, as: UTF8.self),
                String(decoding: said, as: UTF8.self))
    }
}
