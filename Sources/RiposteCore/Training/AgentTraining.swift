import Foundation

/// What one agent did over a session, as a trainer reviews it: how fast and how often they answered, how much risk
/// they took, and how the scenario's people took it.
public struct AgentTraining: Hashable, Sendable {
    public var agent: String
    public var repliesSent: Int
    /// From a customer's first post to our first reply, for each case this agent answered first.
    public var firstResponses: [TimeInterval]
    public var approvalsRequested: Int
    public var approvalsRejected: Int
    /// The risk score of each reply sent.
    public var risks: [Int]
    /// Replies sent over their network's length rule (a supervisor's edit can make one).
    public var lengthBreaches: Int
    public var reactionsWon: Int
    public var reactionsLost: Int

    public init(agent: String, repliesSent: Int = 0, firstResponses: [TimeInterval] = [], approvalsRequested: Int = 0,
                approvalsRejected: Int = 0, risks: [Int] = [], lengthBreaches: Int = 0, reactionsWon: Int = 0,
                reactionsLost: Int = 0) {
        self.agent = agent
        self.repliesSent = repliesSent
        self.firstResponses = firstResponses
        self.approvalsRequested = approvalsRequested
        self.approvalsRejected = approvalsRejected
        self.risks = risks
        self.lengthBreaches = lengthBreaches
        self.reactionsWon = reactionsWon
        self.reactionsLost = reactionsLost
    }

    /// The middle first response, if the agent answered anyone first.
    public var medianFirstResponse: TimeInterval? {
        firstResponses.within(share: 0.5)
    }

    public var averageRisk: Int? {
        risks.isEmpty ? nil : risks.reduce(0, +) / risks.count
    }
}
