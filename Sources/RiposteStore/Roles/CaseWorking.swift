import Foundation
import RiposteCore

/// The team's work on cases: opening, claiming, status, tags, assignment, notes.
public protocol CaseWorking: Sendable {
    /// Records that `agent` opened the case; a new case becomes open.
    func openCase(_ caseID: CaseID, by agent: String, at time: Date) throws
    /// The drafts and running claims `agent` has, which quitting would leave behind.
    func heldWork(of agent: String, at time: Date) throws -> HeldWork
    /// Claims the case for `agent` for `lease`: granted unless someone else holds it and their lease has not run
    /// out, or `takeOver` is asked for. Sending needs the claim.
    func claim(_ caseID: CaseID, by agent: String, at time: Date, lease: TimeInterval, takeOver: Bool) throws
        -> ClaimOutcome
    /// Extends the agent's claim; false when they no longer hold it (it ran out, or was taken over).
    func renewClaim(_ caseID: CaseID, by agent: String, at time: Date, lease: TimeInterval) throws -> Bool
    func releaseClaim(_ caseID: CaseID, by agent: String, at time: Date) throws
    /// Assigns cases (nil: unassigns); moving a colleague's case is a supervisor's.
    func assign(_ caseIDs: [CaseID], to assignee: String?, by actor: String, at time: Date) throws
    func setStatus(_ caseIDs: [CaseID], to status: CaseStatus, snoozedUntil: Date?, by agent: String, at time: Date)
        throws
    /// Snoozed cases whose time has come become open again; returns how many.
    @discardableResult
    func wakeSnoozed(at time: Date) throws -> Int
    func tag(_ caseIDs: [CaseID], adding: [String], removing: [String], by agent: String, at time: Date) throws
    /// An internal note on a case: never sent, shown in the thread to colleagues.
    func addNote(on caseID: CaseID, text: String, by agent: String, at time: Date) throws
}
