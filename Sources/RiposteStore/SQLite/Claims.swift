import Foundation
import GRDB
import RiposteCore

/// Claims: the agent replying holds the case for a lease they renew while working; nobody else can send on it
/// until they let go, the lease runs out (their process died), or someone takes it over on purpose.
extension SQLiteInboxStore {
    /// The lease an implicit claim gets (a reply sent on an unclaimed case).
    static let implicitLease: TimeInterval = 120

    public func claim(_ caseID: CaseID, by agent: String, at time: Date, lease: TimeInterval, takeOver: Bool) throws
        -> ClaimOutcome {
        try guarded {
            try pool.write { db in
                let agentID = try Self.agentID(agent, db)
                let holder = try Self.holder(of: caseID, db)
                let expires = time.addingTimeInterval(lease)
                if let holder, !ClaimRules.mayClaim(holder, by: agent, at: time, takeOver: takeOver) {
                    return .heldBy(holder)
                }
                try db.execute(sql: "UPDATE cases SET claimed_by = ?, claim_expires_at = ? WHERE id = ?",
                               arguments: [agentID, StoreTime.milliseconds(expires), caseID.rawValue])
                guard db.changesCount == 1 else { throw StoreError.database("no case \(caseID)") }
                if let detail = ClaimRules.auditDetail(over: holder, by: agent, at: time) {
                    try Self.audit(AuditEntry(at: time, agent: agent, action: "case.claim", caseID: caseID, detail: detail), db)
                }
                return .granted(Claim(agent: agent, expires: expires))
            }
        }
    }

    public func renewClaim(_ caseID: CaseID, by agent: String, at time: Date, lease: TimeInterval) throws -> Bool {
        try guarded {
            try pool.write { db in
                try db.execute(sql: """
                    UPDATE cases SET claim_expires_at = ?
                    WHERE id = ? AND claimed_by = (SELECT id FROM agents WHERE name = ?) AND claim_expires_at > ?
                    """, arguments: [StoreTime.milliseconds(time.addingTimeInterval(lease)), caseID.rawValue, agent,
                                     StoreTime.milliseconds(time)])
                return db.changesCount == 1
            }
        }
    }

    public func releaseClaim(_ caseID: CaseID, by agent: String, at time: Date) throws {
        try guarded {
            try pool.write { db in
                try db.execute(sql: """
                    UPDATE cases SET claim_expires_at = ?
                    WHERE id = ? AND claimed_by = (SELECT id FROM agents WHERE name = ?) AND claim_expires_at > ?
                    """, arguments: [StoreTime.milliseconds(time), caseID.rawValue, agent, StoreTime.milliseconds(time)])
                if db.changesCount == 1 {
                    try Self.audit(AuditEntry(at: time, agent: agent, action: "case.release", caseID: caseID,
                                              detail: "released"), db)
                }
            }
        }
    }

    static func holder(of caseID: CaseID, _ db: Database) throws -> Claim? {
        try Row.fetchOne(db, sql: """
            SELECT g.name, c.claim_expires_at FROM cases c JOIN agents g ON g.id = c.claimed_by WHERE c.id = ?
            """, arguments: [caseID.rawValue]).map { Claim(agent: $0[0], expires: $0.date("claim_expires_at")) }
    }

    /// Sending on a case needs its claim: the sender's own, or a free one, which they then take.
    static func ensureClaim(_ caseID: CaseID, for agent: String, at time: Date, _ db: Database) throws {
        if let holder = try holder(of: caseID, db), holder.agent != agent, holder.isHeld(at: time) {
            throw StoreError.notAllowed("\(holder.agent) is replying on this case; take it over first")
        }
        let expires = StoreTime.milliseconds(time.addingTimeInterval(implicitLease))
        try db.execute(sql: """
            UPDATE cases SET claimed_by = ?, claim_expires_at = MAX(COALESCE(claim_expires_at, 0), ?) WHERE id = ?
            """, arguments: [try agentID(agent, db), expires, caseID.rawValue])
    }
}
