import Foundation

/// A line of feedback in the status bar, gone after a few seconds.
public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool
    public var expires: Date

    public init(_ text: String, isError: Bool = false, expires: Date) {
        self.text = text
        self.isError = isError
        self.expires = expires
    }
}
