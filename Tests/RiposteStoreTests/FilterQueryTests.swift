import Foundation
import RiposteCore
import RiposteStore
import StoreTestSupport
import Testing

@Suite("Filters and views find the cases they name")
struct FilterQueryTests {
    /// Six cases with different authors, networks, words, tags, assignees and ages.
    func inbox() throws -> TemporaryStore {
        let temporary = try TemporaryStore()
        let store = temporary.store
        try store.ingest([
            post("1", by: account("@ann"), at: -300, text: "Le réseau ne marche pas à Paris"),
            post("2", by: account("@bob", followers: 250_000), at: -200, text: "no signal in Leeds, switching to O2"),
            post("3", by: account("@cat", network: .mastodon), at: -100, text: "Bill is wrong again"),
            post("4", by: account("@dan", role: .rival), at: -50, text: "Our signal is better"),
            post("5", by: account("@eve", network: .bluesky), at: -10, text: "thanks for the quick fix"),
            post("6", by: account("@ann"), at: -5, text: "still no signal"),
        ])
        for name in ["sam", "kim"] { try store.setAgent(Agent(name: name, role: .agent), by: "t", at: epoch) }
        let rows = try store.queueRows(after: nil, limit: 10)
        let ids = Dictionary(uniqueKeysWithValues: rows.map { ($0.snippet.prefix(3), $0.caseID) })
        try store.tag([ids["Bil"]!], adding: ["billing"], removing: [], by: "sam", at: epoch)
        try store.assign([ids["Bil"]!], to: "sam", by: "sam", at: epoch)
        try store.assign([ids["no "]!], to: "kim", by: "kim", at: epoch)
        _ = try store.claim(ids["sti"]!, by: "sam", at: epoch, lease: 600, takeOver: false)
        try store.requestApproval(OutgoingReply(caseID: ids["Our"]!, inReplyTo: PostID(4), text: "x", voice: nil,
                                                  riskScore: 80, riskReasons: []), by: "kim", at: epoch)
        return temporary
    }

    func authors(_ filter: String, agent: String = "sam", at time: Date = epoch, in temporary: TemporaryStore) throws
        -> [String] {
        let scope = QueueScope(filter: try CaseFilter.parse(filter), agent: agent, now: time, serviceLevels: .standard)
        return try temporary.store.queueRows(after: nil, limit: 50, in: scope).map(\.author.handle)
    }

    @Test("each field and flag", arguments: [
        ("", ["@ann", "@bob", "@cat", "@dan", "@eve", "@ann"]),
        ("author:ANN", ["@ann", "@ann"]),
        ("author:@bob,@eve", ["@bob", "@eve"]),
        ("network:mastodon,bluesky", ["@cat", "@eve"]),
        ("tag:billing", ["@cat"]),
        ("-tag:billing role:customer", ["@ann", "@bob", "@eve", "@ann"]),
        ("assignee:me", ["@cat"]),
        ("assignee:kim,none role:customer", ["@ann", "@bob", "@eve", "@ann"]),
        ("role:rival", ["@dan"]),
        ("is:mine", ["@cat", "@ann"]),
        ("is:claimed", ["@dan", "@ann"]),
        ("is:awaiting", ["@dan"]),
        ("is:unassigned network:x", ["@ann", "@dan", "@ann"]),
        ("age:>3h", ["@ann", "@bob"]),
        ("age:<1h", ["@dan", "@eve", "@ann"]),
        // At the bound: @cat has waited exactly 100 minutes, @dan exactly 50.
        ("age:>=100m", ["@ann", "@bob", "@cat"]),
        ("age:>100m", ["@ann", "@bob"]),
        ("age:<=50m", ["@dan", "@eve", "@ann"]),
        ("age:<50m", ["@eve", "@ann"]),
    ])
    func fields(filter: String, expected: [String]) throws {
        #expect(try authors(filter, in: inbox()) == expected)
    }

