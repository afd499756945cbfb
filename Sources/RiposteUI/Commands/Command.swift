/// Every action a user can take, declared once: its name (used by keymaps, the command line and help),
/// its one-line help and the screens where it works.
public enum Command: String, CaseIterable, Sendable {
    case queueNext = "queue.next"
    case queuePrevious = "queue.previous"
    case queuePageDown = "queue.page-down"
    case queuePageUp = "queue.page-up"
    case queueTop = "queue.top"
    case queueBottom = "queue.bottom"
    case queueNextNew = "queue.next-new"
    case queuePreviousNew = "queue.previous-new"
    case caseOpen = "case.open"
    case caseGoTo = "case.go-to"
    case threadNext = "thread.next"
    case threadPrevious = "thread.previous"
    case threadPageDown = "thread.page-down"
    case threadPageUp = "thread.page-up"
    case threadParent = "thread.parent"
    case threadNextCustomer = "thread.next-customer"
    case threadPreviousCustomer = "thread.previous-customer"
    case threadOurLastReply = "thread.our-last-reply"
    case postCopyLink = "post.copy-link"
    case postOpenLink = "post.open-link"
    case replyCompose = "reply.compose"
    case replySend = "reply.send"
    case replyRequestApproval = "reply.request-approval"
    case replyDiscard = "reply.discard"
    case editorLeave = "editor.leave"
    case editorExternal = "editor.external"
    case editorRiskReasons = "editor.risk-reasons"
    case editorNewline = "editor.newline"
    case editorDeleteBackward = "editor.delete-backward"
    case editorDeleteForward = "editor.delete-forward"
    case editorDeleteWordBackward = "editor.delete-word-backward"
    case editorDeleteWordForward = "editor.delete-word-forward"
    case editorKillToLineEnd = "editor.kill-to-line-end"
    case editorKillToLineStart = "editor.kill-to-line-start"
    case editorLeft = "editor.left"
    case editorRight = "editor.right"
    case editorWordLeft = "editor.word-left"
    case editorWordRight = "editor.word-right"
    case editorUp = "editor.up"
    case editorDown = "editor.down"
    case editorLineStart = "editor.line-start"
    case editorLineEnd = "editor.line-end"
    case editorTextStart = "editor.text-start"
    case editorTextEnd = "editor.text-end"
    case editorUndo = "editor.undo"
    case editorRedo = "editor.redo"
    case voiceNext = "voice.next"
    case voicePick = "voice.pick"
    case templateInsert = "template.insert"
    case signOffInsert = "sign-off.insert"
    case caseMark = "case.mark"
    case markedApply = "marked.apply"
    case caseClose = "case.close"
    case caseWaiting = "case.waiting"
    case caseReopen = "case.reopen"
    case caseSnooze = "case.snooze"
    case caseTag = "case.tag"
    case caseAssign = "case.assign"
    case caseTakeOver = "case.take-over"
    case caseNote = "case.note"
    case caseUndo = "case.undo"
    case viewNext = "view.next"
    case viewPick = "view.pick"
    case queueLimit = "queue.limit"
    case queueSearch = "queue.search"
    case queueClearFilter = "queue.clear-filter"
    case approvalsShow = "approvals.show"
    case trainingReport = "training.report"
    case dashboardShow = "dashboard.show"
    case dashboardNext = "dashboard.next"
    case dashboardPrevious = "dashboard.previous"
    case dashboardOpen = "dashboard.open"
    case reportNext = "report.next"
    case reportPrevious = "report.previous"
    case reportPageDown = "report.page-down"
    case reportPageUp = "report.page-up"
    case demoPause = "demo.pause"
    case demoFaster = "demo.faster"
    case demoSlower = "demo.slower"
    case approvalsNext = "approvals.next"
    case approvalsPrevious = "approvals.previous"
    case approvalOpen = "approval.open"
    case approvalApprove = "approval.approve"
    case approvalEdit = "approval.edit"
    case approvalReject = "approval.reject"
    case approvalPageDown = "approval.page-down"
    case approvalPageUp = "approval.page-up"
    case approvalWithdraw = "approval.withdraw"
    case pickerNext = "picker.next"
    case pickerPrevious = "picker.previous"
    case pickerChoose = "picker.choose"
    case pickerCancel = "picker.cancel"
    case promptConfirm = "prompt.confirm"
    case promptCancel = "prompt.cancel"
    case promptDeleteBackward = "prompt.delete-backward"
    case promptDeleteForward = "prompt.delete-forward"
    case promptDeleteWordBackward = "prompt.delete-word-backward"
    case promptKillToStart = "prompt.kill-to-start"
    case promptKillToEnd = "prompt.kill-to-end"
    case promptLeft = "prompt.left"
    case promptRight = "prompt.right"
    case promptLineStart = "prompt.line-start"
    case promptLineEnd = "prompt.line-end"
    case promptWordLeft = "prompt.word-left"
    case promptWordRight = "prompt.word-right"
    case promptComplete = "prompt.complete"
    case promptHistoryPrevious = "prompt.history-previous"
    case promptHistoryNext = "prompt.history-next"
    case commandLine = "command.line"
    case helpShow = "help.show"
    case viewClose = "view.close"
    case appQuit = "app.quit"

