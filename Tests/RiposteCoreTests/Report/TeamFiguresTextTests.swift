import Foundation
import RiposteCore
import Testing

@Suite("riposte report writes the dashboard's figures to read, for a spreadsheet and for a program")
struct TeamFiguresTextTests {
    /// 2023-11-14T22:13:20Z.
    let at = Date(timeIntervalSince1970: 1_700_000_000)

    func figures(firstResponses: [TimeInterval] = [90, 30, 600.5],
                 agents: [TeamFigures.AgentLoad] = [
                     .init(agent: "kim", assigned: 2, claimed: 1, replies: 0),
                     .init(agent: #"o"neil,jr"#, assigned: 0, claimed: 0, replies: 5, decided: 3),
                 ]) -> TeamFigures {
        var volume = Array(repeating: 0, count: 60)
        volume[0] = 3
        volume[59] = 7
        return TeamFigures(at: at, since: at.addingTimeInterval(-3600), volumePerMinute: volume,
                           firstResponses: firstResponses, backlog: [.new: 4, .open: 1], breached: 2,
                           approvalsWaiting: 1, agents: agents)
    }

    /// Rows and fields as a spreadsheet reads RFC 4180 text: quoted fields may hold commas, doubled quotes and CRLF.
    func spreadsheetRows(_ csv: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var scalars = csv.unicodeScalars.makeIterator(), pending: Unicode.Scalar? = nil
        while let scalar = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" && field.isEmpty {
                quoted = true
            } else if scalar == "," {
                row.append(field); field = ""
            } else if scalar == "\r" {
                guard scalars.next() == "\n" else { Issue.record("a CR without its LF"); return rows }
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        #expect(row.isEmpty && field.isEmpty, "the last row does not end in CRLF")
        return rows
    }

    @Test("a CSV field is quoted only when it must be, and a would-be formula runs nothing",
          arguments: [
              ("kim", "kim"),
              ("a,b", #""a,b""#),
              (#"say "hi""#, #""say ""hi""""#),
              ("two\r\nlines", "\"two\r\nlines\""),
              ("line\nfeed", "\"line\nfeed\""),
              ("carriage\rreturn", "\"carriage\rreturn\""),
              (" padded", "\" padded\""),
              ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
              ("@cmd,x", #""'@cmd,x""#),
              ("", ""),
          ])
    func csvField(text: String, written: String) {
        #expect(TeamFiguresCSV.field(text) == written)
    }

    @Test("the CSV is a table per section, each under its header row with a blank line before the next, and reads back")
    func csvTables() {
        let csv = TeamFiguresCSV.tables(figures())
        let tables = spreadsheetRows(csv).split(separator: [""], omittingEmptySubsequences: false).map(Array.init)
        #expect(tables.count == 6)
        #expect(tables.map { $0.first ?? [] } == [
            ["at", "since"],
            ["minute_start", "mentions"],
            ["cases_answered", "median_first_response_seconds", "p90_first_response_seconds"],
            ["status", "cases"],
            ["sla_breached", "approvals_waiting"],
            ["agent", "assigned", "claimed", "replies", "approvals_decided"],
        ])
        #expect(tables.allSatisfy { table in table.allSatisfy { $0.count == table[0].count } }, "a row off its header")
        #expect(tables[0][1] == ["2023-11-14T22:13:20Z", "2023-11-14T21:13:20Z"])
        #expect(tables[1].count == 61)
        #expect(tables[1][1] == ["2023-11-14T21:13:20Z", "3"] && tables[1][60] == ["2023-11-14T22:12:20Z", "7"])
        #expect(tables[2][1] == ["3", "90", "600.5"])
        #expect(Array(tables[3].dropFirst()) == [["new", "4"], ["open", "1"], ["replied", "0"], ["waiting", "0"],
                                                 ["snoozed", "0"], ["closed", "0"]])
        #expect(tables[4][1] == ["2", "1"])
        #expect(Array(tables[5].dropFirst()) == [["kim", "2", "1", "0", "0"], [#"o"neil,jr"#, "0", "0", "5", "3"]])
        #expect(csv.contains("\r\n\r\nagent,assigned,claimed,replies,approvals_decided\r\n"))
        #expect(csv.hasSuffix("\r\n" + #""o""neil,jr",0,0,5,3"# + "\r\n"))
    }

    @Test("with nobody at work the agents' table is its header alone; with nobody answered the times are empty")
    func csvTablesQuiet() {
        let tables = spreadsheetRows(TeamFiguresCSV.tables(figures(firstResponses: [], agents: [])))
            .split(separator: [""], omittingEmptySubsequences: false).map(Array.init)
        #expect(tables.last == [["agent", "assigned", "claimed", "replies", "approvals_decided"]])
        #expect(tables[2][1] == ["0", "", ""])
    }

