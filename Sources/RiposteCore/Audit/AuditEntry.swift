import Foundation

/// One row of the append-only audit log: who did what to which case, and when.
public struct AuditEntry: Hashable, Sendable {
    public var at: Date
    public var agent: String
    public var action: String
    public var caseID: CaseID?
    public var detail: String

    public init(at: Date, agent: String, action: String, caseID: CaseID?, detail: String) {
        self.at = at
        self.agent = agent
        self.action = action
        self.caseID = caseID
        self.detail = detail
    }
}
