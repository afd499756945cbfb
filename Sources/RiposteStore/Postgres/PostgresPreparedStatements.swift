import Foundation
import PostgresNIO

/// The statements one connection has prepared, by their text. A prepared statement is parsed once, and once the
/// server finds its generic plan as good as a fresh one (after five runs) it is planned once too: on the reads each
/// key makes (a queue page, a thread), parsing and planning cost more than running.
///
/// The server keeps them per connection, so a new connection starts with none. The least recently used goes when
/// there are `capacity`: every filter an agent types is a statement of its own.
struct PostgresPreparedStatements {
    static let capacity = 64
    private var statements: [String: PreparedQuery] = [:]
    private var lastUse: [String: UInt64] = [:]
    private var uses: UInt64 = 0

    /// The statement for `sql` (placeholders numbered), if the connection has prepared it.
    mutating func statement(_ sql: String) -> PreparedQuery? {
        guard let statement = statements[sql] else { return nil }
        uses += 1
        lastUse[sql] = uses
        return statement
    }

    /// Keeps a statement just prepared; returns the one it displaces, for the server to deallocate.
    mutating func add(_ statement: PreparedQuery, for sql: String) -> PreparedQuery? {
        var evicted: PreparedQuery?
        if statements.count >= Self.capacity, let oldest = lastUse.min(by: { $0.value < $1.value })?.key {
            evicted = statements[oldest]
            forget(oldest)
        }
        uses += 1
        statements[sql] = statement
        lastUse[sql] = uses
        return evicted
    }

    /// Drops a statement the server no longer has or can no longer run as prepared.
    mutating func forget(_ sql: String) {
        statements[sql] = nil
        lastUse[sql] = nil
    }

    mutating func removeAll() {
        statements = [:]
        lastUse = [:]
    }
}
