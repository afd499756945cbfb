import Foundation
import RiposteCore
import RiposteStore
import StoreTestSupport
import Testing

@Suite("The queue is read a page at a time from a key")
struct QueuePagingTests {
    /// 50 cases; some get later mentions, which do not move them while they wait on us.
    func filledStore() throws -> (TemporaryStore, [QueueRow]) {
        let temporary = try TemporaryStore()
        var posts: [IncomingPost] = []
        for index in 0..<50 {
            posts.append(post("m\(index)", by: account("@user\(index % 7)"), at: Double(index)))
        }
        for index in stride(from: 0, to: 50, by: 9) {
            posts.append(post("r\(index)", by: account("@late"), at: 100 + Double(index), replyTo: "m\(index)"))
        }
        // Two cases whose latest mention has the same time: the case id breaks the tie.
        posts.append(post("t1", by: account("@tie"), at: 500))
        posts.append(post("t2", by: account("@tie"), at: 500))
        try temporary.store.ingest(posts)
        return (temporary, try temporary.store.queueRows(after: nil, limit: 1000))
    }

    @Test("the longest wait first, so the AGE column reads in order and new mentions arrive at the bottom")
    func order() throws {
        let (_, all) = try filledStore()
        #expect(all.count == 52)
        #expect(all.map(\.key) == all.map(\.key).sorted())
        #expect(all.last?.snippet == "post t2")
        // m0's case has a later mention from @late, but its customer has waited since m0.
        #expect(all.first?.snippet == "post m0" && all.first?.latestAuthor == "@late")
        #expect(all.map(\.waitingSince) == all.map(\.waitingSince).sorted { ($0 ?? .distantFuture) < ($1 ?? .distantFuture) })
    }

    @Test("a case we answered goes by its latest activity, and a mention after our reply starts its wait again")
    func answeredCases() throws {
        let (temporary, _) = try filledStore()
        try temporary.store.ingest([post("ours", by: account("@us", role: .brand), at: 600, replyTo: "m3")])
        var all = try temporary.store.queueRows(after: nil, limit: 1000)
        let answered = try #require(all.first { $0.snippet == "post m3" })
        #expect(answered.waitingSince == nil && answered.key.ageFrom == epoch.addingTimeInterval(3 * 60))
        try temporary.store.ingest([post("again", by: account("@user3"), at: 700, replyTo: "ours")])
        all = try temporary.store.queueRows(after: nil, limit: 1000)
        #expect(all.last?.snippet == "post m3" && all.last?.key.ageFrom == epoch.addingTimeInterval(700 * 60))
    }

    @Test("paging down by key visits every case once, in order", arguments: [1, 7, 51, 52, 100])
    func pagingDown(pageSize: Int) throws {
        let (temporary, all) = try filledStore()
        var seen: [QueueRow] = []
        var key: QueueKey?
        while true {
            let page = try temporary.store.queueRows(after: key, limit: pageSize)
            seen += page
            guard page.count == pageSize, let last = page.last else { break }
            key = last.key
        }
        #expect(seen == all)
    }

    @Test("paging up from the bottom visits every case once, in order", arguments: [1, 7, 100])
    func pagingUp(pageSize: Int) throws {
        let (temporary, all) = try filledStore()
        var seen: [QueueRow] = []
        var key: QueueKey?
        while true {
            let page = try temporary.store.queueRows(before: key, limit: pageSize)
            seen = page + seen
            guard page.count == pageSize, let first = page.first else { break }
            key = first.key
        }
        #expect(seen == all)
    }

    @Test("a window around a case holds the rows either side of it, in and out of a filter",
          arguments: ["", "-author:@user3", "post"])
    func window(filter: String) throws {
        let (temporary, _) = try filledStore()
        let scope = QueueScope(filter: try CaseFilter.parse(filter), agent: "", now: epoch, serviceLevels: .standard)
        let all = try temporary.store.queueRows(after: nil, limit: 1000, in: scope)
        #expect(all.count > 6)
        for (index, row) in all.enumerated() {
            let window = try temporary.store.queueRows(around: row.key, above: 3, below: 4, in: scope)
            #expect(window.above == Array(all[max(0, index - 3)..<index]))
            #expect(window.below == Array(all[(index + 1)..<min(all.count, index + 5)]))
        }
    }

    @Test("a case is found by id with its current key")
    func rowByID() throws {
        let (temporary, all) = try filledStore()
        let moved = try #require(all.first { $0.snippet == "post m9" })
        #expect(try temporary.store.queueRow(moved.caseID) == moved)
        #expect(try temporary.store.queueRow(CaseID(9999)) == nil)
    }
}
