import Foundation

/// The figures as one JSON object with sorted keys and ISO 8601 times; the backlog is keyed by status name, and the
/// median and 90th percentile first responses are written out beside the responses they come from.
public enum TeamFiguresJSON {
    public static func encode(_ figures: TeamFigures) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(Document(figures))
    }

    private struct Document: Encodable {
        var at: Date
        var since: Date
        var volumePerMinute: [Int]
        var firstResponses: [TimeInterval]
        var medianFirstResponse: TimeInterval?
        var p90FirstResponse: TimeInterval?
        // A dictionary keyed by an enum encodes as a flat array of keys and values; a spreadsheet wants names.
        var backlog: [String: Int]
        var breached: Int
        var approvalsWaiting: Int
        var agents: [TeamFigures.AgentLoad]

        init(_ figures: TeamFigures) {
            at = figures.at
            since = figures.since
            volumePerMinute = figures.volumePerMinute
            firstResponses = figures.firstResponses
            medianFirstResponse = figures.medianFirstResponse
            p90FirstResponse = figures.p90FirstResponse
            backlog = Dictionary(uniqueKeysWithValues: CaseStatus.allCases.map { ($0.rawValue, figures.backlog[$0] ?? 0) })
            breached = figures.breached
            approvalsWaiting = figures.approvalsWaiting
            agents = figures.agents
        }

        // Written out so that a figure with no value yet is `null` rather than missing.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(at, forKey: .at)
            try container.encode(since, forKey: .since)
            try container.encode(volumePerMinute, forKey: .volumePerMinute)
            try container.encode(firstResponses, forKey: .firstResponses)
            try container.encode(medianFirstResponse, forKey: .medianFirstResponse)
            try container.encode(p90FirstResponse, forKey: .p90FirstResponse)
            try container.encode(backlog, forKey: .backlog)
            try container.encode(breached, forKey: .breached)
            try container.encode(approvalsWaiting, forKey: .approvalsWaiting)
            try container.encode(agents, forKey: .agents)
        }

        enum CodingKeys: String, CodingKey {
            case at, since, volumePerMinute, firstResponses, medianFirstResponse, p90FirstResponse, backlog, breached
            case approvalsWaiting, agents
        }
    }
}
