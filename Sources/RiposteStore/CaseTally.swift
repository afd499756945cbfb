import RiposteCore

/// How many cases stand in each status, per network, priority and whether they wait on us, kept by the database
/// itself as cases come, change and go. The dashboard asks every few seconds; counting millions of cases each time
/// took longer than the refresh (ten million posts: 233 ms on SQLite, 565 ms on PostgreSQL for the backlog alone),
/// while the tally is a few dozen rows whatever the store's size.
///
/// `waiting` is 1 when `waiting_since` is set.
/// - SQLite: one row per key, changed in place; its writers take turns anyway. Changes and deletions are counted by
///   triggers, so that no path can forget them. Arrivals are counted by the one path that makes cases
///   (`PostInsertion`), in a statement of its own: a trigger on every insert made SQLite keep a copy of each page the
///   insert touched, in case the trigger failed half-way (a million-post import: 37 s to 58 s). A copy of a store
///   counts its cases again once they are in.
/// - PostgreSQL: writers run side by side, and one counter row per key would make every import, connector and agent
///   that touches a case of that key queue behind each other until commit (and deadlock in turn). So each statement
///   adds rows of differences instead (one per key it changed, whatever the rows it touched), from statement
///   triggers, and readers fold them into one per key first (`riposte_fold_case_tally`).
enum CaseTally {
    static let migrationName = "v14: cases tallied by status"

    /// Each key's count; on PostgreSQL the sum of its rows of differences.
    static let readSQL = """
        SELECT status, network, priority, waiting, CAST(SUM(cases) AS BIGINT) AS cases FROM case_tally
        GROUP BY status, network, priority, waiting
        """

    /// The cases of `table` counted per key as the tally holds them, on both databases; `sign` "-" for cases gone.
    static func countSQL(of table: String = "cases", sign: String = "") -> String {
        """
        SELECT status, network, priority, CASE WHEN waiting_since IS NULL THEN 0 ELSE 1 END AS waiting,
               \(sign)COUNT(*) AS cases
        FROM \(table) GROUP BY status, network, priority, CASE WHEN waiting_since IS NULL THEN 0 ELSE 1 END
        """
    }

    /// Cases of a network and priority waiting on us since after a time: those that have not yet waited as long as
    /// their target, found through the index of waiting cases. Parameters by default, or the caller's expressions.
    static func waitedLessSQL(network: String = "?", priority: String = "?", since: String = "?") -> String {
        """
        SELECT COUNT(*) AS cases FROM cases
        WHERE network = \(network) AND priority = \(priority) AND waiting_since IS NOT NULL
            AND status IN \(CaseStatus.servicedSQL) AND waiting_since > \(since)
        """
    }

    static let sqlite = [
        """
        CREATE TABLE case_tally (
            status TEXT NOT NULL,
            network TEXT NOT NULL,
            priority INTEGER NOT NULL,
            waiting INTEGER NOT NULL,
            cases INTEGER NOT NULL,
            PRIMARY KEY (status, network, priority, waiting)
        ) WITHOUT ROWID
        """,
        """
        CREATE TRIGGER cases_tally_delete AFTER DELETE ON cases BEGIN
            \(sqliteCount("OLD", by: "- 1"));
        END
        """,
        // Most changes to a case (its latest post, a claim, a draft's time) leave its key as it was.
        """
        CREATE TRIGGER cases_tally_update AFTER UPDATE OF status, network, priority, waiting_since ON cases
        WHEN OLD.status IS NOT NEW.status OR OLD.network IS NOT NEW.network OR OLD.priority IS NOT NEW.priority
            OR (OLD.waiting_since IS NULL) <> (NEW.waiting_since IS NULL)
        BEGIN
            \(sqliteCount("OLD", by: "- 1"));
            \(sqliteCount("NEW", by: "+ 1"));
        END
        """,
    ] + sqliteRecount

    /// Counts every case afresh: when the tally is made, and after a copy has brought cases in.
    static let sqliteRecount = [
        "DELETE FROM case_tally",
        "INSERT INTO case_tally (status, network, priority, waiting, cases) \(countSQL())",
    ]

    /// Counts a case `PostInsertion` made; placeholders: its status, network, priority and `waiting_since`.
    static let sqliteArrival = """
        INSERT INTO case_tally (status, network, priority, waiting, cases) VALUES (?, ?, ?, ? IS NOT NULL, 1)
        ON CONFLICT (status, network, priority, waiting) DO UPDATE SET cases = cases + 1
        """

    /// Adds `change` to the count of the key of the case `row` (`NEW` or `OLD`).
    private static func sqliteCount(_ row: String, by change: String) -> String {
        """
        INSERT INTO case_tally (status, network, priority, waiting, cases)
            VALUES (\(row).status, \(row).network, \(row).priority, \(row).waiting_since IS NOT NULL, 0 \(change))
            ON CONFLICT (status, network, priority, waiting) DO UPDATE SET cases = cases \(change)
        """
    }

