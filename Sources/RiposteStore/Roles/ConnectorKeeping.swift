import Foundation
import RiposteCore

/// What `riposte connect` keeps in the store, and what every agent reads of it: who serves each brand account, how
/// its connector is doing, and where its mentions were read up to.
public protocol ConnectorKeeping: Sendable {
    /// Takes or renews `account`'s lease for `holder` for `seconds`; false while another `riposte connect` holds it.
    func leaseConnector(_ account: String, for holder: String, seconds: TimeInterval) throws -> Bool
    func releaseConnector(_ account: String, by holder: String) throws
    /// Who holds `account`'s lease now, if anyone.
    func connectorHolder(_ account: String) throws -> String?
    func connectorCursor(_ account: String) throws -> String?
    /// Records a connector's state, and its cursor if given, while `holder` holds its lease.
    func recordConnector(_ account: String, state: ConnectorState, cursor: String?, by holder: String) throws
    func connectors() throws -> [ConnectorRecord]

    /// Takes the replies due on `network`: each is marked sending and its attempt counted.
    func claimOutbox(on network: Network, limit: Int, at time: Date) throws -> [OutboxReply]
    func outboxSent(_ reply: OutboxReply, remoteID: String, address: String?, at time: Date) throws
    /// A failed attempt, tried again at `nextTry`; with none, the reply waits for an agent to retry or withdraw it.
    func outboxFailed(_ reply: OutboxReply, error: String, nextTry: Date?, at time: Date) throws
    /// The reply as the gate judges it, and whether a supervisor approved exactly it.
    func outboxJudging(_ reply: OutboxReply) throws -> (reply: OutgoingReply, approvedBySupervisor: Bool)
}

extension InboxStore {
    /// The reply in the outbox with the risk the team's rules give it now.
    public func judgedNow(_ reply: OutboxReply) throws -> OutgoingReply {
        try judged(try outboxJudging(reply).reply).reply
    }

    /// Why the reply may not go out, judged again at the door by the team's rules as they are now: nil when it may.
    /// One that needs approval goes only if a supervisor approved exactly its words.
    public func refusalAtTheDoor(_ reply: OutboxReply) throws -> String? {
        let (outgoing, approved) = try outboxJudging(reply)
        let judged = try judged(outgoing)
        guard judged.needsApproval, !approved else { return nil }
        return "refused at the door: it needs a supervisor's approval (risk \(judged.reply.riskScore)"
            + (judged.reply.riskReasons.first.map { ": \($0)" } ?? "") + ")"
    }
}
