import Foundation
import RiposteCore
import RiposteUI
import Testing

/// `reduce` alone, no store: the effects each step of the main journeys asks for and the state it leaves. A step
/// that stops asking for something (the claim's release after sending, the audit's undo) fails here.
@Suite("Reduce: the exact effects of sending, asking for approval, taking over, closing and bulk changes")
struct ReduceTests {
    static let now = Date(timeIntervalSince1970: 1_796_653_800)
    static let ann = Account(network: .x, handle: "@ann", name: "Ann", followers: 120, role: .customer)
    static let us = Account(network: .x, handle: "@us", name: "Us", followers: 9000, role: .brand)

    static func row(_ id: Int64, status: CaseStatus = .new) -> QueueRow {
        QueueRow(caseID: CaseID(id), key: QueueKey(ageFrom: now.addingTimeInterval(Double(id)), caseID: CaseID(id)),
                 network: .x, status: status, author: ann, snippet: "mention \(id)", waitingSince: now, postCount: 1)
    }

    static let question = ThreadPost(id: PostID(10), externalID: "q", parentID: nil, author: ann,
                                     text: "my bill doubled", createdAt: now, isOurs: false, sentBy: nil)

    /// A queue of three cases, loaded as the store would answer.
    func queue() -> AppState {
        var state = AppState(agent: "sam", width: 100, height: 30, now: Self.now)
        let request = QueueRequest(anchor: .top, above: 0, below: 81, filter: state.filter)
        _ = reduce(&state, .queueLoaded(QueueWindow(request: request, rows: (1...3).map { Self.row($0) }, anchorIndex: 0,
                                                    reachedTop: true, reachedBottom: true)))
        return state
    }

    /// Case 1 open, its thread read, the editor open with the claim granted and `text` typed.
    func editing(_ text: String) -> AppState {
        var state = queue()
        #expect(reduce(&state, .key(.enter)) == [.openCase(CaseID(1)), .loadThread(CaseID(1))])
        _ = reduce(&state, .threadLoaded(CaseThread(caseID: CaseID(1), network: .x, status: .open,
                                                    posts: [Self.question], draft: nil, brand: Self.us)))
        let effects = reduce(&state, .key(.character("r")))
        #expect(effects.contains(.claim(CaseID(1), takeOver: false)))
        _ = reduce(&state, .claimed(CaseID(1), .granted(Claim(agent: "sam", expires: Self.now.addingTimeInterval(120))),
                                    takeOver: false))
        _ = reduce(&state, .typed(text))
        return state
    }

    @Test("send: the reply goes out; once sent the editor closes, the claim is let go, the thread and queue are read")
    func send() throws {
        var state = editing("So sorry Ann, let me look at that bill")
        let effects = reduce(&state, .key(KeyPress(name: "C-s")!))
        guard case let .sendReply(reply)? = effects.last, effects.count == 1 else {
            Issue.record("expected one sendReply, got \(effects)")
            return
        }
        #expect(reply.caseID == CaseID(1) && reply.inReplyTo == PostID(10) && reply.text == "So sorry Ann, let me look at that bill")
        let sent = ThreadPost(id: PostID(11), externalID: "r", parentID: PostID(10), author: Self.us, text: reply.text,
                              createdAt: Self.now, isOurs: true, sentBy: "sam")
        let after = reduce(&state, .replySent(CaseID(1), sent))
        #expect(after.first == .releaseClaim(CaseID(1)))
        #expect(after.dropFirst().first == .loadThread(CaseID(1)))
        #expect(after.count == 3 && state.editor == nil && state.context == .thread)
    }

    @Test("a risky reply asks a supervisor instead; once asked, the claim is let go too")
    func requestApproval() throws {
        var state = editing("You idiots never read the contract, that's on you")
        let effects = reduce(&state, .key(KeyPress(name: "C-s")!))
        guard case let .requestApproval(request)? = effects.first, effects.count == 1 else {
            Issue.record("expected one requestApproval, got \(effects)")
            return
        }
        #expect(request.riskScore >= state.riskRules.threshold && !request.riskReasons.isEmpty)
        let after = reduce(&state, .approvalRequested(CaseID(1)))
        #expect(after.first == .releaseClaim(CaseID(1)) && state.editor == nil)
    }

