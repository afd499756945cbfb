import Testing
import RiposteCore

/// A case waits; its SLA timer turns to a warning at 75% of the target and to breached at the target.
@Suite struct ServiceLevelsTests {
    @Test("the standard targets: X fastest, Mastodon and Bluesky a little longer")
    func standardTargets() {
        let levels = ServiceLevels.standard
        func minutes(_ network: Network) -> [Double] {
            Priority.allCases.reversed().map { levels.target(for: network, priority: $0) / 60 }
        }
        // urgent, high, normal, low
        #expect(minutes(.x) == [15, 30, 60, 240])
        #expect(minutes(.mastodon) == [20, 45, 90, 360])
        #expect(minutes(.bluesky) == [20, 45, 90, 360])
    }

    @Test("an urgent case on X: ok until 11m15s, a warning from then, breached at 15m")
    func statesOfAnUrgentCaseOnX() {
        let levels = ServiceLevels.standard
        func state(_ waited: Double) -> ServiceLevels.State {
            levels.state(waited: waited, network: .x, priority: .urgent)
        }
        #expect(state(0) == .ok)
        #expect(state(674) == .ok)
        #expect(state(675) == .warning)
        #expect(state(899) == .warning)
        #expect(state(900) == .breached)
        #expect(state(86_400) == .breached)
    }

    @Test("the same wait is fine for a low case and a breach for an urgent one")
    func priorityChangesTheState() {
        let levels = ServiceLevels.standard
        #expect(levels.state(waited: 1800, network: .x, priority: .low) == .ok)
        #expect(levels.state(waited: 1800, network: .x, priority: .high) == .breached)
        #expect(levels.state(waited: 1800, network: .mastodon, priority: .high) == .ok)
        #expect(levels.state(waited: 2100, network: .mastodon, priority: .high) == .warning)
    }

    @Test("a team's target replaces the standard one for that network and priority only")
    func settingATarget() {
        var levels = ServiceLevels.standard
        levels.setTarget(600, for: .bluesky, priority: .urgent)
        #expect(levels.target(for: .bluesky, priority: .urgent) == 600)
        #expect(levels.target(for: .mastodon, priority: .urgent) == 1200)
        #expect(levels.state(waited: 600, network: .bluesky, priority: .urgent) == .breached)
        #expect(ServiceLevels(targets: [.x: [.low: 7200]]).target(for: .x, priority: .normal) == 3600)
    }
}
