import Foundation
import RiposteCore

extension PostgresInboxStore {
    public func leaseConnector(_ account: String, for holder: String, seconds: TimeInterval) throws -> Bool {
        try link.write { try ConnectorLeases.lease(account, for: holder, seconds: seconds, $0) }
    }

    public func releaseConnector(_ account: String, by holder: String) throws {
        try link.write { try ConnectorLeases.release(account, by: holder, $0) }
    }

    public func connectorHolder(_ account: String) throws -> String? {
        try link.read { try ConnectorLeases.holder(of: account, $0) }
    }

    public func connectorCursor(_ account: String) throws -> String? {
        try link.read { try ConnectorLeases.cursor(of: account, $0) }
    }

    public func recordConnector(_ account: String, state: ConnectorState, cursor: String?, by holder: String) throws {
        try link.write { try ConnectorLeases.record(account, state: state, cursor: cursor, by: holder, $0) }
    }

    public func connectors() throws -> [ConnectorRecord] {
        try link.read { try ConnectorLeases.all($0) }
    }

    public func claimOutbox(on network: Network, limit: Int, at time: Date) throws -> [OutboxReply] {
        try link.write { try Outbox.claimDue(on: network, limit: limit, at: time, $0) }
    }

    public func outboxSent(_ reply: OutboxReply, remoteID: String, address: String?, at time: Date) throws {
        try link.write { try Outbox.markSent(reply, remoteID: remoteID, link: address, at: time, $0) }
    }

    public func outboxFailed(_ reply: OutboxReply, error: String, nextTry: Date?, at time: Date) throws {
        try link.write { try Outbox.markFailed(reply, error: error, nextTry: nextTry, at: time, $0) }
    }

    public func outboxJudging(_ reply: OutboxReply) throws -> (reply: OutgoingReply, approvedBySupervisor: Bool) {
        try link.read { db in (try Outbox.judgedAs(reply, db), try Outbox.approvedBySupervisor(reply.postID, db)) }
    }

    public func retryReply(_ post: PostID, by agent: String, at time: Date) throws {
        try link.write { try Outbox.retry(post, by: agent, login: login, at: time, $0) }
    }

    public func withdrawReply(_ post: PostID, by agent: String, at time: Date) throws {
        try link.write { try Outbox.withdraw(post, by: agent, login: login, at: time, $0) }
    }
}
