import Foundation
import RiposteCore

/// The only place state changes: applies an action and returns the effects to run. Pure: no clock, terminal or store.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    if let deferred = InputWhileLoading.defer(action, &state) { return deferred }
    switch action {
    case let .key(key):
        // Too small to show anything, nothing may act unseen: only quitting and help (and a resize) do anything.
        if state.isTooSmall {
            guard let command = state.keymap.command(for: key, in: state.context), [.appQuit, .helpShow].contains(command)
            else { return [] }
        }
        return press(key, &state)
    case .typed where state.isTooSmall, .paste where state.isTooSmall, .mouse where state.isTooSmall:
        return []
    case let .typed(text):
        if state.context == .editor { EditorEditing.insert(Array(text), kind: .burst, &state) }
        return []
    case let .paste(text):
        if state.context == .editor { EditorEditing.paste(text, &state) }
        if state.context == .prompt, !(state.prompt?.isYesNo ?? true) {
            state.prompt?.insert(Array(text.split(whereSeparator: \.isNewline).first ?? ""))
        }
        return []
    case let .run(command):
        guard command.contexts.contains(state.context) else {
            state.say("\(command.rawValue) does not work on the \(state.context.title.lowercased()) screen", isError: true)
            return []
        }
        return run(command, &state)
    case let .resize(width, height):
        state.width = width
        state.height = height
        state.queue.selectedLine = min(state.queue.selectedLine, state.queueListHeight - 1)
        state.queue.fillWindow(height: state.queueListHeight)
        if let editor = state.editor { state.editor = EditorEditing.scrolled(editor, in: state) }
        ThreadNavigation.keepSelectionVisible(&state)
        return [QueueNavigation.reload(state)]
    case let .mouse(event):
        return Pointer.run(event, &state)
    case let .tick(now):
        state.now = now
        state.message = state.message?.aged(at: now)
        var effects = EditorLifecycle.autosave(&state) + CaseWorkCommands.renew(&state) + StoreRefusals.retry(&state)
        if state.lastSnoozeCheck.map({ now.timeIntervalSince($0) >= 60 }) ?? true {
            state.lastSnoozeCheck = now
            effects.append(.wakeSnoozed)
        }
        // Counted once the queue is on screen, never before its first paint.
        if state.unreadStale, state.queue.loaded,
           state.unreadAsked.map({ now.timeIntervalSince($0) >= UnreadCounts.interval }) ?? true {
            state.unreadStale = false
            state.unreadAsked = now
            effects.append(.countUnread(state.settings.views))
        }
        // Read on a clock, not on store changes: a connector that died changes nothing.
        if state.connectorsAsked.map({ now.timeIntervalSince($0) >= AppState.connectorCheckInterval }) ?? true {
            state.connectorsAsked = now
            effects.append(.checkConnectors)
        }
        if let dashboard = state.dashboard, now.timeIntervalSince(dashboard.requested) >= DashboardState.refreshInterval {
            state.dashboard?.requested = now
            effects.append(.loadDashboard)
        }
        return effects
    case .storeChanged:
        state.unreadStale = true
        var effects = [QueueNavigation.reload(state)]
        if let thread = state.thread { effects.append(.loadThread(thread.caseID)) }
        if let review = state.approvals {
            effects.append(.loadApprovals)
            if review.showingDetail, let current = review.current { effects.append(.loadThread(current.caseID)) }
        }
        return effects
    case let .queueLoaded(window):
        QueueNavigation.apply(window, to: &state)
        return InputWhileLoading.replayQueue(&state)
    case let .threadLoaded(thread):
        ThreadNavigation.apply(thread, to: &state)
        if state.approvals?.current?.caseID == thread.caseID { state.approvals?.thread = thread }
        return InputWhileLoading.replayThread(&state)
    case let .replySent(caseID, post):
        StoreRefusals.forget(caseID, &state)
        state.editor = nil
        state.say("Reply sent to the thread as \(post.author.handle)")
        return [.releaseClaim(caseID), .loadThread(caseID), QueueNavigation.reload(state)]
    case let .approvalRequested(caseID):
        StoreRefusals.forget(caseID, &state)
        state.editor = nil
        state.say("Waiting for a supervisor's approval: A shows the approval queue")
        return [.releaseClaim(caseID), .loadThread(caseID), QueueNavigation.reload(state)]
    case let .claimed(caseID, outcome, takeOver):
        return CaseWorkCommands.claimed(caseID, outcome, takeOver: takeOver, &state)
    case let .claimFailed(caseID, reason):
        CaseWorkCommands.claimFailed(caseID, reason: reason, &state)
        return []
    case let .claimRenewed(caseID, held):
        if !held, state.editor?.caseID == caseID {
            state.editor?.claimExpires = nil
            state.say("You no longer hold this case: a colleague took it over, or your claim ran out", isError: true)
        }
        return []
    case let .casesChanged(outcome):
        if case let .changed(_, _, undo) = outcome { state.lastUndo = undo } else { state.lastUndo = nil }
        state.say(CaseChangeText.message(outcome, state))
        var effects = [QueueNavigation.reload(state)]
        if let thread = state.thread { effects.append(.loadThread(thread.caseID)) }
        return effects
    case let .requestWithdrawn(caseID, text):
        return ApprovalOutcome.withdrawn(caseID, text: text, &state)
    case let .approvalHistoryLoaded(id, entries):
        if state.approvals?.current?.id == id { state.approvals?.history = entries }
        return []
    case let .ownApprovalsLoaded(items):
        state.approvals?.ownApprovals = items
        return []
    case let .approvalsLoaded(items):
        ApprovalReview.apply(items, to: &state)
        return []
    case let .approvalDecided(_, sent):
        state.editor = nil
        state.say(sent.map { "Approved: sent as \($0.author.handle)" } ?? "Rejected: the agent sees your reason")
        return [.loadApprovals, QueueNavigation.reload(state)]
    case let .draftSaved(caseID, at):
        let wasRefused = state.draftsNotInStore.removeValue(forKey: caseID) != nil
        state.draftsOnlyInMemory.remove(caseID)
        if state.editor?.caseID == caseID { state.editor?.lastSaved = at }
        if wasRefused { state.say("The store takes writes again: your draft on case \(caseID) is saved") }
        return []
    case let .draftNotSaved(draft, keptOnMachine, reason):
        StoreRefusals.draftNotSaved(draft, keptOnMachine: keptOnMachine, reason: reason, &state)
        return []
    case let .claimNotReleased(caseID):
        state.claimsToRelease.insert(caseID)
        return []
    case let .claimReleased(caseID):
        state.claimsToRelease.remove(caseID)
        return []
    case let .feedStatus(feed):
        state.feed = feed
        return []
    case let .storeSlow(since):
        state.storeSlowSince = since
        return []
    case let .connectorsChecked(trouble):
        state.connectorTrouble = trouble
        return []
    case let .trainingLoaded(title, agents):
        let lines = TrainingReportText.render(agents, title: title).components(separatedBy: "\n")
        state.report = ReportPage(title: lines[0], lines: Array(lines.dropFirst(2)))
        return []
    case let .dashboardLoaded(figures):
        state.dashboard?.figures = figures
        return []
    case let .teamNamesLoaded(agents, tags):
        state.team.agents = agents
        state.team.tags = tags
        if state.team.completeWhenRead, var prompt = state.prompt {
            ArgumentCompletion.complete(&prompt, state)
            state.prompt = prompt
        }
        state.team.completeWhenRead = false
        return []
    case let .unreadCounted(counts):
        // A newer new case than last time: mentions arrived (not the first count, which is what was waiting).
        if let before = state.unread, let newest = counts.newest, before.newest.map({ $0 < newest }) ?? true {
            state.arrivals += 1
        }
        state.unread = counts
        return []
    case let .editedOutside(caseID, text):
        return OutsideHandOver.edited(caseID, text: text, &state)
    case let .quitChecked(drafts, claims):
        guard drafts.isEmpty, claims.isEmpty else {
            let held = [drafts.isEmpty ? nil : drafts.count == 1 ? "a draft on case \(drafts[0])" : "\(drafts.count) drafts",
                        claims.isEmpty ? nil : claims.count == 1 ? "case \(claims[0]) claimed" : "\(claims.count) cases claimed"]
                .compactMap { $0 }.joined(separator: " and ")
            state.prompt = PromptState(purpose: .confirmQuit, label: "You have \(held): quit anyway? (y/n)")
            return []
        }
        state.quitting = true
        return [.quit]
    case let .threadMissing(caseID):
        if state.thread?.caseID == caseID { state.thread = nil }
        state.say("No case \(caseID) in the store", isError: true)
        return []
    case let .effectFailed(failure):
        state.say(EffectFailureText.describe(failure, keymap: state.keymap), isError: true)
        return []
    case .shutdown:
        var effects: [Effect] = []
        if let editor = state.editor, case .reply = editor.purpose {
            // The draft stays with the case; the case goes back to the team rather than waiting out its lease.
            if !editor.text.isEmpty { effects.append(.saveDraft(editor.draft)) }
            effects.append(.releaseClaim(editor.caseID))
        }
        state.quitting = true
        return effects + [.quit]
    }
}

