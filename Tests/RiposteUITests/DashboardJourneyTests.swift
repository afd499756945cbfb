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

    @Test("the dashboard's figures lead to their cases: Enter on one opens the queue limited to them, Esc goes back")
    func drillDown() throws {
        let supervisor = try Journey(width: 100, height: 40, agent: "lee", role: .supervisor, posts: smallInbox)
        try supervisor.store.assign([CaseID(1)], to: "lee", by: "lee", at: start)
        // A reply waiting for a supervisor is counted over the queue for supervisors.
        let sam = try Journey(width: 100, height: 40, agent: "sam", sharing: supervisor)
        sam.press("Enter", "r")
        sam.type("You idiots, read the contract")
        sam.press("C-r")
        supervisor.notice()
        supervisor.wait(UnreadCounts.interval)
        #expect(supervisor.lines[0].contains("1 awaiting approval"))
        #expect(!sam.lines[0].contains("awaiting approval"))

        supervisor.press("D")
        #expect(supervisor.selectedLines.first?.contains("SLA breached") == true)
        supervisor.press("j")
        #expect(supervisor.selectedLines.first?.contains("Approvals waiting: 1") == true)
        supervisor.press("Enter")
        #expect(supervisor.state.context == .queue && supervisor.state.filterName == "limit")
        #expect(supervisor.state.queue.rows.map(\.caseID) == [CaseID(1)])
        supervisor.press("Esc", "D")
        // Down to lee's load: the cases assigned to them and not yet answered.
        for _ in 0..<(1 + CaseStatus.allCases.count) { supervisor.press("j") }
        supervisor.press("j")
        #expect(supervisor.selectedLines.first?.contains("lee") == true)
        supervisor.press("Enter")
        #expect(supervisor.lines[0].contains("assignee:lee"))
        #expect(supervisor.state.queue.rows.map(\.caseID) == [CaseID(1)])
    }
}