    public var help: String {
        switch self {
        case .queueNext: "Select the next case"
        case .queuePrevious: "Select the previous case"
        case .queuePageDown: "Move a page down the queue"
        case .queuePageUp: "Move a page up the queue"
        case .queueTop: "Select the first case (the longest waiting)"
        case .queueBottom: "Select the last case (the newest)"
        case .queueNextNew: "Select the next new case (nobody has opened it since its last mention)"
        case .queuePreviousNew: "Select the previous new case"
        case .caseOpen: "Open the selected case's thread (:open 123 opens case 123)"
        case .caseGoTo: "Open a case by its number"
        case .threadNext: "Select the next post"
        case .threadPrevious: "Select the previous post"
        case .threadPageDown: "Scroll the thread a page down"
        case .threadPageUp: "Scroll the thread a page up"
        case .threadParent: "Select the post this one answers"
        case .threadNextCustomer: "Select the next post by a customer"
        case .threadPreviousCustomer: "Select the previous post by a customer"
        case .threadOurLastReply: "Select our latest reply"
        case .postCopyLink: "Copy the post's link through the terminal (when copy_links is on)"
        case .postOpenLink: "Open the post's link with $BROWSER"
        case .replyCompose: "Reply to the selected post (resumes your draft)"
        case .replySend: "Send the reply; a risky one goes to a supervisor instead"
        case .replyRequestApproval: "Ask a supervisor to approve the reply before it goes out"
        case .replyDiscard: "Throw the draft away (asks first)"
        case .editorLeave: "Leave the editor, keeping the draft"
        case .editorExternal: "Edit the text in $VISUAL or $EDITOR, then come back to it here"
        case .editorRiskReasons: "List every reason behind the risk score, whole, and how they add up"
        case .editorNewline: "Start a new line"
        case .editorDeleteBackward: "Delete the character before the cursor"
        case .editorDeleteForward: "Delete the character under the cursor"
        case .editorDeleteWordBackward: "Delete the word before the cursor"
        case .editorDeleteWordForward: "Delete the word after the cursor"
        case .editorKillToLineEnd: "Delete to the end of the line"
        case .editorKillToLineStart: "Delete to the start of the line"
        case .editorLeft: "Move the cursor left"
        case .editorRight: "Move the cursor right"
        case .editorWordLeft: "Move to the start of the word"
        case .editorWordRight: "Move past the end of the word"
        case .editorUp: "Move the cursor up a line"
        case .editorDown: "Move the cursor down a line"
        case .editorLineStart: "Move to the start of the line"
        case .editorLineEnd: "Move to the end of the line"
        case .editorTextStart: "Move to the start of the reply"
        case .editorTextEnd: "Move to the end of the reply"
        case .editorUndo: "Undo the last change"
        case .editorRedo: "Redo what was undone"
        case .voiceNext: "Switch to the next voice"
        case .voicePick: "Pick a voice from the list"
        case .templateInsert: "Insert one of the voice's templates"
        case .signOffInsert: "Add the voice's sign-off at the end"
        case .caseMark: "Mark or unmark the case for a bulk action (mutt's tag)"
        case .markedApply: "Apply the next command to every marked case"
        case .caseClose: "Close the case"
        case .caseWaiting: "Set the case waiting on the customer"
        case .caseReopen: "Reopen the case"
        case .caseSnooze: "Snooze the case until a time (2h, 1d, 30m)"
        case .caseTag: "Add or remove tags: billing -spam"
        case .caseAssign: "Assign the case to an agent (me, a name, or none)"
        case .caseTakeOver: "Take the case over from whoever is replying, and reply"
        case .caseNote: "Write an internal note on the case (never sent)"
        case .caseUndo: "Undo the last change to cases, for a minute after it"
        case .viewNext: "Show the next saved view (mine, unassigned, all, breached …)"
        case .viewPick: "Pick a saved view from the list"
        case .queueLimit: "Show only the cases a filter matches (author:@ann tag:billing …)"
        case .queueSearch: "Search the posts' words"
        case .queueClearFilter: "Clear the limit or search: back to the view it was made from"
        case .approvalsShow: "Show the replies waiting for a supervisor"
        case .trainingReport: "Show how each agent is doing on the demo: a score and its reasons"
        case .dashboardShow: "Show the team's dashboard: volume, first responses, backlog, breaches, load"
        case .dashboardNext: "Select the next figure"
        case .dashboardPrevious: "Select the previous figure"
        case .dashboardOpen: "Open the queue limited to the selected figure's cases"
        case .reportNext: "Scroll down a line"
        case .reportPrevious: "Scroll up a line"
        case .reportPageDown: "Scroll down a page"
        case .reportPageUp: "Scroll up a page"
        case .demoPause: "Pause the demo feed, or play it on"
        case .demoFaster: "Play the demo feed faster"
        case .demoSlower: "Play the demo feed slower"
        case .approvalsNext: "Select the next request"
        case .approvalsPrevious: "Select the previous request"
        case .approvalOpen: "Show the request: its reasons, the reply and its thread"
        case .approvalApprove: "Approve: the reply is sent (supervisors)"
        case .approvalEdit: "Edit the reply, then approve it with Send (supervisors)"
        case .approvalReject: "Reject with a reason the agent sees (supervisors)"
        case .approvalPageDown: "Scroll the request a page down"
        case .approvalPageUp: "Scroll the request a page up"
        case .approvalWithdraw: "Withdraw your request on this case; its text is your draft again"
        case .pickerNext: "Select the next item"
        case .pickerPrevious: "Select the previous item"
        case .pickerChoose: "Choose the selected item"
        case .pickerCancel: "Close the list without choosing"
        case .promptConfirm: "Confirm"
        case .promptCancel: "Cancel"
        case .promptDeleteBackward: "Delete the character before the cursor"
        case .promptDeleteForward: "Delete the character under the cursor"
        case .promptDeleteWordBackward: "Delete the word before the cursor"
        case .promptKillToStart: "Delete to the start of the line"
        case .promptKillToEnd: "Delete to the end of the line"
        case .promptLeft: "Move the cursor left"
        case .promptRight: "Move the cursor right"
        case .promptLineStart: "Move to the start of the line"
        case .promptLineEnd: "Move to the end of the line"
        case .promptWordLeft: "Move to the start of the word"
        case .promptWordRight: "Move past the end of the word"
        case .promptComplete: "Complete the command name"
        case .promptHistoryPrevious: "The command typed before"
        case .promptHistoryNext: "The command typed after"
        case .commandLine: "Run a command by name, with its argument (:snooze 2h); Tab completes"
        case .helpShow: "Show the keys of this screen"
        case .viewClose: "Go back to the previous screen"
        case .appQuit: "Quit Riposte"
        }
    }

