import Testing
import RiposteCore

/// An agent mistypes a filter; the status line says what is wrong and where, for every mistake at once.
@Suite struct CaseFilterErrorTests {
    /// A wrong line and every error it gets, one `filter:1:column: message` per line.
    struct Case: Sendable, CustomTestStringConvertible {
        var line: String
        var errors: String
        var testDescription: String { line }
    }

    static let cases: [Case] = [
        Case(line: "auther:@ann", errors: #"filter:1:1: unknown field "auther"; did you mean "author"?"#),
        Case(line: "refund stauts:open", errors: #"filter:1:8: unknown field "stauts"; did you mean "status"?"#),
        Case(line: "http://example.com", errors: #"filter:1:1: unknown field "http"; the fields are author, network, status, tag, assignee, role, age, priority, is; to search for text with ":", put it in quotes"#),
        Case(line: ":refund", errors: #"filter:1:1: expected a field name before ":", such as tag:billing; to search for text with ":", put it in quotes"#),
        Case(line: "network:twitter", errors: #"filter:1:9: unknown network "twitter"; expected one of x, mastodon, bluesky"#),
        Case(line: "network:x,blusky", errors: #"filter:1:11: unknown network "blusky"; did you mean "bluesky"? (one of x, mastodon, bluesky)"#),
        Case(line: "status:opne", errors: #"filter:1:8: unknown status "opne"; did you mean "open"? (one of new, open, replied, waiting, snoozed, closed)"#),
        Case(line: "role:custmer", errors: #"filter:1:6: unknown role "custmer"; did you mean "customer"? (one of customer, brand, rival, executive, bystander)"#),
        Case(line: "priority:hgih", errors: #"filter:1:10: unknown priority "hgih"; did you mean "high"? (one of low, normal, high, urgent)"#),
        Case(line: "is:awaitng", errors: #"filter:1:4: unknown flag "awaitng"; did you mean "awaiting"? (one of mine, unassigned, claimed, breached, awaiting, rejected, unsent)"#),
        Case(line: "is:mine,breached", errors: #"filter:1:9: "is" takes one flag; write is:mine is:breached for cases that are both"#),
        Case(line: "age:2h", errors: #"filter:1:5: "age" needs a comparison before the duration: age:>2h for cases older than two hours, age:<30m for newer than half an hour"#),
        Case(line: "age:>2x", errors: #"filter:1:7: unknown unit "x" in "2x"; use s, m, h or d, such as 90s or 1h30m"#),
        Case(line: "age:>=90", errors: #"filter:1:7: "90" needs a unit: 90s, 90m, 90h or 90d"#),
        Case(line: "age:>30m1h", errors: #"filter:1:10: "h" after "m" in "30m1h"; write the larger units first, such as 1h30m"#),
        Case(line: "age:>", errors: #"filter:1:6: expected a duration, such as 90s, 15m, 1h30m or 2d"#),
        Case(line: "age:>1h,<2h", errors: #"filter:1:9: "age" takes one value, such as age:>2h"#),
        Case(line: "tag:", errors: #"filter:1:5: "tag" needs a value after ":", such as tag:billing"#),
        Case(line: "tag:\"\"", errors: #"filter:1:5: "tag" needs a value after ":", such as tag:billing"#),
        Case(line: "tag:a,,b", errors: #"filter:1:7: empty value in "tag"; remove the extra ",""#),
        Case(line: "network:x,", errors: #"filter:1:11: empty value in "network"; remove the extra ",""#),
        Case(line: "author:@", errors: #"filter:1:8: "@" alone is no handle; write the name after it, such as author:@ann"#),
        Case(line: "\"no signal", errors: #"filter:1:1: unterminated quote; add a closing ""#),
        Case(line: "refund tag:\"late delivery", errors: #"filter:1:12: unterminated quote; add a closing ""#),
        Case(line: "tag:\"late\"ly", errors: #"filter:1:11: unexpected "l" after the closing quote; separate values with ",""#),
        Case(line: "refund \"\"", errors: #"filter:1:8: empty quotes search for nothing; put words between them or remove them"#),
        Case(line: "- refund", errors: #"filter:1:1: a lone "-" negates nothing; write it before a term, such as -tag:spam"#),
        // Columns count Characters: the emoji and the "é" are one each.
        Case(line: "🚀 café statis:open", errors: #"filter:1:8: unknown field "statis"; did you mean "status"?"#),
    ]

    @Test("a wrong line is reported with the column and a message to act on", arguments: cases)
    func reportsTheMistake(_ example: Case) {
        #expect(Self.errors(example.line) == example.errors)
    }

    @Test("every mistake in a line is reported, in the order they appear")
    func severalMistakesInOneLine() {
        let line = "auther:ann network:twitter,x tag:billing age:2h status:new,closd \"no signal"
        #expect(Self.errors(line) == """
            filter:1:1: unknown field "auther"; did you mean "author"?
            filter:1:20: unknown network "twitter"; expected one of x, mastodon, bluesky
            filter:1:46: "age" needs a comparison before the duration: age:>2h for cases older than two hours, age:<30m for newer than half an hour
            filter:1:60: unknown status "closd"; did you mean "closed"? (one of new, open, replied, waiting, snoozed, closed)
            filter:1:66: unterminated quote; add a closing "
            """)
    }

    @Test("the errors are values an interface can place: file \"filter\", line 1, the column of each mistake")
    func errorsAreValues() {
        do {
            _ = try CaseFilter.parse("tag:a statis:open priority:hi")
            Issue.record("the line should not parse")
        } catch {
            #expect(error.errors.map(\.file) == ["filter", "filter"])
            #expect(error.errors.map(\.position) == [SourcePosition(line: 1, column: 7), SourcePosition(line: 1, column: 28)])
        }
    }

    private static func errors(_ line: String) -> String {
        do {
            let filter = try CaseFilter.parse(line)
            return "parsed as \(filter.description)"
        } catch {
            return error.description
        }
    }
}
