import Foundation
import RiposteCore

/// How to put cases back as they were before the last change an agent made to them (`u`): one change per group of
/// cases that were alike before, since a bulk close may have closed open, waiting and snoozed cases at once.
public struct CaseUndo: Hashable, Sendable {
    /// Undo is offered this long after the change, as mail clients offer it for a sent message.
    public static let window: TimeInterval = 60

    public var changes: [Restore]
    /// What was done, for "Undone: …".
    public var cases: [CaseID]
    public var change: CaseChange
    public var until: Date

    public struct Restore: Hashable, Sendable {
        public var cases: [CaseID]
        public var change: CaseChange

        public init(cases: [CaseID], change: CaseChange) {
            self.cases = cases
            self.change = change
        }
    }

    public init(changes: [Restore], undoing change: CaseChange, on cases: [CaseID], until: Date) {
        self.changes = changes
        self.change = change
        self.cases = cases
        self.until = until
    }

    /// The changes that undo `change` on cases that stood as `before` says.
    public static func restoring(_ before: [QueueRow], from change: CaseChange) -> [Restore] {
        var groups: [(CaseChange, [CaseID])] = []
        func add(_ restore: CaseChange, _ caseID: CaseID) {
            if let index = groups.firstIndex(where: { $0.0 == restore }) {
                groups[index].1.append(caseID)
            } else {
                groups.append((restore, [caseID]))
            }
        }
        for row in before {
            switch change {
            case .status:
                add(.status(row.status, snoozedUntil: row.status == .snoozed ? row.work.snoozedUntil : nil), row.caseID)
            case let .tags(adding, removing):
                // Only what the change did: tags it added that were not there, tags it removed that were.
                let added = adding.filter { !row.work.tags.contains($0) }
                let removed = removing.filter { row.work.tags.contains($0) }
                if !(added + removed).isEmpty { add(.tags(adding: removed, removing: added), row.caseID) }
            case .assign:
                add(.assign(row.work.assignee), row.caseID)
            }
        }
        return groups.map { Restore(cases: $0.1, change: $0.0) }
    }
}
