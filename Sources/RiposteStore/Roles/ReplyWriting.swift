import Foundation
import RiposteCore

/// Drafts, replies and the approvals that gate them.
public protocol ReplyWriting: Sendable {
    func saveDraft(_ draft: Draft, by agent: String, at time: Date) throws
    func deleteDraft(on caseID: CaseID, by agent: String) throws
    /// Posts our reply from the brand account of the case's network, marks the case replied and audits it. The reply
    /// is judged again by the team's rules first (`needsApproval` if a supervisor must see it), and any request still
    /// waiting on the case is superseded.
    @discardableResult
    func sendReply(_ reply: OutgoingReply, by agent: String, at time: Date) throws -> ThreadPost
    /// Submits a risky reply for a supervisor; the agent's draft on the case becomes the request.
    @discardableResult
    func requestApproval(_ request: OutgoingReply, by agent: String, at time: Date) throws -> ApprovalID
    /// Requests in a state, the longest waiting first.
    func approvals(in state: Approval.State, limit: Int) throws -> [Approval]
    func approval(_ id: ApprovalID) throws -> Approval?
    /// Sends the reply (with a supervisor's edits, if any) as its agent's, approved by `supervisor`. A supervisor's
    /// own request needs another supervisor; the team's only one gives `ownReason` instead, which is audited.
    @discardableResult
    func approve(_ id: ApprovalID, editedText: String?, ownReason: String?, by supervisor: String, at time: Date) throws
        -> ThreadPost
    /// Sends again a reply that failed to go out to its network.
    func retryReply(_ post: PostID, by agent: String, at time: Date) throws
    /// Takes back a reply that has not gone out to its network.
    func withdrawReply(_ post: PostID, by agent: String, at time: Date) throws
    /// Turns the reply down with a reason its agent sees on the case; the text goes back to them as a draft.
    func reject(_ id: ApprovalID, reason: String, by supervisor: String, at time: Date) throws
}
