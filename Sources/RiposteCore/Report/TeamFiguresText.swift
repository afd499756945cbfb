import Foundation

/// The team's figures as `riposte report` writes them: a summary to read, CSV rows for a spreadsheet, one JSON object.
public enum TeamFiguresText {
    /// A summary for the terminal, under `title`.
    public static func render(_ figures: TeamFigures, title: String) -> String {
        let volume = figures.volumePerMinute
        var lines = [title, ""]
        lines.append(row("Mentions, last hour", "\(volume.reduce(0, +)) (busiest minute \(volume.max() ?? 0))"))
        lines.append(row("", sparkline(volume)))
        if let median = figures.medianFirstResponse, let p90 = figures.p90FirstResponse {
            lines.append(row("First response", "median \(WrittenDuration.format(median)), 9 in 10 within "
                + "\(WrittenDuration.format(p90)) (\(figures.firstResponses.count) cases answered)"))
        } else {
            lines.append(row("First response", "no case answered yet"))
        }
        lines.append(row("Backlog", CaseStatus.allCases.map { "\($0.rawValue) \(figures.backlog[$0] ?? 0)" }
            .joined(separator: ", ")))
        lines.append(row("SLA breached", "\(figures.breached)"))
        lines.append(row("Approvals waiting", "\(figures.approvalsWaiting)"))
        lines.append("")
        guard !figures.agents.isEmpty else {
            lines.append("Nobody holds, is assigned or has answered a case.")
            return lines.joined(separator: "\n")
        }
        let nameWidth = max(DisplayText.width(of: "Agent"), figures.agents.map { DisplayText.width(of: $0.agent) }.max() ?? 0)
        func padded(_ name: String) -> String {
            name + String(repeating: " ", count: nameWidth - DisplayText.width(of: name))
        }
        func number(_ value: Int) -> String {
            let text = "\(value)"
            return String(repeating: " ", count: max(0, 9 - text.count)) + text
        }
        lines.append(padded("Agent") + "  assigned   claimed   replies")
        for load in figures.agents {
            lines.append(padded(load.agent) + " " + number(load.assigned) + " " + number(load.claimed) + " "
                + number(load.replies))
        }
        return lines.joined(separator: "\n")
    }

    private static func row(_ label: String, _ value: String) -> String {
        label.padding(toLength: 22, withPad: " ", startingAt: 0) + value
    }

    /// One block a minute, as tall as its share of the busiest minute; a quiet minute is a low dot.
    static func sparkline(_ counts: [Int]) -> String {
        let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        let busiest = counts.max() ?? 0
        return String(counts.map { count -> Character in
            guard busiest > 0, count > 0 else { return "." }
            return blocks[min(blocks.count - 1, (count * blocks.count - 1) / busiest)]
        })
    }
}

/// The figures as CSV for a spreadsheet (RFC 4180): a `section,key,value` row per figure, lines ending in CRLF.
public enum TeamFiguresCSV {
    public static func render(_ figures: TeamFigures) -> String {
        let time = ISO8601DateFormatter()
        var rows: [[String]] = [["section", "key", "value"]]
        rows.append(["report", "at", time.string(from: figures.at)])
        rows.append(["report", "since", time.string(from: figures.since)])
        // Each minute by when it starts: the last of the 60 ends at the moment the figures were taken.
        for (index, count) in figures.volumePerMinute.enumerated() {
            let start = figures.at.addingTimeInterval(Double(index - figures.volumePerMinute.count) * 60)
            rows.append(["mentions_per_minute", time.string(from: start), "\(count)"])
        }
        rows.append(["first_response", "answered", "\(figures.firstResponses.count)"])
        rows.append(["first_response", "median_seconds", figures.medianFirstResponse.map(seconds) ?? ""])
        rows.append(["first_response", "p90_seconds", figures.p90FirstResponse.map(seconds) ?? ""])
        for status in CaseStatus.allCases {
            rows.append(["backlog", status.rawValue, "\(figures.backlog[status] ?? 0)"])
        }
        rows.append(["sla", "breached", "\(figures.breached)"])
        rows.append(["approvals", "waiting", "\(figures.approvalsWaiting)"])
        for load in figures.agents {
            rows.append(["agent_assigned", load.agent, "\(load.assigned)"])
            rows.append(["agent_claimed", load.agent, "\(load.claimed)"])
            rows.append(["agent_replies", load.agent, "\(load.replies)"])
        }
        return rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One CSV field: quoted when it holds a comma, a quote, a line break or spaces at an end, its quotes doubled.
    /// Text a spreadsheet would run as a formula (an agent named `=SUM(…)`) goes after an apostrophe, as OWASP
    /// advises, so that opening the file runs nothing. Control characters and escape sequences other than line
    /// breaks and tabs are shown as the interface shows them: the file is also read in terminals.
    public static func field(_ text: String) -> String {
        var text = text.map { ["\n", "\r", "\r\n", "\t"].contains($0) ? String($0) : DisplayText.glyph(for: $0).text }
            .joined()
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        let scalars = text.unicodeScalars
        let needsQuotes = scalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || scalars.first == " " || scalars.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Seconds as a spreadsheet reads them: "90", "90.5".
    static func seconds(_ value: TimeInterval) -> String {
        value == value.rounded() ? "\(Int(value))" : "\(value)"
    }
}

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
