import Foundation
import RiposteCore

/// A reply as it went out: what the sending process said of its risk, and whether an approval sent it.
public struct SentReply: Hashable, Sendable {
    public var id: PostID
    public var caseID: CaseID
    public var inReplyTo: PostID
    public var text: String
    public var voice: String?
    /// The score stored with it; nil on a reply sent before scores were kept.
    public var risk: Int?
    /// The team's rules it says it was judged by; nil for the built-in rules.
    public var rulesVersion: Int?
    public var sentBy: String
    public var sentAt: Date
    public var approved: Bool

    /// The replies sent since a time, oldest first: the same query on both databases.
    static let query = """
        SELECT p.id, p.case_id, p.parent_id, p.text, p.voice, p.risk, p.risk_rules_version, p.created_at,
               g.name AS agent,
               CASE WHEN EXISTS (SELECT 1 FROM approvals a WHERE a.sent_post_id = p.id AND a.state = 'approved')
                   THEN 1 ELSE 0 END AS approved
        FROM posts p JOIN agents g ON g.id = p.sent_by_agent_id
        WHERE p.sent_by_agent_id IS NOT NULL AND p.created_at >= ?
        ORDER BY p.created_at, p.id
        """
}

/// A sent reply the gate would have held, that no approval sent: its stored score was not the gate's, so it went round
/// Riposte (a database client, a changed program). On PostgreSQL nobody can send as someone else or without a score
/// (the database refuses); what the database cannot judge for itself, this finds afterwards.
public struct UngatedReply: Hashable, Sendable {
    public var reply: SentReply
    /// What the gate makes of it now, by the rules it was sent under.
    public var score: Int
    public var threshold: Int
    public var reasons: [String]
}

extension InboxStore {
    /// Every reply sent since `time` judged again, as the gate judges, by the rules version it was sent under: those
    /// that needed an approval and had none.
    public func ungatedReplies(since time: Date) throws -> (checked: Int, ungated: [UngatedReply]) {
        var rulesByVersion: [Int: RiskRules] = [:]
        var ungated: [UngatedReply] = []
        let replies = try sentReplies(since: time)
        for reply in replies where !reply.approved {
            let version = reply.rulesVersion ?? 0
            if rulesByVersion[version] == nil {
                rulesByVersion[version] = version == 0 ? .builtin : try teamRiskRules(version: version)?.rules ?? .builtin
            }
            let rules = rulesByVersion[version] ?? .builtin
            guard var thread = try thread(reply.caseID, agent: "") else { continue }
            // Judged in the conversation as it stood when the reply went out.
            thread.posts.removeAll { $0.createdAt > reply.sentAt || $0.id == reply.id }
            let outgoing = OutgoingReply(caseID: reply.caseID, inReplyTo: reply.inReplyTo, text: reply.text,
                                         voice: reply.voice, riskScore: 0, riskReasons: [])
            let assessment = ReplyGate.assess(outgoing, in: thread, rules: rules)
            if rules.requiresApproval(assessment) {
                ungated.append(UngatedReply(reply: reply, score: assessment.score, threshold: rules.threshold,
                                            reasons: assessment.reasons.map { "+\($0.points) \($0.message)" }))
            }
        }
        return (replies.count, ungated)
    }
}

/// The v8 migration's parts both databases share.
enum SentReplyGuard {
    static let migrationName = "v8: sent replies are their sender's"
    static let approvalsBySentPost =
        "CREATE INDEX approvals_by_sent_post ON approvals (sent_post_id) WHERE sent_post_id IS NOT NULL"
}
