import Foundation

/// The audit log as a hash chain: each row carries the hash of the row before it and a hash of its own content with
/// that one. Changing, deleting or reordering a row breaks the chain at that row, so tampering with a store whose file
/// (or database) someone could write shows, even where the database cannot stop it.
public enum AuditChain {
    /// The hash the first row follows.
    public static let genesis = String(repeating: "0", count: 64)

    /// One row as stored, in the order the log keeps.
    public struct Row: Hashable, Sendable {
        public var id: Int64
        public var entry: AuditEntry
        public var previousHash: String
        public var hash: String

        public init(id: Int64, entry: AuditEntry, previousHash: String, hash: String) {
            self.id = id
            self.entry = entry
            self.previousHash = previousHash
            self.hash = hash
        }
    }

    /// The hash of `entry` following `previous`. Every field is written with its length, so no choice of text can
    /// make two different rows hash alike.
    public static func hash(_ entry: AuditEntry, after previous: String) -> String {
        var bytes: [UInt8] = []
        func field(_ text: String) {
            let utf8 = Array(text.utf8)
            bytes += Array("\(utf8.count):".utf8) + utf8 + [0x0a]
        }
        field("riposte-audit-1")
        field(previous)
        field(String(StoreTime.milliseconds(entry.at)))
        field(entry.agent)
        field(entry.action)
        field(entry.caseID.map { String($0.rawValue) } ?? "")
        field(entry.detail)
        return SHA256.hex(bytes)
    }

    /// Where a chain stops following: the row, and why.
    public struct Break: Hashable, Sendable, CustomStringConvertible {
        public var id: Int64
        public var reason: String

        public init(id: Int64, reason: String) {
            self.id = id
            self.reason = reason
        }

        public var description: String { "audit row \(id): \(reason)" }
    }

    /// The first row of `rows` (in stored order) that does not follow the one before it, or whose content does not
    /// match its hash; nil when the whole chain holds. `previous` is the hash the first row should follow.
    public static func firstBreak(in rows: [Row], after previous: String = genesis) -> Break? {
        var expected = previous
        for row in rows {
            if row.previousHash != expected {
                return Break(id: row.id, reason: "does not follow the row before it (a row was removed, inserted or moved)")
            }
            if hash(row.entry, after: row.previousHash) != row.hash {
                return Break(id: row.id, reason: "its content was changed after it was written")
            }
            expected = row.hash
        }
        return nil
    }
}
