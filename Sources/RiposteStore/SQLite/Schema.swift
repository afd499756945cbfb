import Foundation
import GRDB
import RiposteCore

/// The store's schema, one named migration per released version; a migration is never edited after release.
enum Schema {
    /// `role:` gathers the cases of a rare role through its accounts.
    static let accountsByRoleName = "v11: accounts by role"
    static let accountsByRole = "CREATE INDEX accounts_by_role ON accounts (role)"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerRecordingVersion("v1: inbox, drafts, agents, audit, feed") { db in
            try db.execute(sql: """
                CREATE TABLE accounts (
                    id INTEGER PRIMARY KEY,
                    network TEXT NOT NULL,
                    handle TEXT NOT NULL,
                    name TEXT NOT NULL,
                    followers INTEGER NOT NULL,
                    role TEXT NOT NULL,
                    UNIQUE (network, handle)
                );
                -- our own accounts, found on every reply among all the authors ever seen
                CREATE INDEX accounts_of_ours ON accounts (network, id) WHERE role = 'brand';
                CREATE TABLE agents (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE,
                    role TEXT NOT NULL,
                    created_at INTEGER NOT NULL
                );
                CREATE TABLE cases (
                    id INTEGER PRIMARY KEY,
                    network TEXT NOT NULL,
                    status TEXT NOT NULL,
                    created_at INTEGER NOT NULL,
                    -- the queue's order: the latest inbound post, or the root while there is none
                    last_activity_at INTEGER NOT NULL,
                    latest_inbound_post_id INTEGER,
                    -- the oldest inbound post we have not answered; NULL once we have
                    waiting_since INTEGER,
                    post_count INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX cases_by_activity ON cases (last_activity_at);
                CREATE TABLE posts (
                    id INTEGER PRIMARY KEY,
                    external_id TEXT NOT NULL UNIQUE,
                    network TEXT NOT NULL,
                    account_id INTEGER NOT NULL REFERENCES accounts (id),
                    -- deferred: a case's first post is written before the case row that points back at it
                    case_id INTEGER NOT NULL REFERENCES cases (id) DEFERRABLE INITIALLY DEFERRED,
                    parent_id INTEGER REFERENCES posts (id),
                    in_reply_to_external TEXT,
                    text TEXT NOT NULL,
                    created_at INTEGER NOT NULL,
                    is_ours INTEGER NOT NULL,
                    sent_by_agent_id INTEGER REFERENCES agents (id)
                );
                CREATE INDEX posts_by_case ON posts (case_id);
                CREATE TABLE drafts (
                    case_id INTEGER NOT NULL REFERENCES cases (id),
                    agent_id INTEGER NOT NULL REFERENCES agents (id),
                    in_reply_to INTEGER NOT NULL REFERENCES posts (id),
                    text TEXT NOT NULL,
                    cursor INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    PRIMARY KEY (case_id, agent_id)
                );
                CREATE TABLE audit (
                    id INTEGER PRIMARY KEY,
                    at INTEGER NOT NULL,
                    agent TEXT NOT NULL,
                    action TEXT NOT NULL,
                    case_id INTEGER,
                    detail TEXT NOT NULL
                );
                CREATE INDEX audit_by_case ON audit (case_id);
                -- The audit log is evidence: the database itself refuses to rewrite it.
                CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TABLE feed_schedule (
                    id INTEGER PRIMARY KEY,
                    feed TEXT NOT NULL,
                    due_at INTEGER NOT NULL,
                    external_id TEXT NOT NULL,
                    network TEXT NOT NULL,
                    handle TEXT NOT NULL,
                    name TEXT NOT NULL,
                    followers INTEGER NOT NULL,
                    role TEXT NOT NULL,
                    text TEXT NOT NULL,
                    in_reply_to TEXT
                );
                CREATE INDEX feed_schedule_by_due ON feed_schedule (due_at);
                CREATE TABLE meta (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL
                );
                """)
        }
        migrator.registerRecordingVersion("v2: approvals") { db in
            try db.execute(sql: """
                CREATE TABLE approvals (
                    id INTEGER PRIMARY KEY,
                    case_id INTEGER NOT NULL REFERENCES cases (id),
                    in_reply_to INTEGER NOT NULL REFERENCES posts (id),
                    text TEXT NOT NULL,
                    voice TEXT,
                    risk_score INTEGER NOT NULL,
                    -- one reason a line, most points first
                    risk_reasons TEXT NOT NULL,
                    requested_by INTEGER NOT NULL REFERENCES agents (id),
                    requested_at INTEGER NOT NULL,
                    state TEXT NOT NULL,
                    decided_by INTEGER REFERENCES agents (id),
                    decided_at INTEGER,
                    note TEXT,
                    sent_post_id INTEGER REFERENCES posts (id)
                );
                CREATE INDEX approvals_by_state ON approvals (state, requested_at);
                CREATE INDEX approvals_by_case ON approvals (case_id);
                -- the latest approval's state on the case, so the queue can show it without a join per row
                ALTER TABLE cases ADD COLUMN approval TEXT;
                """)
        }
        migrator.registerRecordingVersion("v3: team work") { db in
            try db.execute(sql: """
                -- 0 low, 1 normal, 2 high, 3 urgent: from what the waiting customer wrote and their reach
                ALTER TABLE cases ADD COLUMN priority INTEGER NOT NULL DEFAULT 1;
                ALTER TABLE cases ADD COLUMN assignee_id INTEGER REFERENCES agents (id);
                -- a lease: the agent replying holds the case until it runs out unless renewed
                ALTER TABLE cases ADD COLUMN claimed_by INTEGER REFERENCES agents (id);
                ALTER TABLE cases ADD COLUMN claim_expires_at INTEGER;
                ALTER TABLE cases ADD COLUMN snoozed_until INTEGER;
                CREATE INDEX cases_by_status ON cases (status, last_activity_at);
                CREATE INDEX cases_by_assignee ON cases (assignee_id, last_activity_at);
                CREATE TABLE case_tags (
                    case_id INTEGER NOT NULL REFERENCES cases (id),
                    tag TEXT NOT NULL,
                    PRIMARY KEY (case_id, tag)
                ) WITHOUT ROWID;
                CREATE INDEX case_tags_by_tag ON case_tags (tag, case_id);
                CREATE TABLE notes (
                    id INTEGER PRIMARY KEY,
                    case_id INTEGER NOT NULL REFERENCES cases (id),
                    agent_id INTEGER NOT NULL REFERENCES agents (id),
                    text TEXT NOT NULL,
                    created_at INTEGER NOT NULL
                );
                CREATE INDEX notes_by_case ON notes (case_id);
                -- full-text search over what was posted, one row per post whose rowid carries its case
                -- (\(PostSearchKey.sql("case_id", "id"))): a search finds cases without reading a post. Contentless:
                -- the posts table holds the text, and posts are never changed or deleted.
                CREATE VIRTUAL TABLE post_text USING fts5 (
                    text, content = '', tokenize = 'unicode61 remove_diacritics 2'
                );
                INSERT INTO post_text (rowid, text) SELECT \(PostSearchKey.sql("case_id", "id")), text FROM posts ORDER BY 1;
                """)
        }
        migrator.registerRecordingVersion("v4: search by author") { db in
            try db.execute(sql: """
                CREATE INDEX accounts_by_handle ON accounts (handle COLLATE NOCASE);
                CREATE INDEX posts_by_account ON posts (account_id);
                """)
        }
        migrator.registerRecordingVersion("v5: reply voice and risk") { db in
            try db.execute(sql: """
                -- our replies: the voice they were written in and their risk score when sent, for training reports
                ALTER TABLE posts ADD COLUMN voice TEXT;
                ALTER TABLE posts ADD COLUMN risk INTEGER;
                """)
        }
        migrator.registerRecordingVersion("v6: dashboard") { db in
            try db.execute(sql: """
                -- the dashboard's figures without reading every post or case: replies by when they were sent,
                -- waiting cases by the SLA target that applies to them, assignments with their status, live claims
                CREATE INDEX posts_replies_by_time ON posts (created_at) WHERE sent_by_agent_id IS NOT NULL;
                CREATE INDEX cases_waiting ON cases (network, priority, waiting_since)
                    WHERE waiting_since IS NOT NULL AND status IN ('new', 'open');
                CREATE INDEX cases_assigned ON cases (assignee_id, status) WHERE assignee_id IS NOT NULL;
                CREATE INDEX cases_claimed ON cases (claim_expires_at, claimed_by) WHERE claimed_by IS NOT NULL;
                """)
        }
        migrator.registerRecordingVersion("v7: people by login, team risk rules, audit chain") { db in
            try db.execute(sql: """
                -- who someone is: their operating-system user; a name without a login works on a training store only
                ALTER TABLE agents ADD COLUMN login TEXT;
                CREATE UNIQUE INDEX agents_by_login ON agents (login) WHERE login IS NOT NULL;
                -- the team's risk rules, every version kept: replies record the one they were judged by
                CREATE TABLE risk_rules (
                    version INTEGER PRIMARY KEY,
                    text TEXT NOT NULL,
                    set_by TEXT NOT NULL,
                    set_at INTEGER NOT NULL
                );
                CREATE TRIGGER risk_rules_no_update BEFORE UPDATE ON risk_rules
                    BEGIN SELECT RAISE(ABORT, 'risk rules are kept as they were set'); END;
                CREATE TRIGGER risk_rules_no_delete BEFORE DELETE ON risk_rules
                    BEGIN SELECT RAISE(ABORT, 'risk rules are kept as they were set'); END;
                ALTER TABLE posts ADD COLUMN risk_rules_version INTEGER;
                -- a supervisor who changed the text before approving it: the final words are theirs
                ALTER TABLE posts ADD COLUMN edited_by_agent_id INTEGER REFERENCES agents (id);
                ALTER TABLE approvals ADD COLUMN rules_version INTEGER;
                -- the audit log as a hash chain: each row the hash of the one before and its own (AuditChain)
                ALTER TABLE audit ADD COLUMN previous_hash TEXT;
                ALTER TABLE audit ADD COLUMN hash TEXT;
                DROP TRIGGER audit_no_update;
                """)
            var previous = AuditChain.genesis
            for row in try Row.fetchAll(db, sql: "SELECT id, at, agent, action, case_id, detail FROM audit ORDER BY id") {
                let hash = AuditChain.hash(try row.auditEntry(), after: previous)
                try db.execute(sql: "UPDATE audit SET previous_hash = ?, hash = ? WHERE id = ?",
                               arguments: [previous, hash, row["id"] as Int64])
                previous = hash
            }
            try db.execute(sql: """
                CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                -- a store that played a demo was a training store
                INSERT INTO meta (key, value) SELECT '\(TrainingFlag.key)', '1' WHERE EXISTS (
                    SELECT 1 FROM meta WHERE key = 'demo.name');
                """)
        }
        migrator.registerRecordingVersion(SentReplyGuard.migrationName) { db in
            // `riposte audit replies` asks of every sent reply whether an approval sent it.
            try db.execute(sql: SentReplyGuard.approvalsBySentPost)
        }
        migrator.registerRecordingVersion(PostIdentity.migrationName) { db in
            try SQLiteInboxStore.rebuildPostsUniqueByNetwork(db)
            try db.execute(sql: PostIdentity.awaitingParentIndex)
        }
        migrator.registerRecordingVersion(ImportChunks.migrationName) { db in
            try db.execute(sql: ImportChunks.schema)
        }
        migrator.registerRecordingVersion(Self.accountsByRoleName) { db in
            try db.execute(sql: Self.accountsByRole)
        }
        migrator.registerRecordingVersion(QueueOrder.migrationName) { db in
            for statement in QueueOrder.sqliteMigration { try db.execute(sql: statement) }
        }
        migrator.registerRecordingVersion(ConnectorTables.migrationName) { db in
            for statement in ConnectorTables.sqlite { try db.execute(sql: statement) }
        }
        migrator.registerRecordingVersion(CaseTally.migrationName) { db in
            for statement in CaseTally.sqlite { try db.execute(sql: statement) }
        }
        return migrator
    }
}

