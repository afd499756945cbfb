import RiposteCore

/// The queue's order, the same on both databases: the longest wait first, by the time the AGE column counts from.
/// While a case waits on us that is its oldest unanswered mention, which new mentions in the same case do not move;
/// otherwise its latest activity. A generated column, so no write path has to keep it.
enum QueueOrder {
    static let migrationName = "v12: queue by the customer's wait"

    static let ageFrom = """
        CASE WHEN waiting_since IS NOT NULL AND status IN \(CaseStatus.servicedSQL) THEN waiting_since
             ELSE last_activity_at END
        """

    /// SQLite adds only virtual generated columns to a table that exists; its index stores the values. The indexes
    /// a status or an assignee pages through follow the new order, or a page sorts every case of that status.
    static let sqliteMigration = [
        "ALTER TABLE cases ADD COLUMN age_from INTEGER GENERATED ALWAYS AS (\(ageFrom)) VIRTUAL",
        "CREATE INDEX cases_by_age ON cases (age_from)",
        "DROP INDEX cases_by_status",
        "CREATE INDEX cases_by_status ON cases (status, age_from)",
        "DROP INDEX cases_by_assignee",
        "CREATE INDEX cases_by_assignee ON cases (assignee_id, age_from)",
        "CREATE INDEX cases_by_approval ON cases (approval, age_from) WHERE approval IS NOT NULL",
    ]

    /// PostgreSQL's B-tree on the case alone would sort a case's posts to find its first customer; SQLite's index
    /// holds the row id already.
    static let postgresMigration = [
        "ALTER TABLE cases ADD COLUMN age_from BIGINT GENERATED ALWAYS AS (\(ageFrom)) STORED",
        "CREATE INDEX cases_by_age ON cases (age_from, id)",
        "DROP INDEX cases_by_status",
        "CREATE INDEX cases_by_status ON cases (status, age_from, id)",
        "DROP INDEX cases_by_assignee",
        "CREATE INDEX cases_by_assignee ON cases (assignee_id, age_from, id)",
        "CREATE INDEX cases_by_approval ON cases (approval, age_from, id) WHERE approval IS NOT NULL",
        "CREATE INDEX posts_by_case_in_order ON posts (case_id, id)",
        "DROP INDEX posts_by_case",
    ]

    /// The post a queue row shows for the case `c`: its customer's first post (a thread a rival or the brand
    /// started is still the customer's case once one speaks), or its first mention where no customer posted.
    static let casePostID = """
        COALESCE((SELECT fp.id FROM posts fp JOIN accounts fa ON fa.id = fp.account_id
                  WHERE fp.case_id = c.id AND fa.role = 'customer' ORDER BY fp.id LIMIT 1),
                 (SELECT fp.id FROM posts fp WHERE fp.case_id = c.id AND fp.is_ours = 0 ORDER BY fp.id LIMIT 1),
                 c.latest_inbound_post_id)
        """

    /// The queue's columns for the case `c`: its post `p` and author `a`, and its latest mention's author `la`.
    static func select(_ dialect: SQLDialect) -> String {
        """
        SELECT c.id, c.network, c.status, c.age_from, c.last_activity_at, c.waiting_since, c.post_count, c.approval,
               substr(p.text, 1, 500) AS text, \(AccountColumns.select("a")),
               CASE WHEN p.id = c.latest_inbound_post_id THEN NULL ELSE la.handle END AS latest_handle,
               la.role AS latest_role, \(CaseWorkColumns.select(dialect))
        """
    }

    /// The joins behind `select`, for the cases `c`.
    static let joins = """
        JOIN posts p ON p.id = \(casePostID)
        JOIN accounts a ON a.id = p.account_id
        JOIN posts lp ON lp.id = c.latest_inbound_post_id
        JOIN accounts la ON la.id = lp.account_id
        """
}