    public var contexts: Set<Context> {
        switch self {
        case .queueNext, .queuePrevious, .queuePageDown, .queuePageUp, .queueTop, .queueBottom, .caseOpen, .appQuit,
             .queueNextNew, .queuePreviousNew:
            [.queue]
        case .threadNext, .threadPrevious, .threadPageDown, .threadPageUp, .replyCompose, .threadParent,
             .threadNextCustomer, .threadPreviousCustomer, .threadOurLastReply, .postCopyLink, .postOpenLink:
            [.thread]
        case .replySend, .replyRequestApproval, .replyDiscard, .editorLeave, .editorExternal, .editorRiskReasons,
             .editorNewline,
             .editorDeleteBackward,
             .editorDeleteForward, .editorDeleteWordBackward, .editorDeleteWordForward, .editorKillToLineEnd,
             .editorKillToLineStart, .editorLeft, .editorRight, .editorWordLeft, .editorWordRight, .editorUp,
             .editorDown, .editorLineStart, .editorLineEnd, .editorTextStart, .editorTextEnd, .editorUndo,
             .editorRedo, .voiceNext, .voicePick, .templateInsert, .signOffInsert:
            [.editor]
        case .caseMark, .markedApply, .viewNext, .viewPick, .queueLimit, .queueSearch, .queueClearFilter, .demoPause,
             .demoFaster,
             .demoSlower, .trainingReport, .dashboardShow:
            [.queue]
        case .reportNext, .reportPrevious, .reportPageDown, .reportPageUp:
            [.report]
        case .dashboardNext, .dashboardPrevious, .dashboardOpen:
            [.dashboard]
        case .caseClose, .caseWaiting, .caseReopen, .caseSnooze, .caseTag, .caseAssign, .caseTakeOver, .caseNote,
             .approvalsShow, .caseGoTo, .caseUndo:
            [.queue, .thread]
        case .approvalWithdraw:
            [.queue, .thread, .editor]
        case .approvalsNext, .approvalsPrevious, .approvalOpen, .approvalApprove, .approvalEdit, .approvalReject,
             .approvalPageDown, .approvalPageUp:
            [.approvals]
        case .pickerNext, .pickerPrevious, .pickerChoose, .pickerCancel:
            [.picker]
        case .commandLine:
            [.queue, .thread, .editor, .approvals, .report, .dashboard]
        case .promptConfirm, .promptCancel, .promptDeleteBackward, .promptComplete, .promptHistoryPrevious,
             .promptHistoryNext, .promptDeleteForward, .promptDeleteWordBackward, .promptKillToStart, .promptKillToEnd,
             .promptLeft, .promptRight, .promptLineStart, .promptLineEnd, .promptWordLeft, .promptWordRight:
            [.prompt]
        case .helpShow:
            [.queue, .thread, .editor, .approvals, .report, .dashboard]
        case .viewClose:
            [.thread, .approvals, .help, .report, .dashboard]
        }
    }

    /// The commands a screen offers, in declaration order.
    public static func available(in context: Context) -> [Command] {
        allCases.filter { $0.contexts.contains(context) }
    }
}

extension Command {
    /// What the editor does for a reply and never for a note.
    static let repliesOnly: Set<Command> = [.replyRequestApproval, .replyDiscard, .voiceNext, .voicePick,
                                            .templateInsert, .signOffInsert, .editorRiskReasons]
}
