/// The tables a store holds and their columns, the same on both databases: what `riposte store copy` moves.
/// Parents come before the rows that point at them. Search indexes are not here: each database builds its own.
struct StoreTable: Sendable {
    var name: String
    var columns: [String]
    /// The primary key's columns: rows are read in this order.
    var key: [String]
    /// Rows that stay with the database they are in, left out of a copy (and its checksums) by this condition: the
    /// Riposte that migrated each store is its own.
    var copied: String?
    /// Whether `id` is handed out by the database, so that PostgreSQL's counter must move past copied rows.
    var hasGeneratedID: Bool { key == ["id"] }

    static let all: [StoreTable] = [
        StoreTable(name: "agents", columns: ["id", "name", "role", "created_at", "login"], key: ["id"]),
        StoreTable(name: "accounts", columns: ["id", "network", "handle", "name", "followers", "role"], key: ["id"]),
        StoreTable(name: "cases", columns: [
            "id", "network", "status", "created_at", "last_activity_at", "latest_inbound_post_id", "waiting_since",
            "post_count", "approval", "priority", "assignee_id", "claimed_by", "claim_expires_at", "snoozed_until",
        ], key: ["id"]),
        StoreTable(name: "posts", columns: [
            "id", "external_id", "network", "account_id", "case_id", "parent_id", "in_reply_to_external", "text",
            "created_at", "is_ours", "sent_by_agent_id", "voice", "risk", "risk_rules_version", "edited_by_agent_id",
        ], key: ["id"]),
        StoreTable(name: "drafts", columns: ["case_id", "agent_id", "in_reply_to", "text", "cursor", "updated_at"],
                   key: ["case_id", "agent_id"]),
        StoreTable(name: "approvals", columns: [
            "id", "case_id", "in_reply_to", "text", "voice", "risk_score", "risk_reasons", "requested_by",
            "requested_at", "state", "decided_by", "decided_at", "note", "sent_post_id", "rules_version",
        ], key: ["id"]),
        StoreTable(name: "case_tags", columns: ["case_id", "tag"], key: ["case_id", "tag"]),
        StoreTable(name: "notes", columns: ["id", "case_id", "agent_id", "text", "created_at"], key: ["id"]),
        StoreTable(name: "audit", columns: ["id", "at", "agent", "action", "case_id", "detail", "previous_hash", "hash"],
                   key: ["id"]),
        StoreTable(name: "risk_rules", columns: ["version", "text", "set_by", "set_at"], key: ["version"]),
        StoreTable(name: "feed_schedule", columns: [
            "id", "feed", "due_at", "external_id", "network", "handle", "name", "followers", "role", "text",
            "in_reply_to",
        ], key: ["id"]),
        StoreTable(name: "meta", columns: ["key", "value"], key: ["key"], copied: "key <> '\(MigratedBy.key)'"),
        // Where each account's mentions were read up to, and the replies still on their way.
        StoreTable(name: "connectors", columns: ["account", "cursor", "state", "holder", "lease_until", "updated_at"],
                   key: ["account"]),
        StoreTable(name: "outbox", columns: [
            "id", "post_id", "case_id", "network", "in_reply_to", "state", "attempts", "next_try_at", "last_error",
            "remote_id", "link", "queued_at",
        ], key: ["id"]),
    ]

    /// `SELECT` of the columns in key order, after a key (keyset paging), a page at a time.
    func pageSQL(after: Bool, limit: Int) -> String {
        let keyset = after
            ? "(\(key.joined(separator: ", "))) > (\(key.map { _ in "?" }.joined(separator: ", ")))" : nil
        let conditions = [copied, keyset].compactMap { $0 }
        return "SELECT \(columns.joined(separator: ", ")) FROM \(name) "
            + (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ") + " ")
            + "ORDER BY \(key.joined(separator: ", ")) LIMIT \(limit)"
    }

    /// Whether the table holds a row a copy would move.
    var anyRowSQL: String { "EXISTS (SELECT 1 FROM \(name)\(copied.map { " WHERE " + $0 } ?? ""))" }

    /// Where the key's values sit in a row of `columns`.
    var keyIndexes: [Int] { key.map { columns.firstIndex(of: $0)! } }
}

/// One value a store holds (integers and text only): a row being copied, or a filter's value for either database.
enum StoreValue: Hashable, Sendable {
    case integer(Int64)
    case text(String)
    case null
}

/// A table's rows as one number that does not depend on their order (each row's FNV-1a hash, summed), so that two
/// databases that sort text differently still agree on the same rows.
struct TableChecksum: Hashable, Sendable, CustomStringConvertible {
    private(set) var rows = 0
    private(set) var sum: UInt64 = 0

    mutating func add(_ row: [StoreValue]) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        for value in row {
            switch value {
            case let .integer(number):
                mix(1)
                withUnsafeBytes(of: number.littleEndian) { for byte in $0 { mix(byte) } }
            case let .text(text):
                mix(2)
                for byte in text.utf8 { mix(byte) }
                mix(0xFF)
            case .null:
                mix(3)
            }
        }
        rows += 1
        sum &+= hash
    }

    var description: String { String(sum, radix: 16).leftPadded(to: 16) }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
