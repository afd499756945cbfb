import Foundation
import Logging
import RiposteCore
import RiposteStore
import RiposteUI

/// Carries out the effects reduce asks for, against the store, and reports each outcome back as actions.
public struct EffectRunner {
    public let store: any InboxStore
    public let agent: String
    public let clock: @Sendable () -> Date
    let logger: Logger

    public init(store: any InboxStore, agent: String, clock: @escaping @Sendable () -> Date, logger: Logger) {
        self.store = store
        self.agent = agent
        self.clock = clock
        self.logger = logger
    }

    public func run(_ effect: Effect) -> [Action] {
        do {
            switch effect {
            case let .loadQueue(request):
                return [.queueLoaded(try QueueWindowQuery.run(request, on: store))]
            case let .loadThread(caseID):
                guard let thread = try store.thread(caseID, agent: agent) else {
                    return [.effectFailed("Case \(caseID) is no longer in the store")]
                }
                return [.threadLoaded(thread)]
            case let .openCase(caseID):
                try store.openCase(caseID, by: agent, at: clock())
                return []
            case let .saveDraft(draft):
                let now = clock()
                try store.saveDraft(draft, by: agent, at: now)
                return [.draftSaved(draft.caseID, at: now)]
            case let .deleteDraft(caseID):
                try store.deleteDraft(on: caseID, by: agent)
                return []
            case let .sendReply(caseID, parent, text):
                let post = try store.sendReply(on: caseID, inReplyTo: parent, text: text, by: agent, at: clock())
                logger.info("reply sent", metadata: ["case": "\(caseID.rawValue)", "post": "\(post.externalID)"])
                return [.replySent(caseID, post)]
            case let .requestApproval(request):
                try store.requestApproval(request, by: agent, at: clock())
                logger.info("approval requested", metadata: ["case": "\(request.caseID.rawValue)",
                                                             "risk": "\(request.riskScore)"])
                return [.approvalRequested(request.caseID)]
            case .loadApprovals:
                return [.approvalsLoaded(try store.approvals(in: .pending, limit: 500))]
            case let .approve(id, editedText):
                let post = try store.approve(id, editedText: editedText, by: agent, at: clock())
                return [.approvalDecided(id, sent: post)]
            case let .reject(id, reason):
                try store.reject(id, reason: reason, by: agent, at: clock())
                return [.approvalDecided(id, sent: nil)]
            case .quit:
                return []
            }
        } catch {
            logger.error("effect failed", metadata: ["effect": "\(effect)", "error": "\(error)"])
            return [.effectFailed(String(describing: error))]
        }
    }
}
