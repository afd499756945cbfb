import Foundation
import RiposteCore

/// Pages of a queue filtered by words. PostgreSQL's text index yields the posts holding the words, in no useful
/// order, and each costs a read to learn its case; so, as in the SQLite store, a page takes one of two ways, chosen
/// inside its statement by counting the matching posts up to a bound:
/// - few matches: their cases, sorted (a word in no post costs a fraction of a millisecond);
/// - many: the queue walked from the key, each case tested (`PostgresFilterSQL.someCasePost`, a few microseconds a
///   case), for a bounded number of cases.
///
/// Walking costs by the cases passed, sorting by the posts matched, and neither bounds the other: a word common in
/// the store but rare near the key (a storm of mentions at the other end of the queue) stops the first walk short.
/// The page then tries again past that point with larger bounds (`stages`), and at last sorts every match.
///
/// Server time on a million posts and 770,000 cases (2 busy cores, the server's default settings, a screen of 60):
/// a rare word 1-5 ms, a word in 4% of the posts 20-40 ms; a common word sought past a storm of 20,000 cases without
/// it, or the storm's word sought from the far end of the queue, 300-400 ms.
extension PostgresInboxStore {
    /// How a word page tries: under `sortBelow` matching posts it sorts their cases, else it walks `walk` cases.
    /// First a short walk, which common words fill at once (one case in 40 must match); then, when that stops short,
    /// a sort of up to 25,000 matches or a walk of 50,000 cases, each about 150-300 ms at worst.
    static func stages(_ limit: Int) -> [(sortBelow: Int, walk: Int)] {
        [(2000, max(2000, limit * 40)), (25_000, 50_000)]
    }

    static func wordPage(_ page: PostgresQueuePage, _ db: PostgresSQL) throws -> [QueueRow] {
        var found: [QueueRow] = []
        var rest = page
        for stage in stages(page.limit) {
            let branch = rest.filter.wordArguments + rest.conditionArguments + [rest.limit]
            let rows = try db.rows(stageStatement(rest, sortBelow: stage.sortBelow, walk: stage.walk), branch + branch)
            var stoppedAt: QueueKey?
            for row in rows {
                let queueRow = try row.queueRow()
                if try row.int("matched") == 1 { found.append(queueRow) }
                if try row.int("walked") == stage.walk { stoppedAt = queueRow.key }
            }
            guard let stoppedAt, found.count < page.limit else { return found }
            rest.key = stoppedAt
            rest.limit = page.limit - found.count
        }
        let words = PostgresFilterSQL.post(matching: page.filter.words.count)
        return found + (try db.rows("""
            \(queueSelect(from: "(\(sortedCases(rest, from: "SELECT w.case_id FROM posts w WHERE \(words)"))) c"))
            ORDER BY \(page.order)
            """, rest.filter.wordArguments + rest.conditionArguments + [rest.limit]).map { try $0.queueRow() })
    }

    /// The page by sorting the matches if there are fewer than `sortBelow`, else by a walk of `walk` cases at most.
    /// `walked` numbers the walk's cases, and the last one it may test comes back even if it does not match
    /// (`matched` 0), to say where the walk stopped. Placeholders: the words, `conditionArguments`, the limit, twice.
    static func stageStatement(_ page: PostgresQueuePage, sortBelow: Int, walk: Int) -> String {
        let words = page.filter.words.count
        // One branch runs, as the count of `hits` says (a condition on no row of the query is tested once, first).
        return """
            WITH hits AS MATERIALIZED (
                SELECT w.case_id FROM posts w WHERE \(PostgresFilterSQL.post(matching: words)) LIMIT \(sortBelow))
            \(queueSelect(from: """
                ((\(sortedCases(page, from: "SELECT case_id FROM hits",
                                when: "(SELECT count(*) FROM hits) < \(sortBelow)")))
                 UNION ALL
                 (SELECT c.* FROM (
                     SELECT c.*, (\(PostgresFilterSQL.someCasePost(matching: words)))::int AS matched,
                            row_number() OVER (ORDER BY \(page.order)) AS walked
                     FROM \(page.cases)
                     WHERE (SELECT count(*) FROM hits) >= \(sortBelow) AND \(page.conditions)
                     ORDER BY \(page.order) LIMIT \(walk)) c
                  WHERE c.matched = 1 OR c.walked = \(walk)
                  ORDER BY \(page.order) LIMIT ?)) c
                """, adding: ", c.matched, c.walked"))
            ORDER BY \(page.order)
            """
    }

    /// The page's cases among those `source` names (a query of `case_id`s), sorted; placeholders: the source's, then
    /// `conditionArguments` and the limit. `OFFSET 0` keeps the planner from turning the lookups by id into a walk
    /// of the whole queue, which it may think cheaper for a page.
    static func sortedCases(_ page: PostgresQueuePage, from source: String, when gate: String = "TRUE") -> String {
        """
        SELECT c.*, 1 AS matched, 0::bigint AS walked
        FROM (SELECT DISTINCT case_id FROM (\(source)) s) h
            CROSS JOIN LATERAL (SELECT * FROM cases c WHERE c.id = h.case_id OFFSET 0) c
        WHERE \(gate) AND \(page.conditions)
        ORDER BY \(page.order) LIMIT ?
        """
    }
}
