import RiposteCore

/// What `riposte store check` looks for beyond the database's own checks: rows that contradict each other. The same
/// SQL on both databases; each finding is one line of text.
enum StoreCheck {
    static let consistency = """
        SELECT 'post ' || p.id || ' belongs to case ' || p.case_id || ', which does not exist'
        FROM posts p LEFT JOIN cases c ON c.id = p.case_id WHERE c.id IS NULL
        UNION ALL
        SELECT 'case ' || c.id || ' counts ' || c.post_count || ' posts but holds ' || COALESCE(x.n, 0)
        FROM cases c LEFT JOIN (SELECT case_id, COUNT(*) AS n FROM posts GROUP BY case_id) x ON x.case_id = c.id
        WHERE c.post_count <> COALESCE(x.n, 0)
        UNION ALL
        SELECT 'post ' || p.id || ' answers post ' || p.parent_id || ', which does not exist'
        FROM posts p LEFT JOIN posts q ON q.id = p.parent_id WHERE p.parent_id IS NOT NULL AND q.id IS NULL
        UNION ALL
        SELECT 'the dashboard tallies ' || COALESCE(t.cases, 0) || ' ' || COALESCE(t.status, c.status) || ' cases on '
            || COALESCE(t.network, c.network) || ' at priority ' || COALESCE(t.priority, c.priority)
            || CASE WHEN COALESCE(t.waiting, c.waiting) = 1 THEN ' waiting on us' ELSE '' END
            || ' but the store holds ' || COALESCE(c.cases, 0)
        FROM (\(CaseTally.readSQL)) t
        FULL JOIN (\(CaseTally.countSQL())) c ON c.status = t.status AND c.network = t.network AND c.priority = t.priority AND c.waiting = t.waiting
        WHERE COALESCE(t.cases, 0) <> COALESCE(c.cases, 0)
        """
}

extension TeamStore {
    /// Every problem the store's checks find, and the audit chain's first break; empty when all is well.
    /// `thorough: false` is the quick look an import takes before it writes.
    public func problems(thorough: Bool) throws -> [String] {
        var found = try databaseProblems(thorough: thorough)
        guard thorough else { return found }
        if let broken = AuditChain.firstBreak(in: try auditChain(last: nil)) {
            found.append("the audit chain is broken at \(broken)")
        }
        return found
    }
}
