import Foundation
import RiposteCore

/// What agents change on cases (`CaseChanges`), in PostgreSQL's transactions.
extension PostgresInboxStore {
    public func setStatus(_ caseIDs: [CaseID], to status: CaseStatus, snoozedUntil: Date?, by agent: String,
                          at time: Date) throws {
        try link.write {
            try CaseChanges.setStatus(caseIDs, to: status, snoozedUntil: snoozedUntil, by: agent, login: login,
                                      at: time, $0)
        }
    }

    @discardableResult
    public func wakeSnoozed(at time: Date) throws -> Int {
        try link.write { try CaseChanges.wakeSnoozed(at: time, $0) }
    }

    public func assign(_ caseIDs: [CaseID], to assignee: String?, by actor: String, at time: Date) throws {
        try link.write { try CaseChanges.assign(caseIDs, to: assignee, by: actor, login: login, at: time, $0) }
    }

    public func tag(_ caseIDs: [CaseID], adding: [String], removing: [String], by agent: String, at time: Date) throws {
        try link.write {
            try CaseChanges.tag(caseIDs, adding: adding, removing: removing, by: agent, login: login, at: time, $0)
        }
    }

    public func addNote(on caseID: CaseID, text: String, by agent: String, at time: Date) throws {
        try link.write { try CaseChanges.addNote(on: caseID, text: text, by: agent, login: login, at: time, $0) }
    }

    public func openCase(_ caseID: CaseID, by agent: String, at time: Date) throws {
        try link.write { try CaseChanges.open(caseID, by: agent, login: login, at: time, $0) }
    }
}
