import Foundation
import GRDB
import RiposteCore
import RiposteStore
import StoreTestSupport
import Testing

@Suite("The supervisor's figures: what arrives, how fast it is answered, what waits, who carries it")
struct TeamFiguresTests {
    /// The figures are taken an hour after `epoch`, over that hour.
    let now = epoch.addingTimeInterval(3600)

    func minute(_ minute: Double) -> Date {
        epoch.addingTimeInterval(minute * 60)
    }

    /// Every case on X may wait `seconds`, whatever its priority.
    func targets(_ seconds: TimeInterval) -> ServiceLevels {
        ServiceLevels(targets: [.x: Dictionary(uniqueKeysWithValues: Priority.allCases.map { ($0, seconds) })])
    }

    /// The case a post is on and the post, by the post's external id.
    func find(_ externalID: String, in temporary: TemporaryStore) throws -> (CaseID, PostID) {
        for row in try temporary.store.queueRows(after: nil, limit: 1000) {
            let thread = try #require(try temporary.store.thread(row.caseID, agent: "test"))
            if let post = thread.posts.first(where: { $0.externalID == externalID }) { return (row.caseID, post.id) }
        }
        throw StoreError.database("no post \(externalID)")
    }

    /// A morning's inbox, minutes counted from `epoch`: sam answers bob after 90 s and fay twice (first before the
    /// hour), kim holds dan's case and is assigned cat's, zed is assigned eve's, lee asks twice for approval on ann's.
    func morning() throws -> TemporaryStore {
        let temporary = try TemporaryStore()
        let store = temporary.store
        for (name, role) in [("sam", Agent.Role.agent), ("kim", .agent), ("zed", .agent), ("lee", .supervisor)] {
            try store.setAgent(Agent(name: name, role: role), by: "admin", at: epoch)
        }
        try store.ingest([
            post("a1", by: account("@ann"), at: -120),
            post("i1", by: account("@ivy"), at: -30),
            post("f1", by: account("@fay"), at: -30),
        ])
        let (fay, f1) = try find("f1", in: temporary)
        try store.sendReply(on: fay, inReplyTo: f1, text: "Sorry Fay, looking", by: "sam", at: minute(-20))
        try store.ingest([
            post("a2", by: account("@ann"), at: -1.0 / 60, replyTo: "a1"),
            post("b1", by: account("@bob"), at: 0),
            post("c1", by: account("@cat"), at: 0.5),
            post("f2", by: account("@fay"), at: 5, replyTo: "f1"),
            post("g1", by: account("@gus"), at: 10),
            post("h1", by: account("@hal"), at: 20),
            post("c2", by: account("@cat"), at: 30, replyTo: "c1"),
            post("d1", by: account("@dan"), at: 59.99),
            post("e1", by: account("@eve"), at: 60),
        ])
        let (bob, b1) = try find("b1", in: temporary)
        try store.sendReply(on: bob, inReplyTo: b1, text: "Hi Bob", by: "sam", at: minute(1.5))
        try store.sendReply(on: fay, inReplyTo: try find("f2", in: temporary).1, text: "Fixed now", by: "sam",
                            at: minute(6))
        let (ann, a2) = try find("a2", in: temporary), cat = try find("c1", in: temporary).0
        let dan = try find("d1", in: temporary).0, eve = try find("e1", in: temporary).0
        try store.setStatus([try find("g1", in: temporary).0], to: .closed, snoozedUntil: nil, by: "kim", at: minute(11))
        try store.setStatus([try find("h1", in: temporary).0], to: .snoozed, snoozedUntil: minute(120), by: "kim",
                            at: minute(21))
        try store.setStatus([dan], to: .open, snoozedUntil: nil, by: "kim", at: now)
        try store.assign([cat, dan, bob], to: "kim", by: "lee", at: minute(2))
        try store.assign([eve], to: "zed", by: "lee", at: minute(2))
        try store.assign([try find("g1", in: temporary).0], to: "lee", by: "lee", at: minute(2))
        _ = try store.claim(dan, by: "kim", at: now.addingTimeInterval(-10), lease: 600, takeOver: false)
        // Zed's lease runs out at the very moment the figures are taken.
        _ = try store.claim(eve, by: "zed", at: now.addingTimeInterval(-120), lease: 120, takeOver: false)
        for at in [40.0, 41] {
            try store.requestApproval(OutgoingReply(caseID: ann, inReplyTo: a2, text: "We hear you", voice: nil,
                                                    riskScore: 70, riskReasons: []), by: "lee", at: minute(at))
        }
        return temporary
    }

