import Foundation
import Logging
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

    /// The statement for `sql` (placeholders numbered), prepared on `connection` the first time.
    mutating func statement(_ sql: String, on connection: PostgresConnection) throws -> PreparedQuery {
        uses += 1
        if let statement = statements[sql] {
            lastUse[sql] = uses
            return statement
        }
        if statements.count >= Self.capacity, let oldest = lastUse.min(by: { $0.value < $1.value })?.key {
            try? statements[oldest]?.deallocate().wait()
            forget(oldest)
        }
        let statement = try connection.prepare(query: sql).wait()
        statements[sql] = statement
        lastUse[sql] = uses
        return statement
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