/// A key runs the command the keymap binds to it on this screen; in the editor and at a prompt an unbound
/// character is typed.
func press(_ key: KeyPress, _ state: inout AppState) -> [Effect] {
    let context = state.context
    if let command = state.keymap.command(for: key, in: context) {
        if state.bulkPending, !command.declaration.appliesToMarked {
            state.bulkPending = false
            state.say("\(command.rawValue) does not apply to marked cases", isError: true)
            return []
        }
        return run(command, &state)
    }
    if case let .character(character) = key {
        switch context {
        case .editor:
            EditorEditing.insert([character], &state)
            return []
        case .prompt:
            return Overlays.type(character, &state)
        default:
            break
        }
    }
    if context == .prompt || context == .picker { return [] }
    let helpKeys = state.keymap.keys(for: .helpShow, in: context)
    state.say("\(key) does nothing here" + (helpKeys.first.map { "; \($0) shows the keys" } ?? ""), isError: true)
    return []
}

func run(_ command: Command, _ state: inout AppState) -> [Effect] {
    switch command {
    case .queueNext, .queuePrevious, .queuePageDown, .queuePageUp, .queueTop, .queueBottom, .queueNextNew,
         .queuePreviousNew:
        return QueueNavigation.run(command, &state)
    case .caseOpen:
        return CaseOpening.openSelected(&state)
    case .caseGoTo:
        state.prompt = PromptState(purpose: .goTo, label: "Open case number")
        return []
    case .threadNext, .threadPrevious, .threadPageDown, .threadPageUp, .threadParent, .threadNextCustomer,
         .threadPreviousCustomer, .threadOurLastReply:
        ThreadNavigation.run(command, &state)
        return []
    case .replyCompose:
        return CaseWorkCommands.compose(&state)
    case .replyRetry, .replyWithdraw:
        return ReplyDeliveryCommands.run(command, &state)
    case .postCopyLink, .postOpenLink:
        return OutsideHandOver.link(command, &state)
    case let command where command.declaration.inNote == .repliesOnly && state.editor?.writesNote == true:
        state.say("A note is in your own words, for the team: voices, templates and approvals are for replies",
                  isError: true)
        return []
    case .replySend:
        return CaseWorkCommands.awaitingClaim(command, &state) ?? EditorLifecycle.send(&state)
    case .replyRequestApproval:
        return CaseWorkCommands.awaitingClaim(command, &state) ?? EditorLifecycle.requestApproval(&state)
    case .replyDiscard:
        EditorLifecycle.askToDiscard(&state)
        return []
    case .editorLeave:
        return EditorLifecycle.leave(&state)
    case .editorExternal:
        return OutsideHandOver.edit(&state)
    case .editorRiskReasons:
        EditorRisk.showReasons(&state)
        return []
    case .voiceNext:
        return EditorVoice.next(&state)
    case .voicePick:
        return EditorVoice.pickVoice(&state)
    case .templateInsert:
        return EditorVoice.pickTemplate(&state)
    case .signOffInsert:
        EditorVoice.insertSignOff(&state)
        return []
    case .editorNewline, .editorDeleteBackward, .editorDeleteForward, .editorDeleteWordBackward,
         .editorDeleteWordForward, .editorKillToLineEnd, .editorKillToLineStart, .editorLeft, .editorRight,
         .editorWordLeft, .editorWordRight, .editorUp, .editorDown, .editorLineStart, .editorLineEnd,
         .editorTextStart, .editorTextEnd, .editorUndo, .editorRedo:
        EditorEditing.run(command, &state)
        return []
    case .caseClose, .caseWaiting, .caseReopen, .caseSnooze, .caseTag, .caseAssign, .caseTakeOver, .caseNote,
         .caseMark:
        return CaseWorkCommands.run(command, &state)
    case .caseUndo:
        guard let undo = state.lastUndo, state.now < undo.until else {
            state.say("Nothing to undo: a change can be undone for a minute after it", isError: true)
            return []
        }
        state.lastUndo = nil
        return [.undoCaseChanges(undo)]
    case .markedApply:
        CaseWorkCommands.startBulk(&state)
        return []
    case .viewNext, .viewPick, .queueLimit, .queueSearch, .queueClearFilter:
        return QueueFiltering.run(command, &state)
    case .approvalsShow:
        return ApprovalReview.show(&state)
    case .trainingReport:
        return [.loadTrainingReport]
    case .dashboardShow:
        state.dashboard = DashboardState(requested: state.now)
        return [.loadDashboard]
    case .dashboardNext, .dashboardPrevious, .dashboardOpen:
        return DashboardDrillDown.run(command, &state)
    case .commandLine:
        state.prompt = PromptState(purpose: .command, label: "Command")
        return []
    case .reportNext, .reportPrevious, .reportPageDown, .reportPageUp:
        guard var page = state.report else { return [] }
        let height = max(1, state.height - 3)
        let step = switch command {
        case .reportNext: 1
        case .reportPrevious: -1
        case .reportPageDown: height
        default: -height
        }
        page.top = min(max(0, page.lines.count - height), max(0, page.top + step))
        state.report = page
        return []
    case .demoPause, .demoFaster, .demoSlower:
        guard state.feed != nil else {
            state.say("No demo feed plays in this store: riposte demo play NAME loads one", isError: true)
            return []
        }
        let control: DemoControl = switch command {
        case .demoPause: state.feed?.paused == true ? .resume : .pause
        case .demoFaster: .faster
        default: .slower
        }
        return [.controlDemo(control)]
    case .approvalsNext, .approvalsPrevious, .approvalOpen, .approvalApprove, .approvalEdit, .approvalReject,
         .approvalPageDown, .approvalPageUp:
        return ApprovalReview.run(command, &state)
    case .approvalWithdraw:
        return ApprovalOutcome.withdraw(&state)
    case .pickerNext, .pickerPrevious, .pickerChoose, .pickerCancel:
        return Overlays.runPicker(command, &state)
    case .promptConfirm, .promptCancel, .promptDeleteBackward, .promptComplete, .promptHistoryPrevious,
         .promptHistoryNext, .promptDeleteForward, .promptDeleteWordBackward, .promptKillToStart, .promptKillToEnd,
         .promptLeft, .promptRight, .promptLineStart, .promptLineEnd, .promptWordLeft, .promptWordRight:
        return Overlays.runPrompt(command, &state)
    case .helpShow:
        state.helpFor = state.context
        return []
    case .viewClose:
        if state.helpFor != nil {
            state.helpFor = nil
        } else if state.report != nil {
            state.report = nil
        } else if state.dashboard != nil {
            state.dashboard = nil
        } else if state.approvals != nil {
            ApprovalReview.close(&state)
        } else if state.thread != nil {
            state.thread = nil
        }
        return []
    case .appQuit:
        if let question = StoreRefusals.quitQuestion(state) {
            state.prompt = PromptState(purpose: .confirmQuit, label: question)
            return []
        }
        if state.settings.display.quitAsks { return [.checkBeforeQuit] }
        state.quitting = true
        return [.quit]
    }
}

extension AppState {
    /// Shows a message in the status bar for a few seconds.
    mutating func say(_ text: String, isError: Bool = false) {
        message = StatusMessage(text, isError: isError, lasts: isError ? 6 : 4)
    }
}
