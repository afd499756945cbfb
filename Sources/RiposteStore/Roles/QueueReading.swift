import Foundation
import RiposteCore

/// Reading the queue and a case: what the interface shows.
public protocol QueueReading: Sendable {
    /// Queue rows below `key` (a shorter wait) that `scope` covers, in queue order; from the top when `key` is nil.
    func queueRows(after key: QueueKey?, limit: Int, in scope: QueueScope) throws -> [QueueRow]
    /// Queue rows above `key` (a longer wait), in queue order, the nearest to `key` last; the bottom rows when
    /// `key` is nil.
    func queueRows(before key: QueueKey?, limit: Int, in scope: QueueScope) throws -> [QueueRow]
    /// The rows a window around `key` shows: `above` rows before it, the nearest last, and `below` rows after it.
    func queueRows(around key: QueueKey, above: Int, below: Int, in scope: QueueScope) throws
        -> (above: [QueueRow], below: [QueueRow])
    /// The case's row, if `scope` covers it.
    func queueRow(_ caseID: CaseID, in scope: QueueScope) throws -> QueueRow?
    /// How many cases the scope holds, counting no further than `limit`: in no order, so the database may take
    /// whichever index finds them fastest.
    func caseCount(in scope: QueueScope, upTo limit: Int) throws -> Int
    /// The case's conversation and `agent`'s draft on it.
    func thread(_ caseID: CaseID, agent: String) throws -> CaseThread?
    /// The tags on cases, the most used first (for completion).
    func tagNames() throws -> [String]
}
