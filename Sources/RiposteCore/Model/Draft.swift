import Foundation

/// A reply being written on a case, kept in the store so that leaving the editor loses nothing.
public struct Draft: Hashable, Sendable {
    public var caseID: CaseID
    /// The post it answers.
    public var inReplyTo: PostID
    public var text: String
    /// The cursor, in Characters from the start of the text.
    public var cursor: Int

    public init(caseID: CaseID, inReplyTo: PostID, text: String, cursor: Int) {
        self.caseID = caseID
        self.inReplyTo = inReplyTo
        self.text = text
        self.cursor = cursor
    }
}
