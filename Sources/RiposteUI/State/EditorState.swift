import Foundation
import RiposteCore

/// A reply being written, by an agent on a case or by a supervisor changing a request before approving it.
public struct EditorState: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        case reply
        /// Sending approves the request with the edited text.
        case approvalEdit(ApprovalID)
        /// An internal note on the case: saved, never sent, no length rule or risk.
        case note
    }

    /// The text and cursor before an edit, for undo.
    public struct Snapshot: Hashable, Sendable {
        public var text: [Character]
        public var cursor: Int
    }

    /// What the last edit was, so that a run of typing undoes as one step.
    public enum EditKind: Hashable, Sendable {
        case typing, deleting, other
        /// Keys that came all at once (a paste the terminal did not mark): one step however they were read.
        case burst
    }

    public var purpose: Purpose = .reply
    /// A note for the team, in the agent's own words: no voice, template, sign-off or approval.
    public var writesNote: Bool {
        if case .note = purpose { true } else { false }
    }
    public var caseID: CaseID
    public var inReplyTo: PostID
    public var network: Network
    public var text: [Character]
    /// Index in `text` before which typing inserts.
    public var cursor: Int
    /// The column the cursor keeps when moving up and down through shorter lines.
    public var goalColumn: Int?
    /// First visual line on screen.
    public var scroll = 0
    /// Typed since the draft was last saved.
    public var unsaved = false
    public var lastSaved: Date?
    public var undo: [Snapshot] = []
    public var redo: [Snapshot] = []
    public var lastEdit: EditKind?
    /// The post being answered and the account we answer as, kept with the editor so it shows them wherever it
    /// was opened from (a thread, or the approval queue).
    public var parent: ThreadPost?
    public var brand: Account?
    /// Rival brands in the thread, which the risk score watches for.
    public var rivals: [String] = []
    public var voiceID: String?
    /// The draft's risk as it stands, recomputed on every change.
    public var assessment = RiskAssessment(score: 0, reasons: [])
    /// Until when this agent holds the case's claim; renewed while the editor is open.
    public var claimExpires: Date?
    /// The claim has been asked for and the store has not answered yet.
    public var claimPending = false
    /// Send or ask for approval once the claim is granted: pressed while it was pending.
    public var afterClaim: Command?

    public init(caseID: CaseID, inReplyTo: PostID, network: Network, text: String = "", cursor: Int? = nil) {
        self.caseID = caseID
        self.inReplyTo = inReplyTo
        self.network = network
        self.text = Array(text)
        self.cursor = min(max(0, cursor ?? self.text.count), self.text.count)
    }

    /// An editor for an internal note on a case; a note answers no post and goes to no network.
    public static func note(on caseID: CaseID) -> EditorState {
        var editor = EditorState(caseID: caseID, inReplyTo: PostID(0), network: .x)
        editor.purpose = .note
        return editor
    }

    public var string: String { String(text) }

    public var draft: Draft {
        Draft(caseID: caseID, inReplyTo: inReplyTo, text: string, cursor: cursor)
    }
}
