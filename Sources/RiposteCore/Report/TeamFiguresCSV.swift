import Foundation

/// The figures as CSV for a spreadsheet (RFC 4180, lines ending in CRLF), in two shapes: a table per section, each
/// with its own header row and a blank line before the next, to read as it opens; or one long `section,key,value`
/// table, to filter and pivot.
public enum TeamFiguresCSV {
    /// A table per section: when, mentions a minute, first responses, backlog, waiting, and a row per agent.
    public static func tables(_ figures: TeamFigures) -> String {
        let time = ISO8601DateFormatter()
        let first = figures.firstResponses
        let sections: [[[String]]] = [
            [["at", "since"], [time.string(from: figures.at), time.string(from: figures.since)]],
            [["minute_start", "mentions"]] + minutes(figures).map { [time.string(from: $0.start), "\($0.count)"] },
            [["cases_answered", "median_first_response_seconds", "p90_first_response_seconds"],
             ["\(first.count)", figures.medianFirstResponse.map(seconds) ?? "",
              figures.p90FirstResponse.map(seconds) ?? ""]],
            [["status", "cases"]] + CaseStatus.allCases.map { [$0.rawValue, "\(figures.backlog[$0] ?? 0)"] },
            [["sla_breached", "approvals_waiting"], ["\(figures.breached)", "\(figures.approvalsWaiting)"]],
            [["agent", "assigned", "claimed", "replies", "approvals_decided"]] + figures.agents.map {
                [$0.agent, "\($0.assigned)", "\($0.claimed)", "\($0.replies)", "\($0.decided)"]
            },
        ]
        return sections.map(written).joined(separator: "\r\n")
    }

    /// A `section,key,value` row per figure.
    public static func long(_ figures: TeamFigures) -> String {
        let time = ISO8601DateFormatter()
        var rows: [[String]] = [["section", "key", "value"]]
        rows.append(["report", "at", time.string(from: figures.at)])
        rows.append(["report", "since", time.string(from: figures.since)])
        for minute in minutes(figures) {
            rows.append(["mentions_per_minute", time.string(from: minute.start), "\(minute.count)"])
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
            rows.append(["agent_approvals_decided", load.agent, "\(load.decided)"])
        }
        return written(rows)
    }

    /// Each minute by when it starts: the last of the 60 ends at the moment the figures were taken.
    static func minutes(_ figures: TeamFigures) -> [(start: Date, count: Int)] {
        figures.volumePerMinute.enumerated().map { index, count in
            (figures.at.addingTimeInterval(Double(index - figures.volumePerMinute.count) * 60), count)
        }
    }

    static func written(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
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
