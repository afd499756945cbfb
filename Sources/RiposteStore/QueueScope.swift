import Foundation
import RiposteCore

/// Which cases a queue read covers: a filter, and what its words mean at the moment of reading ("me", "breached").
public struct QueueScope: Hashable, Sendable {
    public var filter: CaseFilter
    /// The agent reading: `assignee:me` and `is:mine`.
    public var agent: String
    /// When it is: ages, held claims, breaches.
    public var now: Date
    public var serviceLevels: ServiceLevels

    public init(filter: CaseFilter, agent: String, now: Date, serviceLevels: ServiceLevels) {
        self.filter = filter
        self.agent = agent
        self.now = now
        self.serviceLevels = serviceLevels
    }

    /// Every case.
    public static let everything = QueueScope(filter: .all, agent: "", now: .distantPast, serviceLevels: .standard)
}
