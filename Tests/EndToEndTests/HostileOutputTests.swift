import Foundation
import GRDB
import RiposteCore
import RiposteStore
import Testing

@Suite("Commands print stored text as the interface draws it: no escape sequence in a name or a post runs")
final class HostileOutputTests {
    let folder: CommandFolder
    var path: String { folder.store }
    /// Sets the window title, writes the clipboard, clears the screen, and the same with an 8-bit CSI.
    static let hostile = "mal\u{1B}]0;pwned\u{07}\u{1B}]52;c;dG91Y2ggL3RtcC94\u{07}\u{1B}[2J\u{9B}31mlory"

    init() throws {
        folder = try CommandFolder()
    }

    func riposte(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try folder.riposte(arguments)
    }

    func expectInert(_ output: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let controls = output.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r") || (0x7F...0x9F).contains($0.value)
        }
        #expect(controls.isEmpty, "control characters reached the output: \(controls.map(\.value))",
                sourceLocation: sourceLocation)
        #expect(output.contains("mal"), sourceLocation: sourceLocation)
    }

    @Test("an agent whose name was written into the store by another program: agent list, report as text and CSV")
    func hostileAgentName() throws {
        #expect(try riposte(["store", "init"]).status == 0)
        #expect(try riposte(["agent", "add", "mallory"]).status == 0)
        let store = try SQLiteInboxStore(path: path)
        let ann = Account(network: .x, handle: "@ann", name: "Ann", followers: 100, role: .customer)
        try store.ingest([IncomingPost(externalID: "1", author: ann, text: "no signal since Monday", createdAt: Date(),
                                       inReplyTo: nil)])
        let caseID = try #require(try store.queueRows(after: nil, limit: 1).first?.caseID)
        try store.assign([caseID], to: "mallory", by: try #require(try store.agent(login: store.login)).name, at: Date())
        // Past Riposte's own checks on names: another program writing the file.
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "UPDATE agents SET name = ? WHERE name = 'mallory'", arguments: [Self.hostile]) }

        for command in [["agent", "list"], ["report"], ["report", "--format", "csv"], ["report", "--format", "long"]] {
            let result = try riposte(command)
            #expect(result.status == 0, "\(command): \(result.output)")
            expectInert(result.output)
        }
        #expect(try riposte(["report", "--format", "csv"]).output.contains("approvals_decided\r\nmal"))
        #expect(try riposte(["report", "--format", "long"]).output.contains("agent_assigned,mal"))
    }
}