    @Test("role: finds the cases with a post by that role anywhere in the thread, whoever spoke last")
    func roleAnywhereInTheThread() throws {
        let temporary = try TemporaryStore()
        try temporary.store.ingest([
            post("t1", by: account("@ann"), at: -30, text: "my bill doubled"),
            post("t2", by: account("@rivalco", role: .rival), at: -20, replyTo: "t1", text: "come to us"),
            post("t3", by: account("@zed", role: .bystander), at: -10, replyTo: "t1", text: "ha"),
            post("u1", by: account("@bob"), at: -5, text: "no signal"),
        ])
        #expect(try authors("role:rival", in: temporary) == ["@ann"])
        #expect(try authors("role:customer", in: temporary) == ["@ann", "@bob"])
        #expect(try authors("-role:rival", in: temporary) == ["@bob"])
        #expect(try authors("role:executive", in: temporary) == [])
        // One case at a time (a row kept in view as it changes) asks the same question case by case.
        let rival = QueueScope(filter: try CaseFilter.parse("role:rival"), agent: "sam", now: epoch,
                               serviceLevels: .standard)
        let rows = try temporary.store.queueRows(after: nil, limit: 10)
        #expect(try rows.map { try temporary.store.queueRow($0.caseID, in: rival) != nil } == [true, false])
    }

    @Test("words search every post of a case, accents and case aside; phrases keep their order; -word excludes")
    func words() throws {
        let temporary = try inbox()
        #expect(try authors("reseau", in: temporary) == ["@ann"])
        #expect(try authors("SIGNAL", in: temporary) == ["@bob", "@dan", "@ann"])
        #expect(try authors("\"no signal\"", in: temporary) == ["@bob", "@ann"])
        #expect(try authors("\"signal no\"", in: temporary) == [])
        #expect(try authors("signal -leeds role:customer", in: temporary) == ["@ann"])
        // What agents type is words, never FTS syntax: operators and quotes are taken literally.
        #expect(try authors("\"AND\" OR NEAR(x", in: temporary) == [])
    }

    @Test("a phrase finds its words next to each other and in order in one post, whatever the case, accents and punctuation between; never apart, swapped or split across posts")
    func phrases() throws {
        let temporary = try TemporaryStore()
        try temporary.store.ingest([
            post("p1", by: account("@ann"), at: -90, text: "NO SIGNAL!!! since Monday"),
            post("p2", by: account("@bob"), at: -80, text: "nó sígnal in Leeds"),
            post("p3", by: account("@cat"), at: -70, text: "no... signal, again"),
            post("p4", by: account("@dan"), at: -60, text: "signal? no."),
            post("p5", by: account("@eve"), at: -50, text: "no more signal here"),
            post("p6", by: account("@fay"), at: -40, text: "still no"),
            post("p6b", by: account("@fay"), at: -39, replyTo: "p6", text: "signal though"),
            post("p7", by: account("@gus"), at: -30, text: "it's still no signal at all, still no data"),
            post("p8", by: account("@hal"), at: -20, text: "still no data, no signal"),
            post("p9", by: account("@ivy"), at: -10, text: "Wi-Fi down; no signal on wi fi"),
        ])
        #expect(try authors("\"no signal\"", in: temporary) == ["@ann", "@bob", "@cat", "@gus", "@hal", "@ivy"])
        #expect(try authors("\"signal no\"", in: temporary) == ["@dan"])
        // Three words: each pair in its place, not the pairs found apart in one post.
        #expect(try authors("\"still no signal\"", in: temporary) == ["@gus"])
        #expect(try authors("\"no signal\" \"still no\"", in: temporary) == ["@gus", "@hal"])
        #expect(try authors("\"no signal\" monday", in: temporary) == ["@ann"])
        #expect(try authors("wi-fi", in: temporary) == ["@ivy"])
        #expect(try authors("-\"no signal\" signal", in: temporary) == ["@dan", "@eve", "@fay"])
        let scope = QueueScope(filter: try CaseFilter.parse("\"no signal\""), agent: "sam", now: epoch,
                               serviceLevels: .standard)
        #expect(try temporary.store.caseCount(in: scope, upTo: 100) == 6)
    }

    @Test("priority matches the priority the store gave each case from what its customer wrote")
    func priority() throws {
        let temporary = try inbox()
        let rows = try temporary.store.queueRows(after: nil, limit: 10)
        #expect(rows.contains { $0.work.priority >= .high } && rows.contains { $0.work.priority < .high })
        func cases(_ filter: String) throws -> [CaseID] {
            let scope = QueueScope(filter: try CaseFilter.parse(filter), agent: "sam", now: epoch, serviceLevels: .standard)
            return try temporary.store.queueRows(after: nil, limit: 50, in: scope).map(\.caseID)
        }
        #expect(try cases("priority:high,urgent") == rows.filter { $0.work.priority >= .high }.map(\.caseID))
        #expect(try cases("-priority:high,urgent") == rows.filter { $0.work.priority < .high }.map(\.caseID))
    }

