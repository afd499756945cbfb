import Foundation
import RiposteCore
import RiposteUI
import Testing

@Suite("An agent reads a thread and replies")
struct ThreadAndReplyJourneyTests {
    /// The banter case open, at the post that needs an answer.
    func openBanter(width: Int = 70, height: Int = 20) throws -> Journey {
        let journey = try Journey(width: width, height: height, posts: smallInbox)
        journey.press("j", "Enter")
        return journey
    }

    @Test("p goes to the parent post, ] and [ to the next and previous customer's post, L to our latest reply")
    func threadJumps() throws {
        let journey = try openBanter()
        func selected() -> String? {
            let thread = journey.state.thread?.thread
            return thread?.posts.first { $0.id == journey.state.thread?.selectedPost }?.externalID
        }
        #expect(selected() == "fire")
        journey.press("p")
        #expect(selected() == "ours")
        journey.press("p", "p")
        #expect(selected() == "rhyme")
        journey.press("p")
        #expect(journey.text.contains("This post answers no post in the thread"))
        journey.press("]")
        #expect(journey.text.contains("No customer post below") && selected() == "rhyme")
        journey.press("L")
        #expect(selected() == "ours")
        journey.press("j", "[")
        #expect(selected() == "rhyme")
    }

    @Test("M-e hands the draft to $VISUAL, saved first, and takes the text back with its length and risk counted again")
    func externalEditor() throws {
        let folder = try ScriptFolder()
        // An editor that records what it was given, then rewrites the reply as an agent might in vi.
        let editor = try folder.script("edit", """
            cp "$1" "\(folder.path)/given"
            printf 'You absolute idiots, we never said that\\n' > "$1"
            """)
        let journey = try Journey(width: 120, height: 20, posts: smallInbox, environment: ["VISUAL": editor,
                                                                                           "PATH": "/usr/bin:/bin"])
        journey.press("j", "Enter", "r")
        journey.type("Thanks for the rhyme")
        journey.press("M-e")
        #expect(try String(contentsOfFile: folder.path + "/given", encoding: .utf8)
                == "Thanks for the rhyme")
        #expect(journey.state.editor?.string == "You absolute idiots, we never said that")
        #expect((journey.state.editor?.assessment.score ?? 0) > 0)
        let caseID = try #require(journey.state.editor?.caseID)
        #expect(try journey.store.thread(caseID, agent: "sam")?.draft?.text == "You absolute idiots, we never said that")
        // An editor that fails leaves the reply as it was.
        _ = try folder.script("edit", "exit 3")
        journey.press("M-e")
        #expect(journey.text.contains("exited with status 3: the reply is as it was"))
        #expect(journey.state.editor?.string == "You absolute idiots, we never said that")
    }

    @Test("the selected post's link shows in the status bar; y copies it only when allowed, b opens it with $BROWSER")
    func postLinks() throws {
        let folder = try ScriptFolder()
        let browser = try folder.script("browse", "printf '%s' \"$1\" > \"\(folder.path)/opened\"")
        let posts = [post("1846950183744127011", account("@ann_b"), minutes: -5, "@us my bill")]
        let link = "https://x.com/ann_b/status/1846950183744127011"
        let journey = try Journey(width: 100, height: 12, posts: posts, environment: ["BROWSER": browser])
        journey.press("Enter")
        #expect(journey.lines.last?.contains(link) == true)
        journey.press("y")
        #expect(journey.text.contains("Copying is off") && journey.screen.clipboard == nil)
        journey.press("b")
        #expect(try String(contentsOfFile: folder.path + "/opened", encoding: .utf8) == link)

        var settings = Settings.defaults
        settings.display.copyLinks = true
        let allowed = try Journey(width: 100, height: 12, settings: settings, posts: posts)
        allowed.press("Enter", "y")
        #expect(allowed.screen.clipboard?.text == link)
        allowed.press("b")
        #expect(allowed.text.contains("$BROWSER is not set"))
        // A demo's made-up id makes no link.
        let demo = try Journey(width: 100, height: 12, settings: settings, posts: smallInbox)
        demo.press("Enter", "y")
        #expect(demo.text.contains("This post has no link") && demo.screen.clipboard == nil)
    }

    @Test("Enter shows the whole conversation as a tree: replies under their parent, every role marked, ours too")
    func threadTree() throws {
        let journey = try openBanter()
        #expect(journey.text == """
             Riposte · Case #2 · X · open                                 4 posts
            CUS @jess Jess · 250 · 40m
              @us @rival which of you can rhyme?

              ↳ RIV @rival Rival · 400k · 35m
                Our signal's so strong it could power your bus

                ↳ OUR @us Us · 180k · 30m · ours
                ┃ Power a bus? Bold claim from you lot

                  ↳ BYS @bars Bars · 25k · 20m
                    OHHH 🔥🔥







              r  reply   j  next post   q  back   ?  keys                    100%
            """)
        // The latest thing said to us is selected: that is what needs an answer.
        let selected = journey.screen
        #expect(selected[10, 6].style.reverse)
        #expect(!selected[1, 0].style.reverse)
    }

    @Test("long posts wrap at the window's width, under their author")
    func wrapping() throws {
        let long = String(repeating: "word ", count: 30) + "end"
        let journey = try Journey(width: 40, height: 12, posts: [post("1", account("@ann"), minutes: -1, long)])
        journey.press("Enter")
        let body = journey.lines.dropFirst(2).prefix { !$0.isEmpty }
        #expect(body.count == 5)
        #expect(body.allSatisfy { DisplayText.width(of: $0) <= 40 && $0.hasPrefix("  word") || $0.hasSuffix("end") })
        #expect(body.joined(separator: " ").split(separator: " ").count == 31)
    }

    @Test("a post of the longest size the store takes opens at once, cut after a long read with a line saying how much")
    func longestPost() throws {
        let long = String(repeating: "word ", count: IncomingPost.maximumTextLength / 5)
        let journey = try Journey(width: 80, height: 24, posts: [post("1", account("@ann"), minutes: -1, long)])
        journey.press("Enter")
        for _ in 0..<20 { journey.press("Space") }
        #expect(journey.text.contains("⋯ 80000 more characters not shown"))
    }

    @Test("r, typing and Ctrl-S: the reply is stored as ours in the thread, the case is replied, the audit says who")
    func reply() throws {
        let journey = try openBanter()
        journey.press("r")
        #expect(journey.state.context == .editor)
        journey.type("Bars this fresh\nneed no signal 🎤")
        #expect(journey.lines.last?.hasSuffix("X 33/280") == true)
        #expect(journey.screen.cursor == Screen.Position(row: 8, column: 17))
        journey.press("C-s")
        #expect(journey.state.context == .thread)
        #expect(journey.text.contains("Reply sent to the thread as @us"))
        let thread = try #require(try journey.store.thread(CaseID(2), agent: "sam"))
        #expect(thread.status == .replied)
        let sent = try #require(thread.posts.last)
        #expect(sent.text == "Bars this fresh\nneed no signal 🎤")
        #expect(sent.isOurs && sent.sentBy == "sam")
        #expect(sent.parentID == thread.posts.first { $0.externalID == "fire" }?.id)
        #expect(journey.lines.contains { $0.contains("↳ OUR @us Us · 180k · 0s · ours, sent by sam") })
        let sentEntry = try #require(try journey.store.auditLog(for: CaseID(2)).first { $0.action == "reply.sent" })
        #expect(sentEntry.agent == "sam" && sentEntry.at == start)
        journey.press("q")
        #expect(journey.lines[3].contains("replied"))
    }

    @Test("Esc leaves the editor and keeps the draft; r brings it back with its cursor")
    func draftKept() throws {
        let journey = try openBanter()
        journey.press("r")
        journey.type("Half a thought")
        journey.press("Left", "Left", "Left", "Left", "Left", "Left", "Esc")
        #expect(journey.state.context == .thread)
        #expect(journey.text.contains("draft waiting"))
        journey.press("q")
        #expect(journey.state.context == .queue)
        journey.press("Enter", "r")
        #expect(journey.state.editor?.string == "Half a thought")
        #expect(journey.state.editor?.cursor == 8)
        #expect(journey.text.contains("Your draft is back"))
        #expect(journey.screen.cursor == Screen.Position(row: 7, column: 8))
    }

    @Test("a reply too long for the network is refused, with what is over marked")
    func tooLong() throws {
        let journey = try openBanter()
        journey.press("r")
        journey.type(String(repeating: "a", count: 285))
        #expect(journey.lines.last?.hasSuffix("X 285/280") == true)
        // 69 characters a line: the 281st is the fifth of the fifth line.
        #expect(journey.screen[11, 4].style == Theme.builtin[.editorOver])
        #expect(journey.screen[11, 3].style == Theme.builtin[.row])
        journey.press("C-s")
        #expect(journey.state.context == .editor)
        #expect(journey.text.contains("Too long for X: 285/280, 5 over"))
        #expect(try journey.store.thread(CaseID(2), agent: "sam")?.posts.count == 4)
    }

    @Test("an empty reply is not sent")
    func empty() throws {
        let journey = try openBanter()
        journey.press("r")
        journey.type("  \n ")
        journey.press("C-s")
        #expect(journey.text.contains("Nothing to send yet"))
    }

    @Test("the editor moves by grapheme cluster and by visual line, keeping the column")
    func cursorMovement() throws {
        let journey = try openBanter(width: 40)
        journey.press("r")
        journey.type("日本語 e\u{301} 👨‍👩‍👧\nab")
        #expect(journey.state.editor?.text.count == 10)
        journey.press("Up")
        #expect(journey.state.editor?.cursor == 1)
        journey.press("End", "Left", "Backspace")
        #expect(journey.state.editor?.string == "日本語 e\u{301}👨‍👩‍👧\nab")
        journey.press("Home", "Delete")
        #expect(journey.state.editor?.string == "本語 e\u{301}👨‍👩‍👧\nab")
    }

    @Test("a combining mark typed after its letter joins it, as a terminal delivers them one by one")
    func combiningInput() throws {
        let journey = try openBanter()
        journey.press("r")
        for scalar in "cafe\u{301} 👍🏽".unicodeScalars {
            journey.session.dispatch(.key(.character(Character(scalar))))
        }
        #expect(journey.state.editor?.text == ["c", "a", "f", "e\u{301}", " ", "👍🏽"])
    }

    @Test("the draft is saved while typing, at most a second apart")
    func autosave() throws {
        let journey = try openBanter()
        journey.press("r")
        journey.type("Saved as I go")
        #expect(try journey.store.thread(CaseID(2), agent: "sam")?.draft == nil)
        journey.wait(1)
        #expect(try journey.store.thread(CaseID(2), agent: "sam")?.draft?.text == "Saved as I go")
        journey.type("!")
        journey.wait(0.5)
        #expect(try journey.store.thread(CaseID(2), agent: "sam")?.draft?.text == "Saved as I go")
        journey.wait(0.5)
        #expect(try journey.store.thread(CaseID(2), agent: "sam")?.draft?.text == "Saved as I go!")
    }
}
