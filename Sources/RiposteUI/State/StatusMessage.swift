import Foundation

/// A line of feedback in the status bar, gone after a few seconds.
public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool
    /// How long it stays once shown.
    public var lasts: TimeInterval
    /// Set by the first tick that sees the message. Counting from when it was said would use the clock of the last
    /// tick, which is seconds old after a store call that waited on a lock: the message would be gone unread.
    public var expires: Date?

    public init(_ text: String, isError: Bool = false, lasts: TimeInterval) {
        self.text = text
        self.isError = isError
        self.lasts = lasts
    }

    /// The message as of `now`: its clock started, or nil when its time is up.
    func aged(at now: Date) -> StatusMessage? {
        guard let expires else {
            var started = self
            started.expires = now.addingTimeInterval(lasts)
            return started
        }
        return expires <= now ? nil : self
    }
}
