import Foundation
import GRDB
import RiposteCore

/// What agents change on cases, one at a time or many at once: status and snooze, assignee, tags, notes.
/// Every change lands in the audit log.
extension SQLiteInboxStore {
    public func setStatus(_ caseIDs: [CaseID], to status: CaseStatus, snoozedUntil: Date?, by agent: String,
                          at time: Date) throws {
        try guarded {
            try pool.write { db in
                for caseID in caseIDs {
                    guard let before = try String.fetchOne(db, sql: "SELECT status FROM cases WHERE id = ?",
                                                           arguments: [caseID.rawValue]) else { continue }
                    try db.execute(sql: "UPDATE cases SET status = ?, snoozed_until = ? WHERE id = ?",
                                   arguments: [status.rawValue, snoozedUntil.map(StoreTime.milliseconds),
                                               caseID.rawValue])
                    let until = snoozedUntil.map { " until \(ISO8601DateFormatter().string(from: $0))" } ?? ""
                    try Self.audit(AuditEntry(at: time, agent: agent, action: "case.status", caseID: caseID,
                                              detail: "\(before) → \(status.rawValue)\(until)"), db)
                    if status == .closed {
                        try Self.supersedeWaiting(on: caseID, why: Supersession.closed(by: agent), by: agent, at: time, db)
                        try db.execute(sql: "UPDATE cases SET approval = NULL WHERE id = ? AND approval = 'pending'",
                                       arguments: [caseID.rawValue])
                    }
                }
            }
        }
    }

    @discardableResult
    public func wakeSnoozed(at time: Date) throws -> Int {
        try guarded {
            try pool.write { db in
                let due = try Int64.fetchAll(db, sql: """
                    SELECT id FROM cases WHERE status = 'snoozed' AND snoozed_until <= ?
                    """, arguments: [StoreTime.milliseconds(time)])
                for id in due {
                    try db.execute(sql: "UPDATE cases SET status = 'open', snoozed_until = NULL WHERE id = ?",
                                   arguments: [id])
                    try Self.audit(AuditEntry(at: time, agent: "riposte", action: "case.status", caseID: CaseID(id),
                                              detail: "snoozed → open (the snooze is over)"), db)
                }
                return due.count
            }
        }
    }

    public func assign(_ caseIDs: [CaseID], to assignee: String?, by actor: String, at time: Date) throws {
        try guarded {
            try pool.write { db in
                let assigneeID = try assignee.map { name -> Int64 in
                    guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM agents WHERE name = ?", arguments: [name])
                    else { throw StoreError.noSuchAgent(name) }
                    return id
                }
                let actorRole = try String.fetchOne(db, sql: "SELECT role FROM agents WHERE name = ?", arguments: [actor])
                for caseID in caseIDs {
                    let current = try String.fetchOne(db, sql: """
                        SELECT g.name FROM cases c JOIN agents g ON g.id = c.assignee_id WHERE c.id = ?
                        """, arguments: [caseID.rawValue])
                    guard current != assignee else { continue }
                    // Taking an unassigned case, or handing back one's own, is anyone's; moving a colleague's is a
                    // supervisor's.
                    if let current, current != actor, actorRole != Agent.Role.supervisor.rawValue {
                        throw StoreError.notAllowed("case \(caseID) is \(current)'s: only a supervisor can reassign it")
                    }
                    try db.execute(sql: "UPDATE cases SET assignee_id = ? WHERE id = ?",
                                   arguments: [assigneeID, caseID.rawValue])
                    try Self.audit(AuditEntry(at: time, agent: actor, action: "case.assign", caseID: caseID,
                                              detail: "\(current ?? "nobody") → \(assignee ?? "nobody")"), db)
                }
            }
        }
    }

    public func tag(_ caseIDs: [CaseID], adding: [String], removing: [String], by agent: String, at time: Date) throws {
        try guarded {
            try pool.write { db in
                for caseID in caseIDs {
                    var changes: [String] = []
                    for tag in adding {
                        try db.execute(sql: "INSERT OR IGNORE INTO case_tags (case_id, tag) VALUES (?, ?)",
                                       arguments: [caseID.rawValue, tag])
                        if db.changesCount > 0 { changes.append("+\(tag)") }
                    }
                    for tag in removing {
                        try db.execute(sql: "DELETE FROM case_tags WHERE case_id = ? AND tag = ?",
                                       arguments: [caseID.rawValue, tag])
                        if db.changesCount > 0 { changes.append("-\(tag)") }
                    }
                    if !changes.isEmpty {
                        try Self.audit(AuditEntry(at: time, agent: agent, action: "case.tags", caseID: caseID,
                                                  detail: changes.joined(separator: " ")), db)
                    }
                }
            }
        }
    }

    public func addNote(on caseID: CaseID, text: String, by agent: String, at time: Date) throws {
        try guarded {
            try pool.write { db in
                try db.execute(sql: "INSERT INTO notes (case_id, agent_id, text, created_at) VALUES (?, ?, ?, ?)",
                               arguments: [caseID.rawValue, try Self.agentID(agent, db), text,
                                           StoreTime.milliseconds(time)])
                try Self.audit(AuditEntry(at: time, agent: agent, action: "case.note", caseID: caseID, detail: text), db)
            }
        }
    }
}
