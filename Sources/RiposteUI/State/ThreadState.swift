import RiposteCore

/// The open case's conversation and where the reader is in it.
public struct ThreadState: Hashable, Sendable {
    public var caseID: CaseID
    public var thread: CaseThread?
    /// The selected post, kept across reloads by its id.
    public var selectedPost: PostID?
    /// The first line of the thread on screen.
    public var scroll = 0
    /// Keys and text that came while the thread was still being read and needed it (`r` and what was typed after
    /// it): they act, in order, once it is here.
    public var deferred: [Action] = []

    public init(caseID: CaseID) {
        self.caseID = caseID
    }
}
