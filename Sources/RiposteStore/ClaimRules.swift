import Foundation
import RiposteCore

/// The claim rules both databases apply, in the same words: whether a claim is granted, and what the audit log
/// says about it.
enum ClaimRules {
    /// Whether `agent` may claim a case `holder` holds (or held) at `time`.
    static func mayClaim(_ holder: Claim?, by agent: String, at time: Date, takeOver: Bool) -> Bool {
        guard let holder, holder.agent != agent, holder.isHeld(at: time) else { return true }
        return takeOver
    }

    /// The audit row's detail for a claim granted over `holder`, or nil when the agent only renews their own.
    static func auditDetail(over holder: Claim?, by agent: String, at time: Date) -> String? {
        switch holder {
        case let holder? where holder.agent == agent && holder.isHeld(at: time): nil
        case let holder? where holder.agent != agent && holder.isHeld(at: time): "taken over from \(holder.agent)"
        case let holder? where holder.agent != agent: "\(holder.agent)'s claim had ended"
        default: "claimed"
        }
    }
}