    @Test("mentions count in the minute they arrived, over the hour before now; our replies do not")
    func volume() throws {
        let figures = try morning().store.teamFigures(since: epoch, at: now, serviceLevels: .standard)
        var expected = Array(repeating: 0, count: 60)
        expected[0] = 2 // bob at 0, cat at 0:30; ann's second post, a second before the hour, is outside it
        expected[5] = 1 // fay again
        expected[10] = 1
        expected[20] = 1
        expected[30] = 1 // cat again
        expected[59] = 1 // dan, 0.6 s before now; eve, at now, is not before it
        #expect(figures.volumePerMinute == expected)
    }

    @Test("a case first answered 90 s after the customer wrote counts 90 s; one first answered before the window does not")
    func firstResponses() throws {
        let figures = try morning().store.teamFigures(since: epoch, at: now, serviceLevels: .standard)
        #expect(figures.firstResponses == [90])
        #expect(figures.medianFirstResponse == 90)
    }

    @Test("the backlog has every status, zeros included")
    func backlog() throws {
        let figures = try morning().store.teamFigures(since: epoch, at: now, serviceLevels: .standard)
        #expect(figures.backlog == [.new: 4, .open: 1, .replied: 2, .waiting: 0, .snoozed: 1, .closed: 1])
    }

    @Test("a case waiting past its network's target is breached, by the team's targets")
    func breached() throws {
        let store = try morning().store
        // Ann has waited three hours, Ivy an hour and a half, Cat 59.5 minutes.
        #expect(try store.teamFigures(since: epoch, at: now, serviceLevels: targets(2 * 3600)).breached == 1)
        #expect(try store.teamFigures(since: epoch, at: now, serviceLevels: targets(3600)).breached == 2)
        #expect(try store.teamFigures(since: epoch, at: now, serviceLevels: targets(59 * 60)).breached == 3)
    }

    @Test("the backlog and the breached count follow every change to a case, as the queue's own filters count them")
    func countsFollowEveryChange() throws {
        let temporary = try morning()
        let store = temporary.store
        func agree(_ moment: String, at time: Date) throws {
            let figures = try store.teamFigures(since: epoch, at: time, serviceLevels: targets(3600))
            func count(_ filter: String) throws -> Int {
                try store.caseCount(in: QueueScope(filter: try CaseFilter.parse(filter), agent: "lee", now: time,
                                                   serviceLevels: targets(3600)), upTo: 1000)
            }
            for status in CaseStatus.allCases {
                #expect(figures.backlog[status] == (try count("status:\(status.rawValue)")), "\(status) \(moment)")
            }
            #expect(figures.breached == (try count("is:breached")), "breached \(moment)")
        }
        try agree("after the morning", at: now)

        // New cases, and mentions into cases replied to, closed, snoozed and open.
        try store.ingest([
            post("j1", by: account("@jo"), at: 61),
            post("k1", by: account("@ken", network: .mastodon), at: 62),
            post("f3", by: account("@fay"), at: 63, replyTo: "f2"),
            post("g2", by: account("@gus"), at: 64, replyTo: "g1"),
            post("h2", by: account("@hal"), at: 65, replyTo: "h1"),
            post("d2", by: account("@dan"), at: 66, replyTo: "d1"),
        ])
        try agree("after more mentions", at: minute(70))

        let ivy = try find("i1", in: temporary)
        try store.sendReply(on: ivy.0, inReplyTo: ivy.1, text: "Hi Ivy", by: "sam", at: minute(71))
        try agree("after a reply", at: minute(72))

        // Several cases of different statuses and networks closed at once.
        let closing = try ["j1", "k1", "f3", "b1"].map { try find($0, in: temporary).0 }
        try store.setStatus(closing, to: .closed, snoozedUntil: nil, by: "kim", at: minute(73))
        try store.setStatus([try find("c1", in: temporary).0], to: .snoozed, snoozedUntil: minute(80), by: "kim",
                            at: minute(74))
        try agree("after closing and snoozing", at: minute(75))

        _ = try store.wakeSnoozed(at: minute(200))
        try agree("after the snoozes woke", at: minute(200))
    }

    @Test("a store made before cases were tallied counts the cases it has when it is next opened")
    func storeFromBeforeTheTally() throws {
        let temporary = try morning()
        let before = try temporary.store.teamFigures(since: epoch, at: now, serviceLevels: targets(3600))
        switch temporary.location {
        case let .file(path):
            try DatabaseQueue(path: path).write { db in
                try db.execute(sql: """
                    DROP TRIGGER cases_tally_update; DROP TRIGGER cases_tally_delete;
                    DROP TABLE case_tally; DELETE FROM grdb_migrations WHERE identifier LIKE 'v14:%'
                    """)
            }
        case .postgres:
            try PSQL(temporary).run("""
                DROP TABLE case_tally; DROP FUNCTION riposte_tally_cases() CASCADE; DROP FUNCTION riposte_fold_case_tally();
                DELETE FROM riposte_migrations WHERE name LIKE 'v14:%'
                """)
        }
        let reopened = try temporary.reopened()
        let after = try reopened.teamFigures(since: epoch, at: now, serviceLevels: targets(3600))
        #expect(after.backlog == [.new: 4, .open: 1, .replied: 2, .waiting: 0, .snoozed: 1, .closed: 1])
        #expect(after.breached == before.breached && after.breached == 2)
    }