    @Test("take over: T asks for the claim on purpose; granted from the queue, the case opens and the editor follows")
    func takeOver() throws {
        var state = queue()
        #expect(reduce(&state, .key(.character("T"))) == [.claim(CaseID(1), takeOver: true)])
        let granted = reduce(&state, .claimed(CaseID(1), .granted(Claim(agent: "sam", expires: Self.now)), takeOver: true))
        #expect(granted == [.openCase(CaseID(1)), .loadThread(CaseID(1)), .claim(CaseID(1), takeOver: false)])
        #expect(state.thread?.caseID == CaseID(1))
    }

    @Test("close: c closes the selected case; the change can be undone, and u asks for exactly that")
    func closeAndUndo() throws {
        var state = queue()
        #expect(reduce(&state, .key(.character("c"))) == [.changeCases([CaseID(1)], .status(.closed, snoozedUntil: nil))])
        let closed = CaseChange.status(.closed, snoozedUntil: nil)
        let undo = CaseUndo(changes: [.init(cases: [CaseID(1)], change: .status(.new, snoozedUntil: nil))],
                            undoing: closed, on: [CaseID(1)], until: Self.now.addingTimeInterval(CaseUndo.window))
        let reload = reduce(&state, .casesChanged(.changed([CaseID(1)], closed, undo: undo)))
        #expect(reload.count == 1 && state.message?.text == "Case #1: closed · u undoes")
        #expect(reduce(&state, .key(.character("u"))) == [.undoCaseChanges(undo)])
        #expect(reduce(&state, .key(.character("u"))).isEmpty && state.message?.text.contains("Nothing to undo") == true)
    }

    @Test("bulk: t marks and moves on, ; then a command applies to every marked case, and the marks stay")
    func bulk() throws {
        var state = queue()
        _ = reduce(&state, .key(.character("t")))
        _ = reduce(&state, .key(.character("t")))
        #expect(state.marked == [CaseID(1), CaseID(2)] && state.queue.selected?.caseID == CaseID(3))
        #expect(reduce(&state, .key(.character(";"))).isEmpty && state.bulkPending)
        #expect(reduce(&state, .key(.character("w"))) == [.changeCases([CaseID(1), CaseID(2)], .status(.waiting, snoozedUntil: nil))])
        #expect(!state.bulkPending)
    }

