import Foundation
import RiposteCore

/// Something that happened: a key, a tick of the clock, or the outcome of an effect.
public enum Action: Hashable, Sendable {
    case key(KeyPress)
    case paste(String)
    /// Characters read together that the editor takes as text: a paste the terminal did not mark, a fast typist.
    case typed(String)
    /// A command by name, as the command line and tests run them.
    case run(Command)
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
    case tick(Date)
    /// Another connection or process committed to the store.
    case storeChanged
    case queueLoaded(QueueWindow)
    case threadLoaded(CaseThread)
    /// The thread asked for is not in the store (a mistyped number, or a case rolled back).
    case threadMissing(CaseID)
    case teamNamesLoaded(agents: [String], tags: [String])
    case unreadCounted(UnreadCounts)
    /// What quitting would leave behind: drafts on these cases, claims on those.
    case quitChecked(drafts: [CaseID], claims: [CaseID])
    /// The user's editor gave this text back for the draft on the case.
    case editedOutside(CaseID, text: String)
    case replySent(CaseID, ThreadPost)
    case approvalRequested(CaseID)
    /// The store's answer to a claim made to reply, taking it over from a colleague or not.
    case claimed(CaseID, ClaimOutcome, takeOver: Bool)
    case claimRenewed(CaseID, held: Bool)
    /// The store could not answer a claim (busy behind an import, full, away); `reason` in a few words.
    case claimFailed(CaseID, reason: StoreTrouble)
    /// Cases changed (status, tags, assignee, a note): the message says what.
    case casesChanged(CaseChangeOutcome)
    case approvalsLoaded([Approval])
    /// A supervisor's decision went through; `sent` is the reply an approval posted.
    case approvalDecided(ApprovalID, sent: ThreadPost?)
    /// The agent withdrew their request on the case; `text` is what it asked to send, their draft again.
    case requestWithdrawn(CaseID, text: String)
    /// What happened on a request's case since it was asked.
    case approvalHistoryLoaded(ApprovalID, [AuditEntry])
    /// Replies supervisors sent without a second supervisor, newest first, for every supervisor to see.
    case ownApprovalsLoaded([Approval])
    case draftSaved(CaseID, at: Date)
    /// The store did not take the draft (its server away, its disk full, locked, read-only): it waits on this machine
    /// if that could be written, in memory in any case, and is offered to the store again shortly.
    case draftNotSaved(Draft, keptOnMachine: Bool, reason: StoreTrouble)
    /// The store could not let a claim go; it is let go when the store takes writes again.
    case claimNotReleased(CaseID)
    case claimReleased(CaseID)
    case feedStatus(FeedStatus?)
    /// The store has been working on one request since this time, long enough to say so (nil: it answers again).
    case storeSlow(since: Date?)
    /// The brand accounts whose connector is in trouble, each described (empty: all well, or none served).
    case connectorsChecked([String])
    /// The demo's training figures, for the report page.
    case trainingLoaded(title: String, agents: [AgentTraining])
    case dashboardLoaded(TeamFigures)
    /// An effect failed; the message says what, in words a user can act on.
    case effectFailed(EffectFailure)
    /// A signal asked Riposte to stop: keep what was typed, then quit from any screen.
    case shutdown
}

/// Work that reduce asks for and does not do itself: store reads and writes, quitting.
public enum Effect: Hashable, Sendable {
    case loadQueue(QueueRequest)
    case loadThread(CaseID)
    case openCase(CaseID)
    case saveDraft(Draft)
    case deleteDraft(CaseID)
    case sendReply(OutgoingReply)
    case requestApproval(OutgoingReply)
    case loadApprovals
    case controlDemo(DemoControl)
    case loadTrainingReport
    case loadDashboard
    /// The command history changed: keep it for the next session.
    case saveCommandHistory([String])
    case loadTeamNames
    /// Asks what quitting would leave behind before quitting.
    case checkBeforeQuit
    /// Run by the session, which hands the terminal over: the link to `$BROWSER`, the draft to `$VISUAL`/`$EDITOR`.
    case openLink(String)
    case editExternally(CaseID, text: String)
    /// The new cases of each of these views.
    case countUnread([SavedView])
    case approve(ApprovalID, editedText: String?, ownReason: String? = nil)
    /// Withdraws the working agent's request waiting on the case.
    case withdrawRequest(CaseID)
    case loadApprovalHistory(ApprovalID, CaseID, since: Date)
    case reject(ApprovalID, reason: String)
    case claim(CaseID, takeOver: Bool)
    case renewClaim(CaseID)
    case releaseClaim(CaseID)
    case changeCases([CaseID], CaseChange)
    case undoCaseChanges(CaseUndo)
    case addNote(CaseID, text: String)
    case wakeSnoozed
    case retryReply(PostID)
    case withdrawReply(PostID)
    /// How each brand account's `riposte connect` is doing.
    case checkConnectors
    case quit
}

/// A change agents make to cases, one or many.
public enum CaseChange: Hashable, Sendable {
    case status(CaseStatus, snoozedUntil: Date?)
    case tags(adding: [String], removing: [String])
    case assign(String?)
}
