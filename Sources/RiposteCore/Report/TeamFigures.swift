import Foundation

/// The supervisor's picture of the team at a moment: what arrives, how fast it is answered, what waits, who carries
/// it. The dashboard draws it; `riposte report` writes it for a spreadsheet.
public struct TeamFigures: Hashable, Sendable, Codable {
    /// When the figures were taken, and the start of the window the counts cover.
    public var at: Date
    public var since: Date
    /// Mentions arrived per minute over the last hour, oldest minute first: always 60 entries.
    public var volumePerMinute: [Int]
    /// Seconds from a customer's first post to our first reply, for cases first answered in the window.
    public var firstResponses: [TimeInterval]
    /// Cases in each status now (every status present, zero when none).
    public var backlog: [CaseStatus: Int]
    /// Cases waiting past their SLA target now.
    public var breached: Int
    /// Replies waiting for a supervisor now.
    public var approvalsWaiting: Int
    /// One entry per agent with any load or decision, by name.
    public var agents: [AgentLoad]

    public struct AgentLoad: Hashable, Sendable, Codable {
        public var agent: String
        /// Open cases (not closed or replied) assigned to them now.
        public var assigned: Int
        /// Cases they hold a live claim on now.
        public var claimed: Int
        /// Replies they sent in the window.
        public var replies: Int
        /// Approval requests they approved or rejected in the window: a supervisor's share of the gate.
        public var decided: Int

        public init(agent: String, assigned: Int, claimed: Int, replies: Int, decided: Int = 0) {
            self.agent = agent
            self.assigned = assigned
            self.claimed = claimed
            self.replies = replies
            self.decided = decided
        }
    }

    public init(at: Date, since: Date, volumePerMinute: [Int], firstResponses: [TimeInterval],
                backlog: [CaseStatus: Int], breached: Int, approvalsWaiting: Int, agents: [AgentLoad]) {
        self.at = at
        self.since = since
        self.volumePerMinute = volumePerMinute
        self.firstResponses = firstResponses
        self.backlog = backlog
        self.breached = breached
        self.approvalsWaiting = approvalsWaiting
        self.agents = agents
    }

    /// The median first response, if anyone was answered in the window.
    public var medianFirstResponse: TimeInterval? {
        firstResponses.within(share: 0.5)
    }

    /// The first response nine in ten were answered within.
    public var p90FirstResponse: TimeInterval? {
        firstResponses.within(share: 0.9)
    }
}
