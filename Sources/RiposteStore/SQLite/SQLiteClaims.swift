import Foundation
import GRDB
import RiposteCore

/// Claims (`Claims`), in SQLite's transactions.
extension SQLiteInboxStore {
    public func claim(_ caseID: CaseID, by agent: String, at time: Date, lease: TimeInterval, takeOver: Bool) throws
        -> ClaimOutcome {
        try guarded {
            try pool.write {
                try Claims.claim(caseID, by: agent, login: login, at: time, lease: lease, takeOver: takeOver, $0)
            }
        }
    }

    public func renewClaim(_ caseID: CaseID, by agent: String, at time: Date, lease: TimeInterval) throws -> Bool {
        try guarded { try pool.write { try Claims.renew(caseID, by: agent, login: login, at: time, lease: lease, $0) } }
    }

    public func releaseClaim(_ caseID: CaseID, by agent: String, at time: Date) throws {
        try guarded { try pool.write { try Claims.release(caseID, by: agent, login: login, at: time, $0) } }
    }
}
