import Foundation
import RiposteCore

/// What agents change on cases, one at a time or many at once: status and snooze, assignee, tags, notes. Every
/// change lands in the audit log, one row per case in the order the cases were given, as in the SQLite store.
///
/// Each change is a few statements whatever the number of cases (a marked hundred are one round trip, not a hundred).
/// Where the rule depends on what a case holds now, its row is locked (`FOR UPDATE`, in id order so that two bulk
/// changes cannot deadlock) before it is read, so that agents on other machines take turns as SQLite's writers do.
extension PostgresInboxStore {
    public func setStatus(_ caseIDs: [CaseID], to status: CaseStatus, snoozedUntil: Date?, by agent: String,
                          at time: Date) throws {
        guard !caseIDs.isEmpty else { return }
        try link.write { db in
            var current: [CaseID: String] = [:]
            for row in try db.rows("SELECT id, status FROM cases WHERE id = ANY(?) ORDER BY id FOR UPDATE",
                                   [caseIDs.map(\.rawValue)]) {
                current[CaseID(try row.int("id"))] = try row.text("status")
            }
            guard !current.isEmpty else { return }
            let until = snoozedUntil.map { " until \(ISO8601DateFormatter().string(from: $0))" } ?? ""
            var changes: [(CaseID, String)] = []
            for caseID in caseIDs {
                guard let before = current[caseID] else { continue }
                changes.append((caseID, "\(before) → \(status.rawValue)\(until)"))
                current[caseID] = status.rawValue
            }
            try db.execute("UPDATE cases SET status = ?, snoozed_until = ? WHERE id = ANY(?)",
                           [status.rawValue, snoozedUntil.map(StoreTime.milliseconds), current.keys.map(\.rawValue)])
            try Self.audit(changes, action: "case.status", by: agent, at: time, db)
            if status == .closed {
                for caseID in changes.map(\.0) {
                    try Self.supersedeWaiting(on: caseID, only: nil, why: Supersession.closed(by: agent), by: agent,
                                              at: time, db)
                }
                try db.execute("UPDATE cases SET approval = NULL WHERE id = ANY(?) AND approval = 'pending'",
                               [changes.map(\.0.rawValue)])
            }
        }
    }

    /// One statement: the cases woken are the ones it changed, so two machines waking at once wake each case once.
    @discardableResult
    public func wakeSnoozed(at time: Date) throws -> Int {
        try link.write { db in
            try db.execute("""
                WITH woken AS (
                    UPDATE cases SET status = 'open', snoozed_until = NULL
                    WHERE status = 'snoozed' AND snoozed_until <= ? RETURNING id
                )
                INSERT INTO audit (at, agent, action, case_id, detail)
                SELECT ?, 'riposte', 'case.status', id, 'snoozed → open (the snooze is over)' FROM woken ORDER BY id
                """, [StoreTime.milliseconds(time), StoreTime.milliseconds(time)])
        }
    }

    public func assign(_ caseIDs: [CaseID], to assignee: String?, by actor: String, at time: Date) throws {
        try link.write { db in
            let people = try db.row("""
                SELECT (SELECT id FROM agents WHERE name = ?::text) AS assignee_id,
                       (SELECT role FROM agents WHERE name = ?) AS actor_role
                """, [assignee, actor])
            let assigneeID = try people?.optionalInt("assignee_id")
            if let assignee, assigneeID == nil { throw StoreError.noSuchAgent(assignee) }
            let actorRole = try people?.optionalText("actor_role")
            guard !caseIDs.isEmpty else { return }
            let ids = caseIDs.map(\.rawValue)
            try db.execute("SELECT id FROM cases WHERE id = ANY(?) ORDER BY id FOR UPDATE", [ids])
            // Read once the rows are ours: an assignee set while this transaction waited is seen.
            var current: [CaseID: String] = [:]
            for row in try db.rows("""
                SELECT c.id, g.name FROM cases c JOIN agents g ON g.id = c.assignee_id WHERE c.id = ANY(?)
                """, [ids]) {
                current[CaseID(try row.int("id"))] = try row.text("name")
            }
            var changes: [(CaseID, String)] = []
            for caseID in caseIDs {
                let before = current[caseID]
                guard before != assignee else { continue }
                // Taking an unassigned case, or handing back one's own, is anyone's; moving a colleague's is a
                // supervisor's.
                if let before, before != actor, actorRole != Agent.Role.supervisor.rawValue {
                    throw StoreError.notAllowed("case \(caseID) is \(before)'s: only a supervisor can reassign it")
                }
                changes.append((caseID, "\(before ?? "nobody") → \(assignee ?? "nobody")"))
                current[caseID] = assignee
            }
            guard !changes.isEmpty else { return }
            try db.execute("UPDATE cases SET assignee_id = ? WHERE id = ANY(?)",
                           [assigneeID, changes.map(\.0.rawValue)])
            try Self.audit(changes, action: "case.assign", by: actor, at: time, db)
        }
    }

