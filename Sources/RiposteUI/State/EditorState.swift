import Foundation
import RiposteCore

/// A reply being written.
public struct EditorState: Hashable, Sendable {
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

    public init(caseID: CaseID, inReplyTo: PostID, network: Network, text: String = "", cursor: Int? = nil) {
        self.caseID = caseID
        self.inReplyTo = inReplyTo
        self.network = network
        self.text = Array(text)
        self.cursor = min(max(0, cursor ?? self.text.count), self.text.count)
    }

    public var string: String { String(text) }

    public var draft: Draft {
        Draft(caseID: caseID, inReplyTo: inReplyTo, text: string, cursor: cursor)
    }
}
