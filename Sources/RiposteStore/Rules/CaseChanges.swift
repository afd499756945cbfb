import Foundation
import RiposteCore

/// What agents change on cases, one at a time or many at once: status and snooze, assignee, tags, notes. Every change
/// lands in the audit log, one row per case in the order the cases were given, under the name of the login that made
/// it. The same on both databases.
///
/// Each change is a few statements whatever the number of cases (a marked hundred are one round trip to PostgreSQL,
/// not a hundred). Where the rule depends on what a case holds now, its row is locked (in id order, so that two bulk
/// changes cannot deadlock) before it is read, so that agents on other machines take turns as SQLite's writers do.
enum CaseChanges {
    static func setStatus(_ caseIDs: [CaseID], to status: CaseStatus, snoozedUntil: Date?, by agent: String,
                          login: String, at time: Date, _ db: some ReplyPosting) throws {
        try db.requireActor(agent, login: login)
        guard !caseIDs.isEmpty else { return }
        var current: [CaseID: String] = [:]
        for row in try db.rows("""
            SELECT id, status FROM cases WHERE \(db.dialect.isAny("id")) ORDER BY id\(db.dialect.lockingTheRows)
            """, [caseIDs.map(\.rawValue)]) {
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
        try db.execute("UPDATE cases SET status = ?, snoozed_until = ? WHERE \(db.dialect.isAny("id"))",
                       [status.rawValue, snoozedUntil.map(StoreTime.milliseconds), current.keys.map(\.rawValue)])
        try db.appendAudit(contentsOf: audit(changes, action: "case.status", by: agent, at: time))
        guard status == .closed else { return }
        for caseID in changes.map(\.0) {
            try Approvals.supersedeWaiting(on: caseID, only: nil, why: Supersession.closed(by: agent), by: agent,
                                           at: time, db)
        }
        try db.execute("UPDATE cases SET approval = NULL WHERE \(db.dialect.isAny("id")) AND approval = 'pending'",
                       [changes.map(\.0.rawValue)])
    }

    /// One statement picks and wakes the cases: two machines waking at once wake each case once.
    static func wakeSnoozed(at time: Date, _ db: some StoreTransaction) throws -> Int {
        let woken = try db.rows("""
            UPDATE cases SET status = 'open', snoozed_until = NULL WHERE status = 'snoozed' AND snoozed_until <= ?
            RETURNING id
            """, [StoreTime.milliseconds(time)]).map { CaseID(try $0.int("id")) }.sorted { $0.rawValue < $1.rawValue }
        try db.appendAudit(contentsOf: woken.map {
            AuditEntry(at: time, agent: "riposte", action: "case.status", caseID: $0,
                       detail: "snoozed → open (the snooze is over)")
        })
        return woken.count
    }

    static func assign(_ caseIDs: [CaseID], to assignee: String?, by actor: String, login: String, at time: Date,
                       _ db: some StoreTransaction) throws {
        let actorRole = try db.requireActor(actor, login: login).role
        let assigneeID = try assignee.map { name in
            guard let id = try db.int("SELECT id FROM agents WHERE name = ?", [name]) else {
                throw StoreError.noSuchAgent(name)
            }
            return id
        }
        guard !caseIDs.isEmpty else { return }
        let ids = caseIDs.map(\.rawValue)
        try db.execute("SELECT id FROM cases WHERE \(db.dialect.isAny("id")) ORDER BY id\(db.dialect.lockingTheRows)",
                       [ids])
        // Read once the rows are ours: an assignee set while this transaction waited is seen.
        var current: [CaseID: String] = [:]
        for row in try db.rows("""
            SELECT c.id, g.name FROM cases c JOIN agents g ON g.id = c.assignee_id WHERE \(db.dialect.isAny("c.id"))
            """, [ids]) {
            current[CaseID(try row.int("id"))] = try row.text("name")
        }
        var changes: [(CaseID, String)] = []
        for caseID in caseIDs {
            let before = current[caseID]
            guard before != assignee else { continue }
            // Taking an unassigned case, or handing back one's own, is anyone's; moving a colleague's is a
            // supervisor's.
            if let before, before != actor, actorRole != .supervisor {
                throw StoreError.notAllowed("case \(caseID) is \(before)'s: only a supervisor can reassign it")
            }
            changes.append((caseID, "\(before ?? "nobody") → \(assignee ?? "nobody")"))
            current[caseID] = assignee
        }
        guard !changes.isEmpty else { return }
        try db.execute("UPDATE cases SET assignee_id = ? WHERE \(db.dialect.isAny("id"))",
                       [assigneeID, changes.map(\.0.rawValue)])
        try db.appendAudit(contentsOf: audit(changes, action: "case.assign", by: actor, at: time))
    }

    /// A case named twice is changed once. Every tag is added before any is removed; a tag both added and removed is
    /// logged both ways. A colleague adding the same tag at once is waited for, then the tag skipped.
    static func tag(_ caseIDs: [CaseID], adding: [String], removing: [String], by agent: String, login: String,
                    at time: Date, _ db: some StoreTransaction) throws {
        try db.requireActor(agent, login: login)
        let cases = distinct(caseIDs), adding = distinct(adding), removing = distinct(removing)
        guard !cases.isEmpty, !adding.isEmpty || !removing.isEmpty else { return }
        let ids = cases.map(\.rawValue)
        var added: Set<CaseTag> = [], removed: Set<CaseTag> = []
        if !adding.isEmpty {
            // SQLite reads `ON` after a join as the join's: the WHERE ends the SELECT.
            for row in try db.rows("""
                INSERT INTO case_tags (case_id, tag)
                SELECT c.value, t.value FROM \(db.dialect.listTable("c", of: .integers)),
                                             \(db.dialect.listTable("t", of: .texts)) WHERE true
                ON CONFLICT DO NOTHING RETURNING case_id, tag
                """, [ids, adding]) {
                added.insert(CaseTag(caseID: try row.int("case_id"), tag: try row.text("tag")))
            }
        }
        if !removing.isEmpty {
            for row in try db.rows("""
                DELETE FROM case_tags WHERE \(db.dialect.isAny("case_id")) AND \(db.dialect.isAny("tag"))
                RETURNING case_id, tag
                """, [ids, removing]) {
                removed.insert(CaseTag(caseID: try row.int("case_id"), tag: try row.text("tag")))
            }
        }
        let changes = cases.compactMap { caseID -> (CaseID, String)? in
            let signs = adding.filter { added.contains(CaseTag(caseID: caseID.rawValue, tag: $0)) }.map { "+\($0)" }
                + removing.filter { removed.contains(CaseTag(caseID: caseID.rawValue, tag: $0)) }.map { "-\($0)" }
            return signs.isEmpty ? nil : (caseID, signs.joined(separator: " "))
        }
        try db.appendAudit(contentsOf: audit(changes, action: "case.tags", by: agent, at: time))
    }

    static func addNote(on caseID: CaseID, text: String, by agent: String, login: String, at time: Date,
                        _ db: some StoreTransaction) throws {
        try db.requireActor(agent, login: login)
        try db.execute("INSERT INTO notes (case_id, agent_id, text, created_at) VALUES (?, ?, ?, ?)",
                       [caseID.rawValue, try db.agentID(agent), text, StoreTime.milliseconds(time)])
        try db.appendAudit(AuditEntry(at: time, agent: agent, action: "case.note", caseID: caseID, detail: text))
    }

    /// An agent opening a new case's thread: it is theirs to answer now.
    static func open(_ caseID: CaseID, by agent: String, login: String, at time: Date,
                     _ db: some StoreTransaction) throws {
        try db.requireActor(agent, login: login)
        if try db.execute("UPDATE cases SET status = 'open' WHERE id = ? AND status = 'new'", [caseID.rawValue]) > 0 {
            try db.appendAudit(AuditEntry(at: time, agent: agent, action: "case.status", caseID: caseID,
                                          detail: "new → open"))
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

    private static func audit(_ changes: [(CaseID, String)], action: String, by agent: String, at time: Date)
        -> [AuditEntry] {
        changes.map { AuditEntry(at: time, agent: agent, action: action, caseID: $0.0, detail: $0.1) }
    }
}
