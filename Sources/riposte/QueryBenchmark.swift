import Foundation
import RiposteCore
import RiposteStore

/// Times the queries an agent types after `l` and `/` on a full store: each of the first two screens of cases.
struct QueryBenchmark {
    /// Typical filters: a field each, text words and a phrase, a rare tag, and combinations.
    static let filters = [
        "network:mastodon", "status:new role:customer", "role:bystander", "role:rival", "is:breached", "age:>7d", "author:@synthetic_user42",
        "tag:vip", "manchester", "\"no signal\"", "roaming -network:x", "refund", "is:unassigned priority:high,urgent",
    ]
    static let screen = 60

    struct Timing {
        var filter: String
        var rows: Int
        var p50: Double
        var max: Double
    }

    let store: any InboxStore

    /// Tags one case in a thousand "vip", the way a team tags a few.
    func tagSome() throws {
        var key: QueueKey?, index = 0, tagged: [CaseID] = []
        while true {
            let page = try store.queueRows(after: key, limit: 5000)
            for row in page {
                if index.isMultiple(of: 1000) { tagged.append(row.caseID) }
                index += 1
            }
            guard let last = page.last else { break }
            key = last.key
        }
        try store.tag(tagged, adding: ["vip"], removing: [], by: "bench", at: Date())
    }

    func run(times: Int = 15) throws -> [Timing] {
        try Self.filters.map { text in
            let scope = QueueScope(filter: try CaseFilter.parse(text), agent: "bench", now: Date(),
                                   serviceLevels: .standard)
            var rows = 0
            var samples: [Double] = []
            for run in 0...times {
                var key: QueueKey?
                rows = 0
                for _ in 0..<2 {
                    let started = DispatchTime.now().uptimeNanoseconds
                    let page = try store.queueRows(after: key, limit: Self.screen, in: scope)
                    if run > 0 { samples.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6) }
                    rows += page.count
                    key = page.last?.key
                }
            }
            // The first run warms the page cache and is not counted.
            let sorted = samples.sorted()
            return Timing(filter: text, rows: rows, p50: sorted[sorted.count / 2], max: sorted.last ?? 0)
        }
    }
}