    @Test("a tally that disagrees with the cases is a problem the store check names")
    func tallyChecked() throws {
        let temporary = try morning()
        #expect(try temporary.store.problems(thorough: true).isEmpty)
        let breakTally = "UPDATE case_tally SET cases = cases + 3 WHERE status = 'snoozed'"
        switch temporary.location {
        case let .file(path): try DatabaseQueue(path: path).write { try $0.execute(sql: breakTally) }
        case .postgres: try PSQL(temporary).run(breakTally)
        }
        let found = try temporary.store.problems(thorough: true)
        #expect(found.count == 1 && found[0].hasPrefix("the dashboard tallies 4 snoozed cases on x at priority"),
                "\(found)")
        #expect(found.first?.hasSuffix("but the store holds 1") == true)
    }

    @Test("only requests still waiting for a supervisor count")
    func approvals() throws {
        let figures = try morning().store.teamFigures(since: epoch, at: now, serviceLevels: .standard)
        #expect(figures.approvalsWaiting == 1)
    }

    @Test("each agent's open assigned cases, live claims and replies in the window; an agent with none is left out")
    func agents() throws {
        let figures = try morning().store.teamFigures(since: epoch, at: now, serviceLevels: .standard)
        #expect(figures.agents == [
            // Bob's case is assigned to kim too, but answered.
            TeamFigures.AgentLoad(agent: "kim", assigned: 2, claimed: 1, replies: 0),
            // Sending claimed the cases for two minutes, long over; the reply before the window is not counted.
            TeamFigures.AgentLoad(agent: "sam", assigned: 0, claimed: 0, replies: 2),
            TeamFigures.AgentLoad(agent: "zed", assigned: 1, claimed: 0, replies: 0),
        ])
    }

    @Test("each supervisor's approvals and rejections in the window count; a request superseded or still waiting does not")
    func decisions() throws {
        let temporary = try morning()
        let store = temporary.store
        try store.setAgent(Agent(name: "ada", role: .supervisor), by: "admin", at: epoch)
        let (cat, c2) = try find("c2", in: temporary), (eve, e1) = try find("e1", in: temporary)
        let (hal, h1) = try find("h1", in: temporary)
        func ask(_ caseID: CaseID, _ post: PostID, by agent: String, at minute: Double) throws -> ApprovalID {
            try store.requestApproval(OutgoingReply(caseID: caseID, inReplyTo: post, text: "We hear you", voice: nil,
                                                    riskScore: 70, riskReasons: []), by: agent, at: self.minute(minute))
        }
        try store.approve(try ask(cat, c2, by: "kim", at: 42), editedText: nil, by: "lee", at: minute(43))
        try store.reject(try ask(eve, e1, by: "zed", at: 44), reason: "not in that tone", by: "lee", at: minute(45))
        try store.reject(try ask(hal, h1, by: "sam", at: 46), reason: "no", by: "ada", at: minute(47))

        let figures = try store.teamFigures(since: epoch, at: now, serviceLevels: .standard)
        #expect(figures.agents.map { [$0.agent: $0.decided] } == [["ada": 1], ["kim": 0], ["lee": 2], ["sam": 0],
                                                                  ["zed": 0]])
        let later = try store.teamFigures(since: minute(44), at: now, serviceLevels: .standard)
        #expect(later.agents.first { $0.agent == "lee" }?.decided == 1)
        #expect(try store.teamFigures(since: epoch, at: minute(42.5), serviceLevels: .standard).agents
            .allSatisfy { $0.decided == 0 })
    }

    @Test("the window is the caller's: a longer one takes in the earlier answers")
    func window() throws {
        let figures = try morning().store.teamFigures(since: minute(-60), at: now, serviceLevels: .standard)
        #expect(figures.firstResponses == [600, 90])
        #expect(figures.agents.first { $0.agent == "sam" }?.replies == 3)
        #expect(figures.since == minute(-60) && figures.at == now)
    }

    @Test("an empty store has a quiet hour, every status at zero and nobody working")
    func empty() throws {
        let figures = try TemporaryStore().store.teamFigures(since: epoch, at: now, serviceLevels: .standard)
        #expect(figures == TeamFigures(at: now, since: epoch, volumePerMinute: Array(repeating: 0, count: 60),
                                       firstResponses: [],
                                       backlog: Dictionary(uniqueKeysWithValues: CaseStatus.allCases.map { ($0, 0) }),
                                       breached: 0, approvalsWaiting: 0, agents: []))
    }
}
