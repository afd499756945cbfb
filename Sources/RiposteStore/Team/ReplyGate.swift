import Foundation
import RiposteCore

/// The gate at the store's door: every reply is judged again here, by the team's rules and the conversation as the
/// store holds it, whatever the sending process said of it. A reply that needs a supervisor goes out only through an
/// approval.
enum ReplyGate {
    /// The reply's assessment by `rules`, reading the case's conversation: the post answered, what its author wrote
    /// before, the rivals and our own accounts in the thread.
    static func assess(_ reply: OutgoingReply, in thread: CaseThread, rules: RiskRules) -> RiskAssessment {
        let parent = thread.posts.first { $0.id == reply.inReplyTo }
        let earlier = thread.posts.filter { post in
            guard let parent else { return false }
            return post.author == parent.author && post.createdAt < parent.createdAt
        }.map(\.text)
        let rivals = Array(Set(thread.posts.filter { $0.author.role == .rival }.flatMap { [$0.author.handle, $0.author.name] }))
        let context = RiskContext(voice: reply.voice.flatMap { id in VoiceLibrary.builtin.first { $0.id == id } },
                                  recipient: parent?.author, answeredText: parent?.text, earlierPosts: earlier,
                                  rivalNames: rivals.sorted(), brandHandles: [thread.brand.handle])
        return RiskScorer.assess(reply.text, context: context, rules: rules)
    }
}

extension InboxStore {
    /// `reply` with its score and reasons as the store judges them (the team's rules, the conversation as stored),
    /// and the rules' version (nil for the built-in rules).
    func judged(_ reply: OutgoingReply) throws -> (reply: OutgoingReply, needsApproval: Bool, version: Int?) {
        guard let thread = try thread(reply.caseID, agent: "") else { throw StoreError.noSuchPost(reply.inReplyTo.rawValue) }
        let (rules, version) = try judgingRules()
        let assessment = ReplyGate.assess(reply, in: thread, rules: rules)
        var judged = reply
        judged.riskScore = assessment.score
        judged.riskReasons = assessment.reasons.map { "+\($0.points) \($0.message)" }
        return (judged, rules.requiresApproval(assessment), version == 0 ? nil : version)
    }

    /// `reply` as it may go out unseen, or `needsApproval` with the store's reasons.
    func admitted(_ reply: OutgoingReply) throws -> (reply: OutgoingReply, version: Int?) {
        let judged = try judged(reply)
        if judged.needsApproval {
            let rules = try judgingRules().rules
            throw StoreError.needsApproval(score: judged.reply.riskScore, threshold: rules.threshold,
                                           reasons: judged.reply.riskReasons)
        }
        return (judged.reply, judged.version)
    }
}
