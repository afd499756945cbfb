import Foundation

/// The team's figures as `riposte report` writes them to read; TeamFiguresCSV and TeamFiguresJSON write them for
/// a spreadsheet and for a program.
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
        lines.append(padded("Agent") + "  assigned   claimed   replies   decided")
        for load in figures.agents {
            lines.append(padded(load.agent) + " " + number(load.assigned) + " " + number(load.claimed) + " "
                + number(load.replies) + " " + number(load.decided))
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
