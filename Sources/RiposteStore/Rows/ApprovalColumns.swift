import Foundation
import RiposteCore

/// Approval requests as both databases read them: the request `ap`, who asked and decided, the post it answers and
/// the text that was sent, if it differs.
enum ApprovalColumns {
    static func select(where condition: String) -> String {
        """
        SELECT ap.id, ap.case_id, ap.text, ap.voice, ap.risk_score, ap.risk_reasons, ap.requested_at, ap.state,
               ap.decided_at, ap.note, ap.rules_version, requester.name AS requester, decider.name AS decider,
               sent.text AS sent_text,
               p.id AS post_id, p.external_id, p.parent_id, p.text AS post_text, p.created_at, p.is_ours,
               \(AccountColumns.select("a"))
        FROM approvals ap
        JOIN agents requester ON requester.id = ap.requested_by
        LEFT JOIN agents decider ON decider.id = ap.decided_by
        LEFT JOIN posts sent ON sent.id = ap.sent_post_id
        JOIN posts p ON p.id = ap.in_reply_to
        JOIN accounts a ON a.id = p.account_id
        WHERE \(condition)
        """
    }
}

extension StoreRow {
    func approval() throws -> Approval {
        let reasons = try text("risk_reasons")
        let text = try text("text"), sentText = try optionalText("sent_text")
        return Approval(
            id: ApprovalID(try int("id")), caseID: CaseID(try int("case_id")),
            inReplyTo: ThreadPost(id: PostID(try int("post_id")), externalID: try self.text("external_id"),
                                  parentID: try optionalInt("parent_id").map(PostID.init),
                                  author: try account(), text: try self.text("post_text"),
                                  createdAt: try date("created_at"), isOurs: try flag("is_ours"), sentBy: nil),
            text: text, voice: try optionalText("voice"),
            riskScore: Int(try int("risk_score")),
            riskReasons: reasons.isEmpty ? [] : reasons.components(separatedBy: "\n"),
            requestedBy: try self.text("requester"), requestedAt: try date("requested_at"),
            state: try enumValue("state"), decidedBy: try optionalText("decider"),
            decidedAt: try optionalDate("decided_at"), note: try optionalText("note"),
            rulesVersion: try optionalInt("rules_version").map { Int($0) }, sentText: sentText == text ? nil : sentText)
    }
}
