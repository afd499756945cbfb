import Foundation
import RiposteCore
@testable import RiposteStore
import StoreTestSupport
import Testing

/// The reads each key makes are prepared on the store's connection, so that the server parses and plans them once.
/// The connection's own view (`pg_prepared_statements`) shows what the server kept and how it planned it.
@Suite("The PostgreSQL store prepares the reads each key makes", .enabled(if: StoreBackend.current == .postgres))
struct PostgresPreparedStatementTests {
    func filledStore() throws -> (TemporaryStore, PostgresInboxStore) {
        let temporary = try TemporaryStore()
        try temporary.store.ingest((0..<30).map { post("m\($0)", by: account("@user\($0)"), at: Double($0)) })
        return (temporary, try #require(temporary.store as? PostgresInboxStore))
    }

    /// The connection's prepared statements: text, and how many times each was planned generically.
    func prepared(_ store: PostgresInboxStore) throws -> [(statement: String, genericPlans: Int64)] {
        try store.link.read { db in
            try db.rows("SELECT statement, generic_plans FROM pg_prepared_statements").map {
                (try $0.text("statement"), try $0.int("generic_plans"))
            }
        }
    }

    @Test("a thread and the queue around a case are prepared once, and soon planned once for every value")
    func preparedAndPlannedOnce() throws {
        let (_, store) = try filledStore()
        let rows = try store.queueRows(after: nil, limit: 30)
        for row in rows {
            _ = try store.thread(row.caseID, agent: "sam")
            _ = try store.queueRow(row.caseID, in: .everything)
            _ = try store.queueRows(around: row.key, above: 5, below: 5, in: .everything)
        }
        let statements = try prepared(store)
        // The first page, the thread's three reads, the row, and the pages either side.
        #expect(statements.count == 7)
        // The server plans for the values five times, then keeps its generic plan if that is as good.
        for (statement, genericPlans) in statements where !statement.contains("LIMIT 30") {
            #expect(genericPlans > 0, "planned afresh every time: \(statement.prefix(120))")
        }
    }

    @Test("a statement the server no longer has is run anyway, and prepared again")
    func lostStatement() throws {
        let (_, store) = try filledStore()
        let rows = try store.queueRows(after: nil, limit: 30)
        let thread = try store.thread(rows[3].caseID, agent: "sam")
        // As when a connection pooler hands the connection's session to someone else.
        try store.link.read { db in try db.execute("DEALLOCATE ALL") }
        #expect(try prepared(store).isEmpty)
        #expect(try store.thread(rows[3].caseID, agent: "sam") == thread)
        #expect(try store.thread(rows[3].caseID, agent: "sam") == thread)
        #expect(try prepared(store).count == 3)
    }

    @Test("many different reads keep at most 64 statements on the server, the least recently used going first")
    func bounded() throws {
        let (_, store) = try filledStore()
        let all = try store.queueRows(after: nil, limit: 30)
        // Each page size is a statement of its own (the LIMIT is written out), as each filter's shape is.
        for size in 1...80 {
            #expect(try store.queueRows(after: nil, limit: size) == Array(all.prefix(size)))
        }
        let statements = try prepared(store).map(\.statement)
        #expect(statements.count == PostgresPreparedStatements.capacity)
        #expect(statements.contains { $0.contains("LIMIT 80)") })
        #expect(!statements.contains { $0.contains("LIMIT 16)") })
    }
}
