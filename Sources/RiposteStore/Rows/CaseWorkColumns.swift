import Foundation
import RiposteCore

/// The team's work on a case as rows carry it: priority, assignee, claim, tags, snooze, a reply not gone out.
///
/// The agents' names are subqueries rather than joins: on PostgreSQL each join in a page's statement costs the planner
/// more than the lookups themselves (about a millisecond a page), and a word search's pages are planned every time.
enum CaseWorkColumns {
    /// Needs the case as `c`. Tags in byte order, as both databases sort them.
    static func select(_ dialect: SQLDialect) -> String {
        """
        c.priority AS w_priority,
        (SELECT name FROM agents WHERE id = c.assignee_id) AS w_assignee,
        (SELECT name FROM agents WHERE id = c.claimed_by) AS w_claimant,
        c.claim_expires_at AS w_claim_expires, c.snoozed_until AS w_snoozed_until,
        \(dialect.spaceSeparated("tag", from: "case_tags", where: "case_id = c.id")) AS w_tags,
        (SELECT o.state FROM outbox o WHERE o.case_id = c.id AND o.state IN \(unsent)
         ORDER BY CASE o.state WHEN 'failed' THEN 0 ELSE 1 END, o.id DESC LIMIT 1) AS w_unsent
        """
    }

    /// An outbox row's states while its reply has not gone out; a failed one is what a case shows first.
    static let unsent = "('pending', 'sending', 'failed')"
}

extension StoreRow {
    func caseWork() throws -> CaseWork {
        let claimant = try optionalText("w_claimant")
        return CaseWork(
            priority: Priority(rank: Int(try int("w_priority"))), assignee: try optionalText("w_assignee"),
            claim: try claimant.map { Claim(agent: $0, expires: try optionalDate("w_claim_expires") ?? .distantPast) },
            tags: try optionalText("w_tags").map { $0.split(separator: " ").map(String.init) } ?? [],
            snoozedUntil: try optionalDate("w_snoozed_until"),
            unsentReply: try optionalText("w_unsent").flatMap(ReplyDelivery.State.init(rawValue:)))
    }
}
