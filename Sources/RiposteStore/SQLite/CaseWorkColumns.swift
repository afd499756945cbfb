import Foundation
import GRDB
import RiposteCore

/// The team's work on a case as rows carry it: priority, assignee, claim, tags, snooze.
enum CaseWorkColumns {
    /// Needs the case as `c`; adds the assignee's and claimant's names.
    static let select = """
        c.priority AS w_priority, assignee.name AS w_assignee, claimant.name AS w_claimant,
        c.claim_expires_at AS w_claim_expires, c.snoozed_until AS w_snoozed_until,
        (SELECT group_concat(tag, ' ') FROM (SELECT tag FROM case_tags WHERE case_id = c.id ORDER BY tag)) AS w_tags
        """

    static let joins = """
        LEFT JOIN agents assignee ON assignee.id = c.assignee_id
        LEFT JOIN agents claimant ON claimant.id = c.claimed_by
        """
}

extension Row {
    func caseWork() -> CaseWork {
        let claimant: String? = self["w_claimant"]
        let tags: String? = self["w_tags"]
        return CaseWork(
            priority: Priority(rank: self["w_priority"]), assignee: self["w_assignee"],
            claim: claimant.map { Claim(agent: $0, expires: optionalDate("w_claim_expires") ?? .distantPast) },
            tags: tags.map { $0.split(separator: " ").map(String.init) } ?? [],
            snoozedUntil: optionalDate("w_snoozed_until"))
    }
}