    @Test("a case breaches when it waits past its network's and priority's target")
    func breached() throws {
        let temporary = try inbox()
        let rows = try temporary.store.queueRows(after: nil, limit: 10)
        for minutes in [0.0, 20, 40, 61, 100, 400] {
            let time = epoch.addingTimeInterval(minutes * 60)
            let expected = rows.filter { row in
                row.waitingSince.map { ServiceLevels.standard.state(waited: time.timeIntervalSince($0), network: row.network,
                                                                  priority: row.work.priority) == .breached } ?? false
            }.map(\.author.handle)
            #expect(try authors("is:breached", at: time, in: temporary) == expected, "at +\(minutes) min")
        }
        #expect(try authors("is:breached", at: epoch.addingTimeInterval(400 * 60), in: temporary).count == 6)
        // Closed, snoozed or waiting on the customer, a case's clock stops: it no longer counts as breached.
        let late = epoch.addingTimeInterval(400 * 60)
        try temporary.store.setStatus([rows[0].caseID], to: .closed, snoozedUntil: nil, by: "sam", at: late)
        try temporary.store.setStatus([rows[1].caseID], to: .waiting, snoozedUntil: nil, by: "sam", at: late)
        try temporary.store.setStatus([rows[2].caseID], to: .snoozed, snoozedUntil: late.addingTimeInterval(3600),
                                      by: "sam", at: late)
        #expect(try authors("is:breached", at: late, in: temporary) == rows.dropFirst(3).map(\.author.handle))
        let figures = try temporary.store.teamFigures(since: epoch, at: late, serviceLevels: .standard)
        #expect(figures.breached == 3)
    }

    @Test("paging by key works inside a filter")
    func paging() throws {
        let temporary = try TemporaryStore()
        try temporary.store.ingest((0..<40).map {
            post("m\($0)", by: account("@user\($0)", network: $0 % 2 == 0 ? .x : .mastodon), at: Double($0))
        })
        let scope = QueueScope(filter: try CaseFilter.parse("network:x"), agent: "", now: epoch, serviceLevels: .standard)
        var seen: [String] = []
        var key: QueueKey?
        while true {
            let page = try temporary.store.queueRows(after: key, limit: 7, in: scope)
            seen += page.map(\.author.handle)
            guard page.count == 7, let last = page.last else { break }
            key = last.key
        }
        #expect(seen == (0..<40).filter { $0 % 2 == 0 }.map { "@user\($0)" })
        let bottom = try temporary.store.queueRows(before: nil, limit: 3, in: scope).map(\.author.handle)
        #expect(bottom == ["@user34", "@user36", "@user38"])
        #expect(try temporary.store.queueRow(CaseID(2), in: scope) == nil)
    }

    @Test("a word in thousands of posts pages the same as a rare one: in queue order, from replies too, by key")
    func commonWord() throws {
        let temporary = try TemporaryStore()
        // 2,500 cases say "outage" (enough for the store to walk the queue rather than sort the matches); every
        // tenth case's word is only in its second post, a reply written after all the cases started.
        let firsts = (0..<2500).map { index in
            post("o\(index)", by: account("@user\(index)"), at: Double(index),
                 text: index % 10 == 0 ? "no service here" : "outage again")
        }
        let replies = (0..<2500).filter { $0 % 10 == 0 }.map { index in
            post("r\(index)", by: account("@user\(index)"), at: 3000 + Double(index), replyTo: "o\(index)",
                 text: "still an OUTAGE")
        }
        try temporary.store.ingest(firsts + replies)
        let scope = QueueScope(filter: try CaseFilter.parse("outage"), agent: "", now: epoch, serviceLevels: .standard)
        var seen: [String] = []
        var key: QueueKey?
        repeat {
            let page = try temporary.store.queueRows(after: key, limit: 500, in: scope)
            seen += page.map(\.author.handle)
            key = page.count == 500 ? page.last?.key : nil
        } while key != nil
        // A reply from the waiting customer does not move their case.
        #expect(seen == (0..<2500).map { "@user\($0)" })
    }
}
