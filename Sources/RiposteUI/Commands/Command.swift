/// Every action a user can take. Its name (used by keymaps, the command line and help) is its raw value; everything
/// else about it is its `declaration`.
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
    case replyRetry = "reply.retry"
    case replyWithdraw = "reply.withdraw"
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

    /// What the command is: help, screens, bar labels, `:` argument, whether `;` applies it to marked cases.
    public var declaration: CommandDeclaration {
        // Every case is in the table, built once from `declared`: the bar reads it on every frame.
        Self.declarations[self]!
    }

    public var help: String { declaration.help }
    public var contexts: Set<Context> { declaration.screens }
    public var argument: CommandArgument? { declaration.argument }

    /// The commands a screen offers, in declaration order.
    public static func available(in context: Context) -> [Command] {
        allCases.filter { $0.contexts.contains(context) }
    }

    /// The commands a screen offers as help and the bar show them: in the editor writing a note, without what only
    /// a reply has and under the note's words.
    static func offered(in context: Context, note: Bool) -> [(command: Command, declaration: CommandDeclaration)] {
        available(in: context).compactMap { command in
            let declaration = context == .editor && note ? command.declaration.forNote : command.declaration
            return declaration.map { (command, $0) }
        }
    }

    private static let declarations = Dictionary(uniqueKeysWithValues: allCases.map { command in
        (command, command.declared.named(command.rawValue))
    })

    private static let everyWorkScreen: Set<Context> = [.queue, .thread, .editor, .approvals, .report, .dashboard]

    /// The one place each command is declared.
    private var declared: CommandDeclaration {
        switch self {
        case .queueNext: .init("Select the next case", on: [.queue], bar: [.queue: .place(1, "next")])
        case .queuePrevious: .init("Select the previous case", on: [.queue], bar: [.queue: .place(2, "previous")])
        case .queuePageDown: .init("Move a page down the queue", on: [.queue])
        case .queuePageUp: .init("Move a page up the queue", on: [.queue])
        case .queueTop: .init("Select the first case (the longest waiting)", on: [.queue])
        case .queueBottom: .init("Select the last case (the newest)", on: [.queue])
        case .queueNextNew:
            .init("Select the next new case (nobody has opened it since its last mention)", on: [.queue])
        case .queuePreviousNew: .init("Select the previous new case", on: [.queue])
        case .caseOpen:
            .init("Open the selected case's thread (:open 123 opens case 123)", on: [.queue], argument: .caseNumber,
                  bar: [.queue: .place(0, "open")])
        case .caseGoTo:
            .init("Open a case by its number", on: [.queue, .thread], argument: .caseNumber, aliases: ["open"])
        case .threadNext: .init("Select the next post", on: [.thread], bar: [.thread: .place(1, "next post")])
        case .threadPrevious: .init("Select the previous post", on: [.thread])
        case .threadPageDown: .init("Scroll the thread a page down", on: [.thread])
        case .threadPageUp: .init("Scroll the thread a page up", on: [.thread])
        case .threadParent: .init("Select the post this one answers", on: [.thread])
        case .threadNextCustomer: .init("Select the next post by a customer", on: [.thread])
        case .threadPreviousCustomer: .init("Select the previous post by a customer", on: [.thread])
        case .threadOurLastReply: .init("Select our latest reply", on: [.thread])
        case .postCopyLink: .init("Copy the post's link through the terminal (when copy_links is on)", on: [.thread])
        case .postOpenLink: .init("Open the post's link with $BROWSER", on: [.thread])
        case .replyCompose:
            .init("Reply to the selected post (resumes your draft)", on: [.thread], bar: [.thread: .place(0, "reply")])
        case .replySend:
            .init("Send the reply; a risky one goes to a supervisor instead", on: [.editor],
                  bar: [.editor: .place(0, "send")],
                  note: .renamed(help: "Save the note on the case, for the team", bar: "save note"))
        case .replyRequestApproval:
            .init("Ask a supervisor to approve the reply before it goes out", on: [.editor], note: .repliesOnly)
        case .replyDiscard: .init("Throw the draft away (asks first)", on: [.editor], note: .repliesOnly)
        case .replyRetry: .init("Send again the selected reply of ours that failed to go out", on: [.thread])
        case .replyWithdraw: .init("Withdraw the selected reply of ours that has not gone out", on: [.thread])
        case .editorLeave:
            .init("Leave the editor, keeping the draft", on: [.editor], bar: [.editor: .place(1, "keep draft")],
                  note: .renamed(help: "Leave without saving the note", bar: "cancel"))
        case .editorExternal: .init("Edit the text in $VISUAL or $EDITOR, then come back to it here", on: [.editor])
        case .editorRiskReasons:
            .init("List every reason behind the risk score, whole, and how they add up", on: [.editor],
                  note: .repliesOnly)
        case .editorNewline: .init("Start a new line", on: [.editor])
        case .editorDeleteBackward: .init("Delete the character before the cursor", on: [.editor])
        case .editorDeleteForward: .init("Delete the character under the cursor", on: [.editor])
        case .editorDeleteWordBackward: .init("Delete the word before the cursor", on: [.editor])
        case .editorDeleteWordForward: .init("Delete the word after the cursor", on: [.editor])
        case .editorKillToLineEnd: .init("Delete to the end of the line", on: [.editor])
        case .editorKillToLineStart: .init("Delete to the start of the line", on: [.editor])
        case .editorLeft: .init("Move the cursor left", on: [.editor])
        case .editorRight: .init("Move the cursor right", on: [.editor])
        case .editorWordLeft: .init("Move to the start of the word", on: [.editor])
        case .editorWordRight: .init("Move past the end of the word", on: [.editor])
        case .editorUp: .init("Move the cursor up a line", on: [.editor])
        case .editorDown: .init("Move the cursor down a line", on: [.editor])
        case .editorLineStart: .init("Move to the start of the line", on: [.editor])
        case .editorLineEnd: .init("Move to the end of the line", on: [.editor])
        case .editorTextStart: .init("Move to the start of the reply", on: [.editor])
        case .editorTextEnd: .init("Move to the end of the reply", on: [.editor])
        case .editorUndo: .init("Undo the last change", on: [.editor])
        case .editorRedo: .init("Redo what was undone", on: [.editor])
        case .voiceNext:
            .init("Switch to the next voice", on: [.editor], bar: [.editor: .place(2, "voice")], note: .repliesOnly)
        case .voicePick:
            .init("Pick a voice from the list", on: [.editor], argument: .voice, aliases: ["voice"], note: .repliesOnly)
        case .templateInsert:
            .init("Insert one of the voice's templates", on: [.editor], bar: [.editor: .place(3, "template")],
                  note: .repliesOnly)
        case .signOffInsert: .init("Add the voice's sign-off at the end", on: [.editor], note: .repliesOnly)
        case .caseMark: .init("Mark or unmark the case for a bulk action (mutt's tag)", on: [.queue], marked: true)
        case .markedApply: .init("Apply the next command to every marked case", on: [.queue])
        case .caseClose: .init("Close the case", on: [.queue, .thread], marked: true)
        case .caseWaiting: .init("Set the case waiting on the customer", on: [.queue, .thread], marked: true)
        case .caseReopen: .init("Reopen the case", on: [.queue, .thread], marked: true)
        case .caseSnooze:
            .init("Snooze the case until a time (2h, 1d, 30m)", on: [.queue, .thread], argument: .duration,
                  marked: true)
        case .caseTag: .init("Add or remove tags: billing -spam", on: [.queue, .thread], argument: .tags, marked: true)
        case .caseAssign:
            .init("Assign the case to an agent (me, a name, or none)", on: [.queue, .thread], argument: .agent,
                  marked: true)
        case .caseTakeOver: .init("Take the case over from whoever is replying, and reply", on: [.queue, .thread])
        case .caseNote: .init("Write an internal note on the case (never sent)", on: [.queue, .thread])
        case .caseUndo: .init("Undo the last change to cases, for a minute after it", on: [.queue, .thread])
        case .viewNext: .init("Show the next saved view (mine, unassigned, all, breached …)", on: [.queue])
        case .viewPick: .init("Pick a saved view from the list", on: [.queue], argument: .view, aliases: ["view"])
        case .queueLimit:
            .init("Show only the cases a filter matches (author:@ann tag:billing …)", on: [.queue], argument: .filter,
                  aliases: ["filter"])
        case .queueSearch: .init("Search the posts' words", on: [.queue], argument: .words)
        case .queueClearFilter: .init("Clear the limit or search: back to the view it was made from", on: [.queue])
        case .approvalsShow:
            .init("Show the replies waiting for a supervisor", on: [.queue, .thread],
                  bar: [.queue: .place(3, "approvals")])
        case .trainingReport: .init("Show how each agent is doing on the demo: a score and its reasons", on: [.queue])
        case .dashboardShow:
            .init("Show the team's dashboard: volume, first responses, backlog, breaches, load", on: [.queue])
        case .dashboardNext: .init("Select the next figure", on: [.dashboard])
        case .dashboardPrevious: .init("Select the previous figure", on: [.dashboard])
        case .dashboardOpen: .init("Open the queue limited to the selected figure's cases", on: [.dashboard])
        case .reportNext: .init("Scroll down a line", on: [.report], bar: [.report: .place(0, "scroll")])
        case .reportPrevious: .init("Scroll up a line", on: [.report])
        case .reportPageDown: .init("Scroll down a page", on: [.report], bar: [.report: .place(1, "page")])
        case .reportPageUp: .init("Scroll up a page", on: [.report])
        case .demoPause: .init("Pause the demo feed, or play it on", on: [.queue])
        case .demoFaster: .init("Play the demo feed faster", on: [.queue])
        case .demoSlower: .init("Play the demo feed slower", on: [.queue])
        case .approvalsNext: .init("Select the next request", on: [.approvals])
        case .approvalsPrevious: .init("Select the previous request", on: [.approvals])
        case .approvalOpen:
            .init("Show the request: its reasons, the reply and its thread", on: [.approvals],
                  bar: [.approvals: .place(0, "read")])
        case .approvalApprove:
            .init("Approve: the reply is sent (supervisors)", on: [.approvals], bar: [.approvals: .place(1, "approve")])
        case .approvalEdit:
            .init("Edit the reply, then approve it with Send (supervisors)", on: [.approvals],
                  bar: [.approvals: .place(2, "edit")])
        case .approvalReject:
            .init("Reject with a reason the agent sees (supervisors)", on: [.approvals],
                  bar: [.approvals: .place(3, "reject")])
        case .approvalPageDown: .init("Scroll the request a page down", on: [.approvals])
        case .approvalPageUp: .init("Scroll the request a page up", on: [.approvals])
        case .approvalWithdraw:
            .init("Withdraw your request on this case; its text is your draft again", on: [.queue, .thread, .editor])
        case .pickerNext: .init("Select the next item", on: [.picker])
        case .pickerPrevious: .init("Select the previous item", on: [.picker])
        case .pickerChoose: .init("Choose the selected item", on: [.picker], bar: [.picker: .place(0, "choose")])
        case .pickerCancel: .init("Close the list without choosing", on: [.picker], bar: [.picker: .place(1, "cancel")])
        case .promptConfirm: .init("Confirm", on: [.prompt], bar: [.prompt: .place(0, "confirm")])
        case .promptCancel: .init("Cancel", on: [.prompt], bar: [.prompt: .place(1, "cancel")])
        case .promptDeleteBackward: .init("Delete the character before the cursor", on: [.prompt])
        case .promptDeleteForward: .init("Delete the character under the cursor", on: [.prompt])
        case .promptDeleteWordBackward: .init("Delete the word before the cursor", on: [.prompt])
        case .promptKillToStart: .init("Delete to the start of the line", on: [.prompt])
        case .promptKillToEnd: .init("Delete to the end of the line", on: [.prompt])
        case .promptLeft: .init("Move the cursor left", on: [.prompt])
        case .promptRight: .init("Move the cursor right", on: [.prompt])
        case .promptLineStart: .init("Move to the start of the line", on: [.prompt])
        case .promptLineEnd: .init("Move to the end of the line", on: [.prompt])
        case .promptWordLeft: .init("Move to the start of the word", on: [.prompt])
        case .promptWordRight: .init("Move past the end of the word", on: [.prompt])
        case .promptComplete: .init("Complete the command name", on: [.prompt], bar: [.prompt: .place(2, "complete")])
        case .promptHistoryPrevious: .init("The command typed before", on: [.prompt])
        case .promptHistoryNext: .init("The command typed after", on: [.prompt])
        case .commandLine:
            .init("Run a command by name, with its argument (:snooze 2h); Tab completes", on: Self.everyWorkScreen)
        case .helpShow:
            .init("Show the keys of this screen", on: Self.everyWorkScreen,
                  bar: [.queue: .place(4, "keys"), .thread: .place(3, "keys"), .editor: .place(4, "keys"),
                        .approvals: .place(5, "keys"), .dashboard: .place(1, "keys")])
        case .viewClose:
            .init("Go back to the previous screen", on: [.thread, .approvals, .help, .report, .dashboard],
                  bar: [.thread: .place(2, "back"), .approvals: .place(4, "back"), .help: .place(0, "close"),
                        .report: .place(2, "close"), .dashboard: .place(0, "close")])
        case .appQuit: .init("Quit Riposte", on: [.queue], bar: [.queue: .place(5, "quit")])
        }
    }
}
