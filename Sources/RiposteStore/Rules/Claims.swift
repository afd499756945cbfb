import Foundation
import RiposteCore

/// Claims: the agent replying holds the case for a lease they renew while working; nobody else can send on it until
/// they let go, the lease runs out (their process died), or someone takes it over on purpose. The same on both
/// databases.
///
/// Whoever decides on a claim first locks the case's row (PostgreSQL, where agents on several machines write at
/// once; SQLite lets one writer in at a time already): a second claimant waits for the first to commit and then reads
/// the claim the first one took, so two agents are never both granted the same case.
enum Claims {
    /// The lease an implicit claim gets (a reply sent on an unclaimed case).
    static let implicitLease: TimeInterval = 120

    static func claim(_ caseID: CaseID, by agent: String, login: String, at time: Date, lease: TimeInterval,
                      takeOver: Bool, _ db: some StoreTransaction) throws -> ClaimOutcome {
        try db.requireActor(agent, login: login)
        let agentID = try db.agentID(agent)
        guard let locked = try lockedClaim(of: caseID, db) else { throw StoreError.database("no case \(caseID)") }
        let holder = try self.holder(locked, me: (agentID, agent), db)
        let expires = time.addingTimeInterval(lease)
        if let holder, !mayClaim(holder, by: agent, at: time, takeOver: takeOver) { return .heldBy(holder) }
        try db.execute("UPDATE cases SET claimed_by = ?, claim_expires_at = ? WHERE id = ?",
                       [agentID, StoreTime.milliseconds(expires), caseID.rawValue])
        if let detail = auditDetail(over: holder, by: agent, at: time) {
            try db.appendAudit(AuditEntry(at: time, agent: agent, action: "case.claim", caseID: caseID, detail: detail))
        }
        return .granted(Claim(agent: agent, expires: expires))
    }

    /// One statement whose condition is the whole rule, so it is atomic on its own.
    static func renew(_ caseID: CaseID, by agent: String, login: String, at time: Date, lease: TimeInterval,
                      _ db: some StoreTransaction) throws -> Bool {
        try db.requireActor(agent, login: login)
        return try db.execute("""
            UPDATE cases SET claim_expires_at = ?
            WHERE id = ? AND claimed_by = (SELECT id FROM agents WHERE name = ?) AND claim_expires_at > ?
            """, [StoreTime.milliseconds(time.addingTimeInterval(lease)), caseID.rawValue, agent,
                  StoreTime.milliseconds(time)]) == 1
    }

    static func release(_ caseID: CaseID, by agent: String, login: String, at time: Date,
                        _ db: some StoreTransaction) throws {
        try db.requireActor(agent, login: login)
        let released = try db.execute("""
            UPDATE cases SET claim_expires_at = ?
            WHERE id = ? AND claimed_by = (SELECT id FROM agents WHERE name = ?) AND claim_expires_at > ?
            """, [StoreTime.milliseconds(time), caseID.rawValue, agent, StoreTime.milliseconds(time)])
        if released == 1 {
            try db.appendAudit(AuditEntry(at: time, agent: agent, action: "case.release", caseID: caseID,
                                          detail: "released"))
        }
    }

    /// Sending on a case needs its claim: the sender's own, or a free one, which they then take.
    static func ensure(_ caseID: CaseID, for agent: String, at time: Date, _ db: some StoreTransaction) throws {
        let agentID = try db.agentID(agent)
        if let locked = try lockedClaim(of: caseID, db), let holder = try holder(locked, me: (agentID, agent), db),
           holder.agent != agent, holder.isHeld(at: time) {
            throw StoreError.notAllowed("\(holder.agent) is replying on this case; take it over first")
        }
        let expires = StoreTime.milliseconds(time.addingTimeInterval(implicitLease))
        try db.execute("""
            UPDATE cases SET claimed_by = ?, claim_expires_at = \(db.dialect.greatest("COALESCE(claim_expires_at, 0)", "?"))
            WHERE id = ?
            """, [agentID, expires, caseID.rawValue])
    }

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

    /// A case's claim as it stands, its row locked until the transaction ends; nil when there is no such case.
    ///
    /// Only the case's own row is read: a join would lock nothing for an unclaimed case, and after waiting for
    /// another claimant PostgreSQL re-reads the locked row but not the rows joined to it.
    private static func lockedClaim(of caseID: CaseID, _ db: some StoreTransaction) throws
        -> (agentID: Int64?, expires: Date?)? {
        try db.row("SELECT claimed_by, claim_expires_at FROM cases WHERE id = ?\(db.dialect.lockingTheRows)",
                   [caseID.rawValue])
            .map { (agentID: try $0.optionalInt("claimed_by"), expires: try $0.optionalDate("claim_expires_at")) }
    }

    /// Who holds the claim, by name: `me` without asking, anyone else read after the lock, so that an agent who
    /// joined while this transaction waited is known.
    private static func holder(_ claim: (agentID: Int64?, expires: Date?), me: (id: Int64, name: String),
                               _ db: some StoreTransaction) throws -> Claim? {
        guard let agentID = claim.agentID, let expires = claim.expires else { return nil }
        if agentID == me.id { return Claim(agent: me.name, expires: expires) }
        return try db.text("SELECT name FROM agents WHERE id = ?", [agentID]).map { Claim(agent: $0, expires: expires) }
    }
}
