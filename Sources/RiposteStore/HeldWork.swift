import Foundation
import RiposteCore

/// The work an agent would leave behind by quitting: drafts waiting on cases, and claims still running. The same
/// statement on both databases.
public struct HeldWork: Hashable, Sendable {
    public var drafts: [CaseID]
    public var claims: [CaseID]

    public init(drafts: [CaseID], claims: [CaseID]) {
        self.drafts = drafts
        self.claims = claims
    }

    /// Each row: `kind` ('draft' or 'claim') and `case_id`. Arguments: the agent's name twice, then now (ms).
    static let sql = """
        SELECT 'draft' AS kind, d.case_id AS case_id FROM drafts d
        WHERE d.agent_id = (SELECT id FROM agents WHERE name = ?)
        UNION ALL
        SELECT 'claim' AS kind, c.id AS case_id FROM cases c
        WHERE c.claimed_by = (SELECT id FROM agents WHERE name = ?) AND c.claim_expires_at > ?
        ORDER BY case_id
        """

    init(rows: [(kind: String, caseID: Int64)]) {
        drafts = rows.filter { $0.kind == "draft" }.map { CaseID($0.caseID) }
        claims = rows.filter { $0.kind == "claim" }.map { CaseID($0.caseID) }
    }
}
