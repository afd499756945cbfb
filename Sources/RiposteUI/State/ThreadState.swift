import RiposteCore

/// The open case's conversation and where the reader is in it.
public struct ThreadState: Hashable, Sendable {
    public var caseID: CaseID
    public var thread: CaseThread?
    /// The selected post, kept across reloads by its id.
    public var selectedPost: PostID?
    /// The first line of the thread on screen.
    public var scroll = 0

    public init(caseID: CaseID) {
        self.caseID = caseID
    }
}
