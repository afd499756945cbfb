import Foundation
import RiposteCore

/// What the audit chain needs from a database inside a write transaction: to hold the chain while a row is added,
/// the newest row's hash, and the row's insert. The chain itself is computed once, here, for both databases.
protocol AuditWriter {
    /// Keeps other writers from adding to the chain until this transaction ends (SQLite has one writer already).
    func holdAuditChain() throws
    func lastAuditHash() throws -> String?
    func insertAudit(_ entry: AuditEntry, previousHash: String, hash: String) throws
}

extension AuditWriter {
    /// Adds `entry` to the end of the chain.
    func appendAudit(_ entry: AuditEntry) throws {
        try holdAuditChain()
        let previous = try lastAuditHash() ?? AuditChain.genesis
        try insertAudit(entry, previousHash: previous, hash: AuditChain.hash(entry, after: previous))
    }
}