    @Test("keys that need a thread still being read wait for it, with what is typed after them, then act in order")
    func keysWaitForTheThread() throws {
        var state = queue()
        _ = reduce(&state, .key(.enter))
        #expect(reduce(&state, .key(.character("r"))).isEmpty)
        for character in "Hi Ann" { #expect(reduce(&state, .key(.character(character))).isEmpty) }
        #expect(state.editor == nil && state.thread?.scroll == 0)
        let effects = reduce(&state, .threadLoaded(CaseThread(caseID: CaseID(1), network: .x, status: .open,
                                                              posts: [Self.question], draft: nil, brand: Self.us)))
        #expect(effects.contains(.claim(CaseID(1), takeOver: false)))
        #expect(state.editor?.string == "Hi Ann" && state.thread?.deferred.isEmpty == true)
    }

    @Test("keys before the queue's first rows wait for them and then act; quitting does not wait")
    func keysWaitForTheQueue() throws {
        var state = AppState(agent: "sam", width: 100, height: 30, now: Self.now)
        #expect(reduce(&state, .key(.character("j"))).isEmpty)
        #expect(reduce(&state, .key(.enter)).isEmpty && state.thread == nil)
        let request = QueueRequest(anchor: .top, above: 0, below: 81, filter: state.filter)
        let effects = reduce(&state, .queueLoaded(QueueWindow(request: request, rows: (1...3).map { Self.row($0) },
                                                              anchorIndex: 0, reachedTop: true, reachedBottom: true)))
        #expect(effects == [.openCase(CaseID(2)), .loadThread(CaseID(2))] && state.thread?.caseID == CaseID(2))

        var waiting = AppState(agent: "sam", width: 100, height: 30, now: Self.now)
        #expect(reduce(&waiting, .key(.character("q"))) == [.checkBeforeQuit])
    }

    @Test("an editor left before its claim was granted stays closed when the claim comes; the release follows it")
    func claimAnsweredAfterLeaving() throws {
        var state = queue()
        _ = reduce(&state, .key(.enter))
        _ = reduce(&state, .threadLoaded(CaseThread(caseID: CaseID(1), network: .x, status: .open,
                                                    posts: [Self.question], draft: nil, brand: Self.us)))
        #expect(reduce(&state, .key(.character("r"))).contains(.claim(CaseID(1), takeOver: false)))
        _ = reduce(&state, .typed("Half a thought"))
        let leaving = reduce(&state, .key(.escape))
        #expect(leaving.contains(.releaseClaim(CaseID(1))) && state.editor == nil)
        let granted = reduce(&state, .claimed(CaseID(1), .granted(Claim(agent: "sam", expires: Self.now)), takeOver: false))
        #expect(granted.isEmpty && state.editor == nil && state.context == .thread)
    }

    @Test("a refusal comes back as what happened, and reduce words it: the store gate names the key that asks for approval")
    func failuresWorded() throws {
        var state = editing("Fine, whatever")
        _ = reduce(&state, .effectFailed(.needsApproval(score: 70, threshold: 50)))
        #expect(state.message?.text == "By the team's rules this reply needs a supervisor (risk 70, threshold 50): "
                + "\(state.keymap.keys(for: .replyRequestApproval, in: .editor)[0]) asks for approval")
        #expect(state.message?.isError == true && state.editor != nil)
        _ = reduce(&state, .claimFailed(CaseID(1), reason: .unreachable))
        #expect(state.message?.text.hasPrefix("Could not claim case \(CaseID(1)) (the store cannot be reached): your text "
                                              + "is kept") == true)
    }

    @Test("a store slow to answer is said on the bar, over whatever the screen shows, until it answers")
    func storeSlowShown() throws {
        var state = queue()
        _ = reduce(&state, .storeSlow(since: Self.now.addingTimeInterval(-4)))
        var bottom = render(state, theme: .builtin).lines.last ?? ""
        #expect(bottom.hasSuffix(" waiting for the store · 4 s "))
        _ = reduce(&state, .storeSlow(since: nil))
        bottom = render(state, theme: .builtin).lines.last ?? ""
        #expect(!bottom.contains("waiting for the store"))
    }

    @Test("every agent's bar says when a brand account's connector is in trouble, asked on a clock, not on changes")
    func connectorTroubleShown() throws {
        var state = queue()
        #expect(reduce(&state, .tick(Self.now)).contains(.checkConnectors))
        #expect(!reduce(&state, .tick(Self.now.addingTimeInterval(5))).contains(.checkConnectors))
        #expect(reduce(&state, .tick(Self.now.addingTimeInterval(16))).contains(.checkConnectors))
        _ = reduce(&state, .connectorsChecked(["mastodon @brand@example.social: rate limited for 3 min",
                                               "bluesky @brand.example: needs new credentials: refused"]))
        var bottom = render(state, theme: .builtin).lines.last ?? ""
        #expect(bottom.hasSuffix(" mastodon @brand@example.social: rate limited for 3 min (+1) "))
        _ = reduce(&state, .connectorsChecked([]))
        bottom = render(state, theme: .builtin).lines.last ?? ""
        #expect(!bottom.contains("rate limited"))
    }

    @Test("a reply of ours that failed to go out is sent again with S or withdrawn with X; others are explained")
    func failedReplySentAgainOrWithdrawn() throws {
        var state = queue()
        _ = reduce(&state, .key(.enter))
        let failed = ThreadPost(id: PostID(11), externalID: "r", parentID: PostID(10), author: Self.us,
                                text: "On its way", createdAt: Self.now, isOurs: true, sentBy: "sam",
                                delivery: ReplyDelivery(state: .failed, attempts: 8, nextTryAt: nil,
                                                        lastError: "the server failed (503)", link: nil))
        _ = reduce(&state, .threadLoaded(CaseThread(caseID: CaseID(1), network: .x, status: .open,
                                                    posts: [Self.question, failed], draft: nil, brand: Self.us)))
        let header = render(state, theme: .builtin).lines.first { $0.contains("ours, sent by sam") } ?? ""
        #expect(header.contains("failed: the server failed (503)"))
        state.thread?.selectedPost = PostID(10)
        #expect(reduce(&state, .key(.character("S"))).isEmpty)
        #expect(state.message?.isError == true)
        state.thread?.selectedPost = PostID(11)
        #expect(reduce(&state, .key(.character("S"))) == [.retryReply(PostID(11))])
        #expect(reduce(&state, .key(.character("X"))) == [.withdrawReply(PostID(11))])
    }
}

