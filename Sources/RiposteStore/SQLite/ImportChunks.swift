import Foundation
import GRDB
import RiposteCore

/// A large import is written in chunks, each a transaction that commits as soon as another writer waits (or after
/// two seconds), so that agents' writes wait a fraction of a second behind it instead of the whole file. It is still
/// all or nothing: every chunk is recorded under the import's id, and an import that stops part-way (an error, a
/// signal, a killed process) is taken back as a whole.
///
/// An ingest that fits in one chunk is one transaction as before, with no record. Posts of an import that is
/// running show as they are written, as a live feed's do; what agents have worked on in the meantime stays when the
/// rest is taken back.
enum ImportChunks {
    static let migrationName = "v10: imports written in chunks"

    static let schema = """
        -- an import being written in chunks; the row goes when it is complete or taken back
        CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            started_by TEXT NOT NULL,
            started_at INTEGER NOT NULL,
            -- the audit's last entry when it started: what came after is work done meanwhile
            audit_from INTEGER NOT NULL
        );
        -- each chunk's posts and new cases, ids from first to last: nobody else writes inside a transaction
        CREATE TABLE import_chunks (
            import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
            first_post INTEGER NOT NULL,
            last_post INTEGER NOT NULL,
            first_case INTEGER NOT NULL,
            last_case INTEGER NOT NULL
        );
        CREATE INDEX import_chunks_by_import ON import_chunks (import_id);
        -- a case from before the import, as it was before the import's first post in it
        CREATE TABLE import_case_snapshots (
            import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
            case_id INTEGER NOT NULL,
            status TEXT NOT NULL,
            last_activity_at INTEGER NOT NULL,
            latest_inbound_post_id INTEGER,
            waiting_since INTEGER,
            post_count INTEGER NOT NULL,
            priority INTEGER NOT NULL,
            PRIMARY KEY (import_id, case_id)
        ) WITHOUT ROWID;
        """

    /// An ingest of more posts than this becomes an import written in chunks.
    static let firstChunkSize = 2_000
    /// A chunk commits after this long even if nobody waits, so that the write-ahead log stays small.
    static let longestChunk: TimeInterval = 2
    /// A chunk runs at least this long before it lets a waiting writer in: every commit writes the pages the chunk
    /// changed, many of them the same from one chunk to the next.
    static let shortestChunk: TimeInterval = 0.05
    /// Posts between looks for a waiting writer, and between writes to the search index.
    static let postsBetweenLooks = 64
    static let postsBetweenIndexing: Int64 = 4_096
    /// After a chunk cut short for a waiting writer the lock is free this long: it looks more often (`busyPoll`).
    static let pauseForWaitingWriter: TimeInterval = 0.012