extension SQLiteInboxStore {
    /// SQLite cannot change a table's constraints: the posts table is made again with its id unique per network,
    /// as SQLite's manual says (new table, copy, drop, rename, indexes and triggers again); the migrator checks
    /// every foreign key before it commits.
    static func rebuildPostsUniqueByNetwork(_ db: Database) throws {
        guard let table = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'posts'"),
              table.contains("external_id TEXT NOT NULL UNIQUE"), let end = table.lastIndex(of: ")") else {
            throw StoreError.database("the posts table is not as v8 left it")
        }
        let rebuilt = table[..<end].replacingOccurrences(of: "external_id TEXT NOT NULL UNIQUE", with: "external_id TEXT NOT NULL")
            .replacingOccurrences(of: "CREATE TABLE posts (", with: "CREATE TABLE posts_rebuilt (")
            + ",\n    UNIQUE (network, external_id))"
        let dependents = try String.fetchAll(db, sql: """
            SELECT sql FROM sqlite_master WHERE tbl_name = 'posts' AND type IN ('index', 'trigger') AND sql IS NOT NULL
            """)
        try db.execute(sql: rebuilt)
        try db.execute(sql: "INSERT INTO posts_rebuilt SELECT * FROM posts")
        try db.execute(sql: "DROP TABLE posts")
        try db.execute(sql: "ALTER TABLE posts_rebuilt RENAME TO posts")
        for statement in dependents { try db.execute(sql: statement) }
    }

    /// The migrations the file has had, in order; none for a file that does not exist yet.
    static func appliedMigrations(path: String) throws -> [String] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        var configuration = Configuration()
        configuration.readonly = true
        do {
            return try DatabaseQueue(path: path, configuration: configuration).read { db in
                guard try db.tableExists("grdb_migrations") else { return [] }
                return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
            }
        } catch {
            throw StoreError.cannotOpen(path: path, reason: message(error))
        }
    }
}

extension DatabaseMigrator {
    /// Registers a migration that also records, in its own transaction, this Riposte as the one that last migrated
    /// the store.
    mutating func registerRecordingVersion(_ name: String, migrate: @escaping @Sendable (Database) throws -> Void) {
        registerMigration(name) { db in
            try migrate(db)
            try db.recordMigratedBy()
        }
    }
}
