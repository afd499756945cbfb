import Foundation
import RiposteCore
import RiposteUI
import Testing

@Suite("An agent works the mention queue")
struct QueueJourneyTests {
    @Test("the queue shows one row per case: its customer's question, who spoke last, the wait, the status")
    func queueRows() throws {
        let journey = try Journey(width: 100, height: 10, posts: smallInbox)
        #expect(journey.text == """
             Riposte · Queue: all (3 new) · unassigned 3 · sam
             AGE   PRIO NET  WHO AUTHOR           REACH MENTION                   LAST       AGENT     STATUS
             50m        X    CUS @ann             1.2k  @us charged twice this m…                      new
             20m   low  X    CUS @jess            250   @us @rival which of you … ↳@bars               new
             5m    high X    CUS @sam             90    @us no signal in Leeds f…                      new




              Enter  open   j  next   k  previous   A  approvals   ?  keys   q  quit
            """)
    }

    @Test("j, k and the arrows move the selection, which stops at either end")
    func moving() throws {
        let journey = try Journey(posts: smallInbox)
        #expect(journey.selectedLines.first?.contains("@ann") == true)
        journey.press("j")
        #expect(journey.selectedLines.first?.contains("@bars") == true)
        journey.press("Down", "j", "j")
        #expect(journey.selectedLines.first?.contains("@sam") == true)
        journey.press("k", "Up", "Up", "Up")
        #expect(journey.selectedLines.first?.contains("@ann") == true)
        #expect(journey.selectedLines.count == 1)
    }

    @Test("new mentions arrive at the bottom while the agent works; the selected row stays where it is")
    func liveArrivals() throws {
        let journey = try Journey(posts: smallInbox)
        journey.press("j")
        let before = journey.lines
        let selectedRow = before.firstIndex { $0.contains("@bars") }
        journey.wait(30)
        try journey.arrive([
            post("new1", account("@kim"), minutes: 0.5, "@us is the outage fixed?"),
            post("fire2", account("@lee", .bystander), minutes: 0.5, replyTo: "fire", "best thread all week"),
        ])
        let after = journey.lines
        let kim = after.firstIndex { $0.contains("@kim") }, sam = after.firstIndex { $0.contains("@sam") }
        #expect(kim != nil && sam != nil && kim! > sam!)
        // The banter case is still @jess's, still waiting since the same post: it keeps its place and the selection;
        // the bystander who spoke last is marked beside it, not in the customer's place.
        #expect(journey.state.queue.selected?.author.handle == "@jess")
        #expect(journey.selectedLines.count == 1 && journey.selectedLines[0].contains("↳@lee"))
        #expect(selectedRow != nil && after.firstIndex { $0.contains("@jess") } == selectedRow)
    }

    @Test("an agent scrolled down a long queue is not moved when mentions arrive")
    func arrivalsInALongQueue() throws {
        let posts = (0..<200).map { post("m\($0)", account("@user\($0)"), minutes: Double($0) - 300, "mention \($0)") }
        let journey = try Journey(width: 80, height: 12, posts: posts)
        journey.press("PageDown", "PageDown", "j", "j", "j")
        let selected = try #require(journey.state.queue.selected)
        let line = try #require(journey.lines.firstIndex { $0.contains(selected.snippet) })
        try journey.arrive((0..<5).map { post("n\($0)", account("@new\($0)"), minutes: 1, "new \($0)") })
        #expect(journey.state.queue.selected?.caseID == selected.caseID)
        #expect(journey.lines.firstIndex { $0.contains(selected.snippet) } == line)
    }

    @Test("G then Enter opens the case that was on screen, whatever arrives between the two keys")
    func orderHoldsBetweenKeys() throws {
        let posts = (0..<30).map { post("m\($0)", account("@user\($0)"), minutes: Double($0) - 300, "mention \($0)") }
        let journey = try Journey(width: 80, height: 12, posts: posts)
        journey.press("G")
        let selected = try #require(journey.state.queue.selected)
        let onScreen = { journey.lines.dropFirst(2).prefix(journey.state.queueListHeight).map { $0.prefix(30) } }
        let screen = onScreen()
        // Between the keys: a new case, and follow-ups from customers still waiting on screen.
        try journey.arrive([post("new", account("@kim"), minutes: 1, "hello?"),
                            post("m28b", account("@user28"), minutes: 1, replyTo: "m28", "still waiting"),
                            post("m29b", account("@user29"), minutes: 1, replyTo: "m29", "anyone?")])
        #expect(onScreen() == screen)
        journey.press("Enter")
        #expect(journey.state.thread?.caseID == selected.caseID)
    }

    @Test("the view bar counts each view's new cases; new mentions ring the bell once, unless the bell is off")
    func unreadAndBell() throws {
        let journey = try Journey(width: 120, posts: smallInbox)
        #expect(journey.lines[0].contains("Queue: all (3 new) · unassigned 3 · sam"))
        try journey.arrive([post("late", account("@kim"), minutes: 1, "@us hello?")])
        // Counted again at most every few seconds while the store changes.
        journey.wait(UnreadCounts.interval)
        #expect(journey.lines[0].contains("Queue: all (4 new) · unassigned 4 · sam"))
        #expect(journey.screen.bells == 1)
        // A follow-up in a case already new is not a new arrival.
        try journey.arrive([post("more", account("@lee"), minutes: 1, replyTo: "late", "@us still there?")])
        journey.wait(UnreadCounts.interval)
        #expect(journey.screen.bells == 1)

        var quiet = Settings.defaults
        quiet.display.bell = false
        let muted = try Journey(width: 120, settings: quiet, posts: smallInbox)
        try muted.arrive([post("late", account("@kim"), minutes: 1, "@us hello?")])
        muted.wait(UnreadCounts.interval)
        #expect(muted.state.arrivals == 1 && muted.screen.bells == 0)
    }

    @Test("] and [ go to the next and previous new case, past the rows held, and say when there is none")
    func nextNewCase() throws {
        let posts = (0..<200).map { post("m\($0)", account("@user\($0)"), minutes: Double($0) - 300, "mention \($0)") }
        let journey = try Journey(width: 80, height: 12, posts: posts)
        let rows = try journey.store.queueRows(after: nil, limit: 200)
        for (index, row) in rows.enumerated() where ![3, 150, 190].contains(index) {
            try journey.store.openCase(row.caseID, by: "sam", at: start)
        }
        journey.session.dispatch(.storeChanged)
        for expected in ["mention 3", "mention 150", "mention 190"] {
            journey.press("]")
            #expect(journey.state.queue.selected?.snippet == expected)
            #expect(journey.selectedLines.first?.contains(expected) == true)
        }
        journey.press("]")
        #expect(journey.text.contains("No new case below") && journey.state.queue.selected?.snippet == "mention 190")
        journey.press("[", "[")
        #expect(journey.state.queue.selected?.snippet == "mention 3")
    }

    @Test("when cases below the selection leave the queue, the screen fills from above instead of going blank")
    func windowStaysFull() throws {
        let posts = (0..<30).map { post("m\($0)", account("@user\($0)"), minutes: Double($0) - 300, "mention \($0)") }
        let journey = try Journey(width: 80, height: 12, posts: posts)
        let page = journey.state.queueListHeight
        journey.press("l")
        journey.type("status:new")
        journey.press("Enter", "G", "k", "k", "k")
        let selected = try #require(journey.state.queue.selected)
        // A colleague closes the last three cases; the queue reads the store again around the selection.
        let lastThree = journey.state.queue.rows.suffix(3).map(\.caseID)
        try journey.store.setStatus(lastThree, to: .closed, snoozedUntil: nil, by: "kim", at: start)
        journey.session.dispatch(.storeChanged)
        #expect(journey.state.queue.selected?.caseID == selected.caseID)
        #expect(journey.lines.filter { $0.contains("mention ") }.count == page, "\(journey.text)")
        #expect(journey.lines[journey.state.height - 2].contains(selected.snippet))
    }

    @Test("an empty queue says whether nothing has come in or nothing matches, naming the filter and the keys out")
    func emptyQueues() throws {
        #expect(try Journey().text.contains("No mentions yet"))
        let journey = try Journey(width: 120, posts: smallInbox)
        let every = journey.state.queue.rows.count
        journey.press("l")
        journey.type("author:@nobody")
        journey.press("Enter")
        #expect(journey.text.contains(
            "No case matches the limit author:@nobody: Tab shows the next view, l changes the limit (empty for every case)."))
        journey.press("l")
        for _ in "author:@nobody" { journey.press("Backspace") }
        journey.press("Enter")
        #expect(journey.state.filterName == "all" && journey.state.queue.rows.count == every)
    }

    @Test("Esc clears a limit or a search, and an empty search clears the search: back to the view it narrowed")
    func clearingFilters() throws {
        let journey = try Journey(width: 120, posts: smallInbox)
        journey.press("Tab")
        let view = journey.state.filterName
        journey.press("l")
        journey.type(" author:@nobody")
        journey.press("Enter")
        #expect(journey.state.filterName == "limit")
        journey.press("Esc")
        #expect(journey.state.filterName == view)
        journey.press("/")
        journey.type("signal")
        journey.press("Enter")
        #expect(journey.state.filterName == "search")
        journey.press("/", "Enter")
        #expect(journey.state.filterName == view)
        journey.press("Esc")
        #expect(journey.text.contains("No limit or search to clear"))
    }

    @Test("the title counts the cases off screen exactly, or says there are more, never a figure that shifts")
    func offScreenCounts() throws {
        let posts = (0..<1000).map { post("m\($0)", account("@user\($0)"), minutes: Double($0) - 2000, "mention \($0)") }
        let journey = try Journey(width: 80, height: 12, posts: posts)
        let page = journey.state.queueListHeight
        #expect(journey.lines[0].hasSuffix("↓more"))
        journey.press("PageDown")
        let title = journey.lines[0]
        #expect(title.hasSuffix("↑\(page) ↓more"))
        journey.session.dispatch(.storeChanged)
        #expect(journey.lines[0] == title)
        journey.press("G")
        #expect(journey.lines[0].hasSuffix("↑more"))
        let small = try Journey(width: 80, height: 12, posts: (0..<12).map {
            post("s\($0)", account("@user\($0)"), minutes: Double($0) - 100, "mention \($0)")
        })
        #expect(small.lines[0].hasSuffix("↓\(12 - page)"))
    }

    @Test("paging through a queue far bigger than the screen holds only a few pages of it")
    func paging() throws {
        let posts = (0..<1000).map { post("m\($0)", account("@user\($0)"), minutes: Double($0) - 2000, "mention \($0)") }
        let journey = try Journey(width: 80, height: 12, posts: posts)
        let page = journey.state.queueListHeight
        for _ in 0..<999 { journey.press("j") }
        #expect(journey.state.queue.selected?.snippet == "mention 999")
        #expect(journey.state.queue.rows.count <= page * 6)
        journey.press("g")
        #expect(journey.state.queue.selected?.snippet == "mention 0")
        journey.press("PageDown", "PageDown")
        #expect(journey.state.queue.selected?.snippet == "mention \(page * 2)")
        journey.press("G")
        #expect(journey.state.queue.selected?.snippet == "mention 999")
        #expect(journey.lines[journey.state.height - 2].contains("mention 999"))
        journey.press("PageUp")
        #expect(journey.state.queue.selected?.snippet == "mention \(999 - page)")
        #expect(journey.state.queue.rows.count <= page * 6)
    }

    @Test("the age turns to a warning, then a breach, as a mention waits")
    func serviceLevelColours() throws {
        let journey = try Journey(posts: [post("1", account("@ann"), minutes: -10, "hello?")])
        func ageStyle() -> Style { journey.screen[2, 1].style }
        #expect(ageStyle() == Theme.builtin[.slaOK].overlaid(with: Theme.builtin[.selection]))
        journey.wait(40 * 60)
        #expect(journey.lines[2].hasPrefix(" 50m"))
        #expect(ageStyle() == Theme.builtin[.slaWarning].overlaid(with: Theme.builtin[.selection]))
        journey.wait(10 * 60)
        #expect(ageStyle() == Theme.builtin[.slaBreached].overlaid(with: Theme.builtin[.selection]))
    }

    @Test("q on the queue quits")
    func quit() throws {
        let journey = try Journey(posts: smallInbox)
        journey.press("q")
        #expect(journey.state.quitting)
    }
}