    @Test("the long CSV has a section,key,value row per figure, the minutes by their start, and reads back as written")
    func csvLong() {
        let csv = TeamFiguresCSV.long(figures())
        let rows = spreadsheetRows(csv)
        #expect(rows.allSatisfy { $0.count == 3 })
        #expect(rows.count == 1 + 2 + 60 + 3 + 6 + 2 + 8)
        #expect(rows.prefix(4) == [
            ["section", "key", "value"],
            ["report", "at", "2023-11-14T22:13:20Z"],
            ["report", "since", "2023-11-14T21:13:20Z"],
            ["mentions_per_minute", "2023-11-14T21:13:20Z", "3"],
        ])
        #expect(rows[62] == ["mentions_per_minute", "2023-11-14T22:12:20Z", "7"])
        #expect(Array(rows[63...]) == [
            ["first_response", "answered", "3"],
            ["first_response", "median_seconds", "90"],
            ["first_response", "p90_seconds", "600.5"],
            ["backlog", "new", "4"], ["backlog", "open", "1"], ["backlog", "replied", "0"],
            ["backlog", "waiting", "0"], ["backlog", "snoozed", "0"], ["backlog", "closed", "0"],
            ["sla", "breached", "2"],
            ["approvals", "waiting", "1"],
            ["agent_assigned", "kim", "2"], ["agent_claimed", "kim", "1"], ["agent_replies", "kim", "0"],
            ["agent_approvals_decided", "kim", "0"],
            ["agent_assigned", #"o"neil,jr"#, "0"], ["agent_claimed", #"o"neil,jr"#, "0"],
            ["agent_replies", #"o"neil,jr"#, "5"], ["agent_approvals_decided", #"o"neil,jr"#, "3"],
        ])
        #expect(csv.contains("\r\n" + #"agent_replies,"o""neil,jr",5"# + "\r\n"))
    }

    @Test("with nobody answered yet, the median and 90th percentile cells are empty")
    func csvWithoutAnswers() {
        let rows = spreadsheetRows(TeamFiguresCSV.long(figures(firstResponses: [])))
        #expect(rows.filter { $0[0] == "first_response" } == [
            ["first_response", "answered", "0"], ["first_response", "median_seconds", ""],
            ["first_response", "p90_seconds", ""],
        ])
    }

    @Test("the JSON is one object: sorted keys, ISO 8601 times, the backlog by status name, figures without a value null")
    func json() throws {
        let data = try TeamFiguresJSON.encode(figures())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object.keys.sorted() == ["agents", "approvalsWaiting", "at", "backlog", "breached", "firstResponses",
                                         "medianFirstResponse", "p90FirstResponse", "since", "volumePerMinute"])
        #expect(object["at"] as? String == "2023-11-14T22:13:20Z")
        #expect(object["since"] as? String == "2023-11-14T21:13:20Z")
        #expect(object["backlog"] as? [String: Int] == ["new": 4, "open": 1, "replied": 0, "waiting": 0, "snoozed": 0,
                                                         "closed": 0])
        #expect((object["volumePerMinute"] as? [Int])?.count == 60)
        #expect(object["firstResponses"] as? [Double] == [90, 30, 600.5])
        #expect(object["medianFirstResponse"] as? Double == 90)
        #expect(object["p90FirstResponse"] as? Double == 600.5)
        #expect(object["breached"] as? Int == 2 && object["approvalsWaiting"] as? Int == 1)
        let agents = try #require(object["agents"] as? [[String: Any]])
        #expect(agents.map { $0.keys.sorted() } == Array(repeating: ["agent", "assigned", "claimed", "decided", "replies"],
                                                         count: 2))
        #expect(agents.map { $0["decided"] as? Int } == [0, 3])
        #expect(agents.map { $0["agent"] as? String } == ["kim", #"o"neil,jr"#])
        let text = String(decoding: data, as: UTF8.self)
        let order = ["agents", "approvalsWaiting", "at", "backlog", "breached"].map { text.range(of: "\"\($0)\"")!.lowerBound }
        #expect(order == order.sorted(), "keys are not written in order")

        let quiet = try #require(try JSONSerialization.jsonObject(with: try TeamFiguresJSON.encode(figures(firstResponses: [])))
            as? [String: Any])
        #expect(quiet["medianFirstResponse"] is NSNull && quiet["p90FirstResponse"] is NSNull)
    }

    @Test("the text summary reads at a glance")
    func text() {
        let text = TeamFiguresText.render(figures(), title: "Team figures")
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) == [
            "Team figures",
            "",
            "Mentions, last hour   10 (busiest minute 7)",
            "                      ▄" + String(repeating: ".", count: 58) + "█",
            "First response        median 1m30s, 9 in 10 within 10m1s (3 cases answered)",
            "Backlog               new 4, open 1, replied 0, waiting 0, snoozed 0, closed 0",
            "SLA breached          2",
            "Approvals waiting     1",
            "",
            #"Agent      assigned   claimed   replies   decided"#,
            #"kim               2         1         0         0"#,
            #"o"neil,jr         0         0         5         3"#,
        ])
    }

    @Test("with nobody at work, the summary says so")
    func textWithNobody() {
        let text = TeamFiguresText.render(figures(firstResponses: [], agents: []), title: "Team figures")
        #expect(text.hasSuffix("First response        no case answered yet\n"
            + "Backlog               new 4, open 1, replied 0, waiting 0, snoozed 0, closed 0\n"
            + "SLA breached          2\nApprovals waiting     1\n\nNobody holds, is assigned or has answered a case."))
    }
}