    /// A case named twice is changed once: adding then removing the same tag on it again is no change worth a row.
    /// (The SQLite store, going case by case, would log that case's "+tag -tag" twice.)
    public func tag(_ caseIDs: [CaseID], adding: [String], removing: [String], by agent: String, at time: Date) throws {
        let cases = Self.distinct(caseIDs), adding = Self.distinct(adding), removing = Self.distinct(removing)
        guard !cases.isEmpty, !adding.isEmpty || !removing.isEmpty else { return }
        let ids = cases.map(\.rawValue)
        try link.write { db in
            // Every tag is added before any is removed, as the SQLite store does on each case; a tag both added and
            // removed is logged both ways. ON CONFLICT waits for a colleague adding the same tag, then skips it.
            var added: Set<CaseTag> = [], removed: Set<CaseTag> = []
            if !adding.isEmpty {
                for row in try db.rows("""
                    INSERT INTO case_tags (case_id, tag) SELECT c, t FROM unnest(?::bigint[]) c, unnest(?::text[]) t
                    ON CONFLICT DO NOTHING RETURNING case_id, tag
                    """, [ids, adding]) {
                    added.insert(CaseTag(caseID: try row.int("case_id"), tag: try row.text("tag")))
                }
            }
            if !removing.isEmpty {
                for row in try db.rows("""
                    DELETE FROM case_tags WHERE case_id = ANY(?) AND tag = ANY(?) RETURNING case_id, tag
                    """, [ids, removing]) {
                    removed.insert(CaseTag(caseID: try row.int("case_id"), tag: try row.text("tag")))
                }
            }
            let changes = cases.compactMap { caseID -> (CaseID, String)? in
                let signs = adding.filter { added.contains(CaseTag(caseID: caseID.rawValue, tag: $0)) }.map { "+\($0)" }
                    + removing.filter { removed.contains(CaseTag(caseID: caseID.rawValue, tag: $0)) }.map { "-\($0)" }
                return signs.isEmpty ? nil : (caseID, signs.joined(separator: " "))
            }
            try Self.audit(changes, action: "case.tags", by: agent, at: time, db)
        }
    }

    public func addNote(on caseID: CaseID, text: String, by agent: String, at time: Date) throws {
        try link.write { db in
            try db.execute("INSERT INTO notes (case_id, agent_id, text, created_at) VALUES (?, ?, ?, ?)",
                           [caseID.rawValue, try Self.agentID(agent, db), text, StoreTime.milliseconds(time)])
            try Self.audit(AuditEntry(at: time, agent: agent, action: "case.note", caseID: caseID, detail: text), db)
        }
    }

    /// A tag on a case.
    private struct CaseTag: Hashable {
        var caseID: Int64
        var tag: String
    }

    private static func distinct<T: Hashable>(_ values: [T]) -> [T] {
        var seen: Set<T> = []
        return values.filter { seen.insert($0).inserted }
    }

    /// One audit row per change, in the order given, in one statement.
    private static func audit(_ changes: [(CaseID, String)], action: String, by agent: String, at time: Date,
                              _ db: PostgresSQL) throws {
        guard !changes.isEmpty else { return }
        try db.execute("""
            INSERT INTO audit (at, agent, action, case_id, detail)
            SELECT ?, ?, ?, change.case_id, change.detail
            FROM unnest(?::bigint[], ?::text[]) WITH ORDINALITY AS change (case_id, detail, position)
            ORDER BY change.position
            """, [StoreTime.milliseconds(time), agent, action, changes.map(\.0.rawValue), changes.map(\.1)])
    }
}
