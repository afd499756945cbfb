import Foundation
import RiposteCore

/// A brand account's connector as the store keeps it.
public struct ConnectorRecord: Hashable, Sendable {
    /// `ConnectedAccount.label`.
    public var account: String
    public var state: ConnectorState
    /// The `riposte connect` serving it (host and process), while its lease holds.
    public var holder: String?
    public var updatedAt: Date
}

extension ConnectorRecord {
    /// What every agent's status bar says of this account, if anything is wrong with it. An account served once and
    /// served no more is trouble too: its mentions stopped coming.
    public func trouble(at now: Date) -> String? {
        if state == .stopped { return "\(account): not served (is riposte connect running?)" }
        return state.isTrouble ? "\(account): \(state.describe(relativeTo: now))" : nil
    }
}

/// The connectors' rules, the same on both databases: one lease per account, read and written by the database's
/// clock, so that of several `riposte connect` on several machines exactly one serves it; the rest wait and take
/// over when its holder stops renewing.
enum ConnectorLeases {
    /// Takes or renews the lease of `account` for `holder` until `seconds` from now; false when another holds it.
    static func lease(_ account: String, for holder: String, seconds: TimeInterval,
                      _ db: some StoreTransaction) throws -> Bool {
        let now = db.dialect.nowInMilliseconds
        try db.execute("""
            INSERT INTO connectors (account, state, updated_at) VALUES (?, 'starting', \(now))
            ON CONFLICT (account) DO NOTHING
            """, [account])
        let taken = try db.execute("""
            UPDATE connectors SET holder = ?, lease_until = \(now) + ?
            WHERE account = ? AND (holder = ? OR holder IS NULL OR lease_until IS NULL OR lease_until < \(now))
            """, [holder, Int64(seconds * 1000), account, holder])
        return taken == 1
    }

    /// Lets the lease go at once, so that a standby need not wait for it to run out.
    static func release(_ account: String, by holder: String, _ db: some StoreTransaction) throws {
        try db.execute("UPDATE connectors SET holder = NULL, lease_until = NULL, state = 'stopped' WHERE account = ? AND holder = ?",
                       [account, holder])
    }

    static func holder(of account: String, _ db: some StoreTransaction) throws -> String? {
        try db.text("""
            SELECT holder FROM connectors WHERE account = ? AND lease_until >= \(db.dialect.nowInMilliseconds)
            """, [account])
    }

    static func cursor(of account: String, _ db: some StoreTransaction) throws -> String? {
        try db.text("SELECT cursor FROM connectors WHERE account = ?", [account])
    }

    /// Records the state, and the cursor if given, of a connector whose lease `holder` has; nothing when it has not.
    static func record(_ account: String, state: ConnectorState, cursor: String?, by holder: String,
                       _ db: some StoreTransaction) throws {
        try db.execute("""
            UPDATE connectors SET state = ?, cursor = COALESCE(?, cursor), updated_at = \(db.dialect.nowInMilliseconds)
            WHERE account = ? AND holder = ?
            """, [state.stored, cursor, account, holder])
    }

    /// Every account's connector; a state whose holder's lease ran out is `stopped`, whatever it said last.
    static func all(_ db: some StoreTransaction) throws -> [ConnectorRecord] {
        try db.rows("""
            SELECT account, state, holder, updated_at,
                   CASE WHEN lease_until >= \(db.dialect.nowInMilliseconds) THEN 1 ELSE 0 END AS held
            FROM connectors ORDER BY account
            """, []).map { row in
            let held = try row.int("held") == 1
            let state = held ? ConnectorState(stored: try row.text("state")) ?? .stopped : .stopped
            return ConnectorRecord(account: try row.text("account"), state: state,
                                   holder: held ? try row.optionalText("holder") : nil,
                                   updatedAt: StoreTime.date(try row.int("updated_at")))
        }
    }
}
