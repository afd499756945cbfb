import Foundation
import RiposteCore
import RiposteUI
import Testing

@Suite("Journeys: a supervisor watches the team's dashboard")
struct DashboardJourneyTests {
    @Test("D draws the last hour's mentions as block columns, the backlog and the load as bars, and keeps itself fresh")
    func dashboard() throws {
        let supervisor = try Journey(width: 100, height: 30, agent: "lee", role: .supervisor, posts: smallInbox)
        supervisor.press("D")
        #expect(supervisor.state.context == .dashboard)
        #expect(supervisor.lines[0].contains("Riposte · Dashboard · last hour"))
        // smallInbox: six mentions 50 to 5 minutes ago, one of them ours.
        #expect(supervisor.text.contains("Mentions per minute: 5 in the hour, peak 1 a minute"))
        let chart = supervisor.lines.filter { $0.contains("█") && !$0.contains("new") }
        #expect(chart.count >= 1 && chart.allSatisfy { $0.filter { $0 == "█" }.count <= 5 })
        let newLine = supervisor.lines.first { $0.contains("    new ") }
        #expect(newLine?.hasSuffix("█ 3") == true)
        #expect(supervisor.text.contains("First response: median none yet (0 answered)"))

        // New mentions arrive; within the refresh interval the dashboard counts them.
        try supervisor.arrive([post("late", account("@zoe"), minutes: 0, "@us still down?")])
        supervisor.wait(DashboardState.refreshInterval)
        #expect(supervisor.text.contains("Mentions per minute: 6 in the hour"))
        supervisor.press("q")
        #expect(supervisor.state.context == .queue)
    }
}
