import Foundation
import RiposteCore

/// Claims, as the SQLite store keeps them: the agent replying holds the case for a lease they renew while working.
///
/// SQLite lets one writer in at a time; here agents on several machines write at once, so whoever decides on a claim
/// first locks the case's row (`FOR UPDATE`) inside the write: a second claimant waits for the first to commit and
/// then reads the claim the first one took, so two agents are never both granted the same case.
extension PostgresInboxStore {
    /// The lease an implicit claim gets (a reply sent on an unclaimed case).
    static let implicitLease: TimeInterval = 120

    public func claim(_ caseID: CaseID, by agent: String, at time: Date, lease: TimeInterval, takeOver: Bool) throws
        -> ClaimOutcome {
        try link.write { db in
            let agentID = try Self.agentID(agent, db)
            guard let lockedClaim = try Self.lockedClaim(of: caseID, db) else {
                throw StoreError.database("no case \(caseID)")
            }
            let holder = try Self.holder(lockedClaim, me: (agentID, agent), db)
            let expires = time.addingTimeInterval(lease)
            if let holder, !ClaimRules.mayClaim(holder, by: agent, at: time, takeOver: takeOver) {
                return .heldBy(holder)
            }
            try db.execute("UPDATE cases SET claimed_by = ?, claim_expires_at = ? WHERE id = ?",
                           [agentID, StoreTime.milliseconds(expires), caseID.rawValue])
            if let detail = ClaimRules.auditDetail(over: holder, by: agent, at: time) {
                try Self.audit(AuditEntry(at: time, agent: agent, action: "case.claim", caseID: caseID, detail: detail), db)
            }
            return .granted(Claim(agent: agent, expires: expires))
        }
    }

    /// One statement whose condition is the whole rule, so it is atomic on its own.
    public func renewClaim(_ caseID: CaseID, by agent: String, at time: Date, lease: TimeInterval) throws -> Bool {
        try link.write { db in
            try db.execute("""
                UPDATE cases SET claim_expires_at = ?
                WHERE id = ? AND claimed_by = (SELECT id FROM agents WHERE name = ?) AND claim_expires_at > ?
                """, [StoreTime.milliseconds(time.addingTimeInterval(lease)), caseID.rawValue, agent,
                      StoreTime.milliseconds(time)]) == 1
        }
    }

    public func releaseClaim(_ caseID: CaseID, by agent: String, at time: Date) throws {
        try link.write { db in
            let released = try db.execute("""
                UPDATE cases SET claim_expires_at = ?
                WHERE id = ? AND claimed_by = (SELECT id FROM agents WHERE name = ?) AND claim_expires_at > ?
                """, [StoreTime.milliseconds(time), caseID.rawValue, agent, StoreTime.milliseconds(time)])
            if released == 1 {
                try Self.audit(AuditEntry(at: time, agent: agent, action: "case.release", caseID: caseID,
                                          detail: "released"), db)
            }
        }
    }

    /// Sending on a case needs its claim: the sender's own, or a free one, which they then take.
    static func ensureClaim(_ caseID: CaseID, for agent: String, at time: Date, _ db: PostgresSQL) throws {
        let agentID = try Self.agentID(agent, db)
        if let lockedClaim = try Self.lockedClaim(of: caseID, db),
           let holder = try Self.holder(lockedClaim, me: (agentID, agent), db),
           holder.agent != agent, holder.isHeld(at: time) {
            throw StoreError.notAllowed("\(holder.agent) is replying on this case; take it over first")
        }
        let expires = StoreTime.milliseconds(time.addingTimeInterval(implicitLease))
        try db.execute("""
            UPDATE cases SET claimed_by = ?, claim_expires_at = GREATEST(COALESCE(claim_expires_at, 0), ?) WHERE id = ?
            """, [agentID, expires, caseID.rawValue])
    }

    /// A case's claim as it stands, its row locked until the transaction ends; nil when there is no such case.
    ///
    /// Only the case's own row is read: a join would lock nothing for an unclaimed case, and after waiting for
    /// another claimant PostgreSQL re-reads the locked row but not the rows joined to it.
    private static func lockedClaim(of caseID: CaseID, _ db: PostgresSQL) throws
        -> (agentID: Int64?, expires: Date?)? {
        try db.row("SELECT claimed_by, claim_expires_at FROM cases WHERE id = ? FOR UPDATE", [caseID.rawValue])
            .map { (agentID: try $0.optionalInt("claimed_by"), expires: try $0.optionalDate("claim_expires_at")) }
    }

    /// Who holds the claim, by name: `me` without asking, anyone else read after the lock, so that an agent who
    /// joined while this transaction waited is known.
    private static func holder(_ claim: (agentID: Int64?, expires: Date?), me: (id: Int64, name: String),
                               _ db: PostgresSQL) throws -> Claim? {
        guard let agentID = claim.agentID, let expires = claim.expires else { return nil }
        if agentID == me.id { return Claim(agent: me.name, expires: expires) }
        return try db.text("SELECT name FROM agents WHERE id = ?", [agentID]).map { Claim(agent: $0, expires: expires) }
    }
}