    /// PostgreSQL allows a transition table on a trigger of one event only, hence three triggers on one function.
    /// The function runs as the tables' owner: agents may read the tally, not write it.
    static let postgres = [
        """
        CREATE TABLE case_tally (
            status TEXT NOT NULL,
            network TEXT NOT NULL,
            priority BIGINT NOT NULL,
            waiting INTEGER NOT NULL,
            cases BIGINT NOT NULL
        )
        """,
        "INSERT INTO case_tally (status, network, priority, waiting, cases) \(countSQL())",
        """
        CREATE FUNCTION riposte_tally_cases() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path FROM CURRENT AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                INSERT INTO case_tally (status, network, priority, waiting, cases)
                \(countSQL(of: "arrived_cases"));
            ELSIF TG_OP = 'DELETE' THEN
                INSERT INTO case_tally (status, network, priority, waiting, cases)
                \(countSQL(of: "gone_cases", sign: "-"));
            ELSE
                INSERT INTO case_tally (status, network, priority, waiting, cases)
                SELECT status, network, priority, waiting, SUM(change) FROM (
                    SELECT status, network, priority, (waiting_since IS NOT NULL)::int AS waiting, 1 AS change
                    FROM changed_cases
                    UNION ALL
                    SELECT status, network, priority, (waiting_since IS NOT NULL)::int, -1 FROM unchanged_cases
                ) changes
                GROUP BY 1, 2, 3, 4 HAVING SUM(change) <> 0;
            END IF;
            RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER cases_tally_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS arrived_cases
            FOR EACH STATEMENT EXECUTE FUNCTION riposte_tally_cases()
        """,
        """
        CREATE TRIGGER cases_tally_update AFTER UPDATE ON cases
            REFERENCING OLD TABLE AS unchanged_cases NEW TABLE AS changed_cases
            FOR EACH STATEMENT EXECUTE FUNCTION riposte_tally_cases()
        """,
        """
        CREATE TRIGGER cases_tally_delete AFTER DELETE ON cases REFERENCING OLD TABLE AS gone_cases
            FOR EACH STATEMENT EXECUTE FUNCTION riposte_tally_cases()
        """,
        // One statement: a reader sees the rows before the fold or after it, which sum the same. Two readers folding
        // at once are safe too: a row the other deleted first is skipped, never counted twice.
        """
        CREATE FUNCTION riposte_fold_case_tally() RETURNS void LANGUAGE sql SECURITY DEFINER
        SET search_path FROM CURRENT AS $$
            WITH folded AS (DELETE FROM case_tally RETURNING *)
            INSERT INTO case_tally (status, network, priority, waiting, cases)
            SELECT status, network, priority, waiting, SUM(cases) FROM folded
            GROUP BY status, network, priority, waiting HAVING SUM(cases) <> 0
        $$
        """,
        """
        DO $$ BEGIN
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '\(PostgresRoles.agents)') THEN
                GRANT SELECT ON case_tally TO \(PostgresRoles.agents);
            END IF;
        END $$
        """,
    ]

    /// A network and priority's service target as a time: a case waiting on us since then or earlier has breached.
    struct ServiceLine: Hashable, Sendable {
        var network: Network
        var priority: Priority
        var breachedIfWaitingSince: Int64

        /// Every network and priority, at a moment.
        static func all(at now: Int64, _ serviceLevels: ServiceLevels) -> [ServiceLine] {
            Network.allCases.flatMap { network in
                Priority.allCases.map { priority in
                    ServiceLine(network: network, priority: priority, breachedIfWaitingSince: now
                        - Int64(serviceLevels.target(for: network, priority: priority) * 1000))
                }
            }
        }
    }

    /// A network and priority as the store writes them.
    struct Bucket: Hashable, Sendable {
        var network: String
        var priority: Int64

        init(network: String, priority: Int64) {
            self.network = network
            self.priority = priority
        }

        init(_ line: ServiceLine) {
            self.init(network: line.network.rawValue, priority: Int64(line.priority.rank))
        }
    }

    /// The tally's rows, read by `readSQL`.
    struct Counts: Sendable {
        private(set) var backlog = Dictionary(uniqueKeysWithValues: CaseStatus.allCases.map { ($0, 0) })
        private var waitingOnUs: [Bucket: Int] = [:]

        /// Adds a row of `readSQL`, its count in the column `count`.
        mutating func add(_ row: some StoreRow, count: String = "cases") throws {
            let status: CaseStatus = try row.enumValue("status"), cases = Int(try row.int(count))
            backlog[status, default: 0] += cases
            if try row.flag("waiting") && status.runsServiceClock {
                waitingOnUs[Bucket(network: try row.text("network"), priority: try row.int("priority")), default: 0]
                    += cases
            }
        }

        /// Cases waiting on us past their target now: every case of the line waiting on us, less those waiting for
        /// less than the target, which are no more than the cases that came in that long (`waitedLessSQL`).
        func breached(_ lines: [ServiceLine], waitedLess: (ServiceLine) throws -> Int) rethrows -> Int {
            try lines.reduce(0) { sum, line in
                sum + (waitingOnUs[Bucket(line)] ?? 0) - (try waitedLess(line))
            }
        }
    }
}
