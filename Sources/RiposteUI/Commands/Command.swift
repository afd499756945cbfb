/// Every action a user can take, declared once: its name (used by keymaps, the command line and help),
/// its one-line help and the screens where it works.
public enum Command: String, CaseIterable, Sendable {
    case queueNext = "queue.next"
    case queuePrevious = "queue.previous"
    case queuePageDown = "queue.page-down"
    case queuePageUp = "queue.page-up"
    case queueTop = "queue.top"
    case queueBottom = "queue.bottom"
    case caseOpen = "case.open"
    case threadNext = "thread.next"
    case threadPrevious = "thread.previous"
    case threadPageDown = "thread.page-down"
    case threadPageUp = "thread.page-up"
    case replyCompose = "reply.compose"
    case replySend = "reply.send"
    case editorLeave = "editor.leave"
    case editorNewline = "editor.newline"
    case editorDeleteBackward = "editor.delete-backward"
    case editorDeleteForward = "editor.delete-forward"
    case editorLeft = "editor.left"
    case editorRight = "editor.right"
    case editorUp = "editor.up"
    case editorDown = "editor.down"
    case editorLineStart = "editor.line-start"
    case editorLineEnd = "editor.line-end"
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
        case .caseOpen: "Open the selected case's thread"
        case .threadNext: "Select the next post"
        case .threadPrevious: "Select the previous post"
        case .threadPageDown: "Scroll the thread a page down"
        case .threadPageUp: "Scroll the thread a page up"
        case .replyCompose: "Reply to the selected post (resumes your draft)"
        case .replySend: "Send the reply"
        case .editorLeave: "Leave the editor, keeping the draft"
        case .editorNewline: "Start a new line"
        case .editorDeleteBackward: "Delete the character before the cursor"
        case .editorDeleteForward: "Delete the character under the cursor"
        case .editorLeft: "Move the cursor left"
        case .editorRight: "Move the cursor right"
        case .editorUp: "Move the cursor up a line"
        case .editorDown: "Move the cursor down a line"
        case .editorLineStart: "Move to the start of the line"
        case .editorLineEnd: "Move to the end of the line"
        case .helpShow: "Show the keys of this screen"
        case .viewClose: "Go back to the previous screen"
        case .appQuit: "Quit Riposte"
        }
    }

    public var contexts: Set<Context> {
        switch self {
        case .queueNext, .queuePrevious, .queuePageDown, .queuePageUp, .queueTop, .queueBottom, .caseOpen, .appQuit:
            [.queue]
        case .threadNext, .threadPrevious, .threadPageDown, .threadPageUp, .replyCompose:
            [.thread]
        case .replySend, .editorLeave, .editorNewline, .editorDeleteBackward, .editorDeleteForward, .editorLeft,
             .editorRight, .editorUp, .editorDown, .editorLineStart, .editorLineEnd:
            [.editor]
        case .helpShow:
            [.queue, .thread, .editor]
        case .viewClose:
            [.thread, .help]
        }
    }

    /// The commands a screen offers, in declaration order.
    public static func available(in context: Context) -> [Command] {
        allCases.filter { $0.contexts.contains(context) }
    }
}
