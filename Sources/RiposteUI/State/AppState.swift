import Foundation
import RiposteCore

/// Everything the interface knows: view state and the rows on screen. Changed only by `reduce`.
public struct AppState: Hashable, Sendable {
    public var agent: String
    public var width: Int
    public var height: Int
    /// The time as the last tick reported it; views and reduce never read the clock.
    public var now: Date
    public var keymap: Keymap
    public var serviceLevel: ServiceLevel
    public var queue = QueueState()
    public var thread: ThreadState?
    public var editor: EditorState?
    /// The screen whose keys the help overlay shows, while it is up.
    public var helpFor: Context?
    public var message: StatusMessage?
    /// The demo feed playing into the store, as the title bar shows it.
    public var feed: FeedStatus?
    public var quitting = false

    public init(agent: String, width: Int, height: Int, now: Date, keymap: Keymap = .builtin,
                serviceLevel: ServiceLevel = .standard) {
        self.agent = agent
        self.width = width
        self.height = height
        self.now = now
        self.keymap = keymap
        self.serviceLevel = serviceLevel
    }

    /// The screen the user is on, which decides what keys do.
    public var context: Context {
        if helpFor != nil { return .help }
        if editor != nil { return .editor }
        if thread != nil { return .thread }
        return .queue
    }

    /// Below this the interface shows a "too small" notice instead of its screens.
    public static let minimumWidth = 40
    public static let minimumHeight = 10

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// Lines of the queue's list: the screen less the title, the column header and the status bar.
    public var queueListHeight: Int { max(1, height - 3) }
}

/// What the title bar says about the demo feed playing into the store.
public struct FeedStatus: Hashable, Sendable {
    public var name: String
    public var pending: Int

    public init(name: String, pending: Int) {
        self.name = name
        self.pending = pending
    }
}

extension AppState {
    /// Lines of the thread: the screen less the title and the status bar.
    public var threadHeight: Int { max(1, height - 2) }
}
