import Foundation
import Testing
import RiposteCore

/// An agent types a filter after `l`; the queue reads it into terms and shows it back in canonical form.
@Suite struct CaseFilterParsingTests {
    /// A line, the terms it reads as, and how the title bar writes it back.
    struct Case: Sendable, CustomTestStringConvertible {
        var line: String
        var terms: [CaseFilter.Term]
        var canonical: String
        var testDescription: String { line.isEmpty ? "(empty line)" : line }
    }

    private static func term(_ condition: CaseFilter.Condition, negated: Bool = false) -> CaseFilter.Term {
        CaseFilter.Term(negated: negated, condition)
    }

    static let cases: [Case] = [
        Case(line: "", terms: [], canonical: ""),
        Case(line: "refund", terms: [term(.text("refund"))], canonical: "refund"),
        Case(line: "author:@Ann", terms: [term(.author(["@ann"]))], canonical: "author:@ann"),
        Case(line: "author:ann,@BOB,@ann", terms: [term(.author(["@ann", "@bob"]))], canonical: "author:@ann,@bob"),
        Case(line: "network:X,mastodon,x", terms: [term(.network([.x, .mastodon]))], canonical: "network:x,mastodon"),
        Case(line: "Status:NEW,open", terms: [term(.status([.new, .open]))], canonical: "status:new,open"),
        Case(line: "tag:billing -tag:spam", terms: [term(.tag(["billing"])), term(.tag(["spam"]), negated: true)],
             canonical: "tag:billing -tag:spam"),
        Case(line: "tag:\"late delivery\",vip", terms: [term(.tag(["late delivery", "vip"]))],
             canonical: "tag:\"late delivery\",vip"),
        Case(line: "assignee:sam,None,ME", terms: [term(.assignee([.agent("sam"), .nobody, .me]))],
             canonical: "assignee:sam,none,me"),
        Case(line: "assignee:\"none\"", terms: [term(.assignee([.agent("none")]))], canonical: "assignee:\"none\""),
        Case(line: "role:customer,executive", terms: [term(.role([.customer, .executive]))], canonical: "role:customer,executive"),
        Case(line: "age:>2h", terms: [term(.age(.moreThan, 7200))], canonical: "age:>2h"),
        Case(line: "age:<=90s", terms: [term(.age(.atMost, 90))], canonical: "age:<=1m30s"),
        Case(line: "age:>=1d", terms: [term(.age(.atLeast, 86_400))], canonical: "age:>=1d"),
        Case(line: "-age:<1h30m", terms: [term(.age(.lessThan, 5400), negated: true)], canonical: "-age:<1h30m"),
        Case(line: "priority:urgent,HIGH", terms: [term(.priority([.urgent, .high]))], canonical: "priority:urgent,high"),
        Case(line: "is:breached", terms: [term(.flag(.breached))], canonical: "is:breached"),
        Case(line: "is:awaiting -is:claimed", terms: [term(.flag(.awaiting)), term(.flag(.claimed), negated: true)],
             canonical: "is:awaiting -is:claimed"),
        Case(line: "\"no signal\"", terms: [term(.text("no signal"))], canonical: "\"no signal\""),
        Case(line: "-\"no signal\" -refund", terms: [term(.text("no signal"), negated: true), term(.text("refund"), negated: true)],
             canonical: "-\"no signal\" -refund"),
        Case(line: "\"status:open\"", terms: [term(.text("status:open"))], canonical: "\"status:open\""),
        Case(line: "  tag:a\t   refund  ", terms: [term(.tag(["a"])), term(.text("refund"))], canonical: "tag:a refund"),
        Case(line: "café 📶", terms: [term(.text("café")), term(.text("📶"))], canonical: "café 📶"),
        Case(line: "author:@ann network:x,mastodon status:new,open tag:billing -tag:spam assignee:sam role:customer "
                 + "age:>2h priority:high,urgent is:breached \"no signal\" refund",
             terms: [
                 term(.author(["@ann"])), term(.network([.x, .mastodon])), term(.status([.new, .open])),
                 term(.tag(["billing"])), term(.tag(["spam"]), negated: true), term(.assignee([.agent("sam")])),
                 term(.role([.customer])), term(.age(.moreThan, 7200)), term(.priority([.high, .urgent])),
                 term(.flag(.breached)), term(.text("no signal")), term(.text("refund")),
             ],
             canonical: "author:@ann network:x,mastodon status:new,open tag:billing -tag:spam assignee:sam role:customer "
                 + "age:>2h priority:high,urgent is:breached \"no signal\" refund"),
    ]

    @Test("a line reads as its terms", arguments: cases)
    func readsTerms(_ example: Case) throws {
        #expect(try CaseFilter.parse(example.line).terms == example.terms)
    }

    @Test("the canonical form reads back as the same filter, and is its own canonical form", arguments: cases)
    func canonicalFormRoundTrips(_ example: Case) throws {
        let filter = try CaseFilter.parse(example.line)
        #expect(filter.description == example.canonical)
        let reread = try CaseFilter.parse(filter.description)
        #expect(reread == filter)
        #expect(reread.description == example.canonical)
    }

    @Test("a filter built in code reads back from its description")
    func builtFiltersRoundTrip() throws {
        let filters = [
            CaseFilter.all,
            CaseFilter(terms: [CaseFilter.Term(.tag(["has space", "comma,inside", "quote\"inside"]))]),
            CaseFilter(terms: [CaseFilter.Term(.assignee([.agent("Me"), .agent("NONE"), .agent("Sam Jones"), .me, .nobody]))]),
            CaseFilter(terms: [CaseFilter.Term(negated: true, .text("-5")), CaseFilter.Term(.text("a:b"))]),
            CaseFilter(terms: [CaseFilter.Term(.age(.atLeast, 90_061))]),
        ]
        for filter in filters {
            #expect(try CaseFilter.parse(filter.description) == filter, "\(filter.description)")
        }
    }

    @Test("each term remembers the column it starts at, its \"-\" included")
    func termPositions() throws {
        let filter = try CaseFilter.parse("tag:a  -tag:b \"no signal\" 🚀 x")
        #expect(filter.terms.map(\.position.column) == [1, 8, 15, 27, 29])
        #expect(filter.terms.allSatisfy { $0.position.line == 1 })
    }

    @Test("a blank line is every case")
    func blankIsAll() throws {
        #expect(try CaseFilter.parse("   ") == .all)
        #expect(CaseFilter.all.terms.isEmpty)
        #expect(CaseFilter.all.description == "")
    }

    @Test("age comparisons say whether a case's wait falls on their side of the duration")
    func comparisons() {
        #expect(CaseFilter.Comparison.moreThan.holds(7201, 7200))
        #expect(!CaseFilter.Comparison.moreThan.holds(7200, 7200))
        #expect(CaseFilter.Comparison.atLeast.holds(7200, 7200))
        #expect(CaseFilter.Comparison.lessThan.holds(1799, 1800))
        #expect(!CaseFilter.Comparison.lessThan.holds(1800, 1800))
        #expect(CaseFilter.Comparison.atMost.holds(1800, 1800))
    }
}
