import Foundation
import RiposteCore
import RiposteStore
import Testing

@Suite("riposte report and riposte training report: a supervisor's and a trainer's figures from the shell")
final class ReportCommandTests {
    let folder: CommandFolder

    init() throws {
        folder = try CommandFolder()
    }

    /// A training store where kim asked twice for approval in the last minutes; lee approved once and rejected once.
    func storeWithDecisions() throws {
        #expect(try folder.riposte(["store", "init", "--training"]).status == 0)
        let store = try SQLiteInboxStore(path: folder.store)
        let now = Date()
        try store.setAgent(Agent(name: "kim", role: .agent), by: "lee", at: now)
        try store.setAgent(Agent(name: "lee", role: .supervisor), by: "lee", at: now)
        let ann = Account(network: .x, handle: "@ann", name: "Ann", followers: 100, role: .customer)
        try store.ingest([IncomingPost(externalID: "q", author: ann, text: "my bill is wrong again",
                                       createdAt: now.addingTimeInterval(-600), inReplyTo: nil)])
        let caseID = try #require(try store.queueRows(after: nil, limit: 1).first?.caseID)
        let question = try #require(try store.thread(caseID, agent: "kim")?.posts.first)
        func ask(_ minutesAgo: Double) throws -> ApprovalID {
            try store.requestApproval(OutgoingReply(caseID: caseID, inReplyTo: question.id, text: "Sorry Ann, on it",
                                                    voice: nil, riskScore: 70, riskReasons: []),
                                      by: "kim", at: now.addingTimeInterval(-minutesAgo * 60))
        }
        try store.reject(try ask(5), reason: "warmer, please", by: "lee", at: now.addingTimeInterval(-240))
        try store.approve(try ask(3), editedText: nil, by: "lee", at: now.addingTimeInterval(-120))
    }

    /// Tables as a spreadsheet reads them: rows of fields split at blank lines; the fields here hold no quotes.
    func tables(_ csv: String) -> [[[String]]] {
        csv.components(separatedBy: "\r\n\r\n").map { table in
            table.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
        }
    }

    @Test("--format csv is a table per section with its header; the agents' table counts lee's two decisions")
    func csvTables() throws {
        try storeWithDecisions()
        let result = try folder.riposte(["report", "--format", "csv"])
        #expect(result.status == 0)
        let written = tables(result.output)
        #expect(written.map { $0.first?.first } == ["at", "minute_start", "cases_answered", "status", "sla_breached",
                                                    "agent"])
        let agents = try #require(written.last)
        #expect(agents.first == ["agent", "assigned", "claimed", "replies", "approvals_decided"])
        #expect(agents.first { $0.first == "lee" }?.last == "2")
        #expect(agents.first { $0.first == "kim" }?.last == "0")
    }

    @Test("--format long keeps the section,key,value table, the decisions included")
    func csvLong() throws {
        try storeWithDecisions()
        let result = try folder.riposte(["report", "--format", "long"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("section,key,value\r\nreport,at,"))
        #expect(result.output.contains("\r\nagent_approvals_decided,lee,2\r\n"))
        #expect(!result.output.contains("\r\n\r\n"))
    }

    @Test("a format that is none of them is refused, naming the formats")
    func unknownFormat() throws {
        try storeWithDecisions()
        let result = try folder.riposte(["report", "--format", "xlsx"])
        #expect(result.status != 0)
        #expect(result.output.contains("text") && result.output.contains("csv") && result.output.contains("long")
            && result.output.contains("json"))
    }

    @Test("training report --agent: an agent the store does not know is an error that lists the agents")
    func unknownAgent() throws {
        try storeWithDecisions()
        let result = try folder.riposte(["training", "report", "--agent", "kym"])
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("riposte: --agent kym: no such agent; the agents are "))
        #expect(result.output.contains("kim") && result.output.contains("lee"))
        #expect(!result.output.contains("score"))
    }

    @Test("training report --agent: a known agent's score is a sum from the base; one who did nothing stays at it")
    func knownAgent() throws {
        try storeWithDecisions()
        let kim = try folder.riposte(["training", "report", "--agent", "kim"])
        #expect(kim.status == 0)
        let lines = kim.output.components(separatedBy: "\n")
        let top = try #require(lines.firstIndex(of: "  how the score adds up:"))
        let sum = lines[(top + 1)...].prefix { !$0.isEmpty }.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(sum.first == "50  base: where everyone starts")
        #expect(sum.contains("-5  1 reply rejected by a supervisor"))
        let points = sum.map { Int($0.prefix { $0 != " " }.replacingOccurrences(of: "+", with: "")) }
        #expect(sum.last?.hasSuffix("  score") == true)
        #expect(points.dropLast().compactMap { $0 }.reduce(0, +) == points.last ?? nil)
        #expect(kim.output.contains("kim: score \((points.last ?? nil) ?? -1)/100"))

        try SQLiteInboxStore(path: folder.store).setAgent(Agent(name: "ada", role: .supervisor), by: "lee", at: Date())
        let ada = try folder.riposte(["training", "report", "--agent", "ada"])
        #expect(ada.status == 0)
        #expect(ada.output.contains("ada: score 50/100") && ada.output.contains("nothing has moved it yet"))
    }
}