    /// Records a case from before the import as it is, the first time the import changes it.
    static func keepAsItWas(caseID: Int64, importID: Int64, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO import_case_snapshots (import_id, case_id, status, last_activity_at,
                latest_inbound_post_id, waiting_since, post_count, priority)
            SELECT ?, id, status, last_activity_at, latest_inbound_post_id, waiting_since, post_count, priority
            FROM cases WHERE id = ?
            """).execute(arguments: [importID, caseID])
    }
}

extension SQLiteInboxStore {
    /// Stores posts handed over by `body`. More than one chunk's worth becomes an import written in transactions
    /// that commit as soon as another writer waits; if `body` or the store throws, what was written is taken back.
    @discardableResult
    public func ingestAll(_ body: (_ add: (IncomingPost) throws -> Void) throws -> Void) throws -> IngestSummary {
        try guarded { try rollBackAbandonedImports() }
        var summary = IngestSummary()
        var pending: [IncomingPost] = []
        pending.reserveCapacity(ImportChunks.firstChunkSize)
        var writer: ImportWriter?
        do {
            try pool.writeWithoutTransaction { db in
                // An import touches index pages all over the file: give it room, then give the memory back.
                try db.execute(sql: "PRAGMA cache_size = -262144")
                // Chunks commit often: copying the log back into the file after every few would cost more than
                // the chunks themselves.
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 16384")
                defer {
                    try? db.execute(sql: "PRAGMA cache_size = -2000")
                    try? db.execute(sql: "PRAGMA wal_autocheckpoint = 1000")
                }
                do {
                    try body { post in
                        if let writer { return try writer.add(post, to: &summary) }
                        pending.append(post)
                        guard pending.count >= ImportChunks.firstChunkSize else { return }
                        let started = try ImportWriter(db, store: path, by: login)
                        writer = started
                        for post in pending { try started.add(post, to: &summary) }
                        pending = []
                    }
                    if let writer {
                        try writer.finish()
                        // A large import changes what the planner should know (how many cases share a status, an
                        // assignee): statistics read from a sample, so they cost milliseconds however big the store.
                        try db.execute(sql: "PRAGMA analysis_limit = 1000")
                        try db.execute(sql: "ANALYZE")
                    } else {
                        try db.inTransaction(.immediate) {
                            try Self.insert(pending, db, into: &summary)
                            return .commit
                        }
                    }
                } catch {
                    if let writer { try? writer.takeBack(reason: "\(error)") }
                    throw error
                }
            }
            return summary
        } catch let error as DatabaseError {
            throw StoreError.database(Self.message(error))
        }
    }

    /// Posts, their cases, waiting replies joined and the search index, in the caller's transaction.
    static func insert(_ posts: [IncomingPost], _ db: Database, into summary: inout IngestSummary) throws {
        let insertion = try PostInsertion(db, indexingEachPost: false)
        for post in posts { summary.count(try insertion.insert(post)) }
        try insertion.adoptWaitingReplies(at: Date())
        try insertion.indexDeferredText()
    }
}

extension IngestSummary {
    mutating func count(_ outcome: PostInsertion.Outcome) {
        switch outcome {
        case .alreadyStored:
            alreadyStored += 1
        case let .inserted(_, _, newCase):
            inserted += 1
            if newCase { newCases += 1 }
        }
    }
}

/// An import written in chunks on the writer's connection, outside GRDB's transactions: a chunk begins with the
/// post after a commit and commits when a writer waits, or after `longestChunk`.
final class ImportWriter {
    private let db: Database
    private let path: String
    let id: Int64
    private let lease: ImportLease
    private var insertion: PostInsertion?
    private var previous: PostInsertion?
    private var chunkBegan: Int64 = 0
    private var sinceLook = 0

    /// Records the import, in a transaction of its own, and takes its lease.
    init(_ db: Database, store path: String, by login: String) throws {
        self.db = db
        self.path = path
        try db.execute(sql: "BEGIN IMMEDIATE")
        do {
            try db.execute(sql: """
                INSERT INTO imports (started_by, started_at, audit_from)
                VALUES (?, ?, (SELECT COALESCE(MAX(id), 0) FROM audit))
                """, arguments: [login, StoreTime.milliseconds(Date())])
            id = db.lastInsertedRowID
            lease = try ImportLease(store: path, importID: id)
            try db.execute(sql: "COMMIT")
        } catch {
            try? db.execute(sql: "ROLLBACK")
            throw error
        }
    }

    func add(_ post: IncomingPost, to summary: inout IngestSummary) throws {
        let insertion = try self.insertion ?? begin()
        summary.count(try insertion.insert(post))
        if insertion.unindexed >= ImportChunks.postsBetweenIndexing { try insertion.indexDeferredText() }
        sinceLook += 1
        guard sinceLook >= ImportChunks.postsBetweenLooks else { return }
        sinceLook = 0
        let now = WaitingWriters.milliseconds()
        let ran = Double(now - chunkBegan) / 1000
        if ran >= ImportChunks.shortestChunk,
           WaitingWriters.lastWait(store: path, descriptor: lease.descriptor) >= chunkBegan {
            try commit()
            Thread.sleep(forTimeInterval: ImportChunks.pauseForWaitingWriter)
        } else if ran >= ImportChunks.longestChunk {
            try commit()
        }
    }

    /// The last chunk, and the import's record gone with it: from this commit on it is complete.
    func finish() throws {
        if insertion == nil { _ = try begin() }
        try commit(last: true)
        lease.release()
    }

    /// Rolls back the open chunk and takes back the ones committed.
    func takeBack(reason: String) throws {
        if insertion != nil {
            try? db.execute(sql: "ROLLBACK")
            insertion = nil
        }
        defer { lease.release() }
        try db.inTransaction(.immediate) {
            try SQLiteInboxStore.rollBack(import: id, reason: reason, db)
            return .commit
        }
    }

    private func begin() throws -> PostInsertion {
        try db.execute(sql: "BEGIN IMMEDIATE")
        chunkBegan = WaitingWriters.milliseconds()
        let started = try PostInsertion(db, indexingEachPost: false, importID: id, continuing: previous)
        insertion = started
        return started
    }

    private func commit(last: Bool = false) throws {
        guard let insertion else { return }
        try insertion.adoptWaitingReplies(at: Date())
        try insertion.indexDeferredText()
        if last {
            try db.execute(sql: "DELETE FROM imports WHERE id = ?", arguments: [id])
        } else {
            try db.execute(sql: """
                INSERT INTO import_chunks (import_id, first_post, last_post, first_case, last_case)
                VALUES (?, ?, ?, ?, ?)
                """, arguments: [id, insertion.firstPostID, insertion.nextPostID - 1,
                                 insertion.firstCaseID, insertion.nextCaseID - 1])
        }
        try db.execute(sql: "COMMIT")
        previous = insertion
        self.insertion = nil
    }
}
