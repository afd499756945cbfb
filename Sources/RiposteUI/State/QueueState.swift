import RiposteCore

/// The part of the queue the interface holds: the rows on screen plus about two pages either side, never the inbox.
public struct QueueState: Hashable, Sendable {
    public var rows: [QueueRow] = []
    public var selectedIndex = 0
    /// The screen line of the selection within the list, kept when rows arrive above it so it never jumps.
    public var selectedLine = 0
    /// The loaded rows start at the newest case.
    public var reachedTop = true
    /// The loaded rows end at the oldest case.
    public var reachedBottom = true
    public var loaded = false
    /// Keys that came before the first rows did: they act once the rows are here.
    public var deferred: [Action] = []

    public init() {}

    public var selected: QueueRow? {
        rows.indices.contains(selectedIndex) ? rows[selectedIndex] : nil
    }

    /// Index of the first row on screen.
    public var firstVisible: Int { max(0, selectedIndex - selectedLine) }

    /// Moves the selection's line down where the held rows end above the screen's last line while rows above are
    /// hidden (cases below it left the queue, or it moved down after a reply): a screen with rows to show is full.
    mutating func fillWindow(height: Int) {
        guard reachedBottom else { return }
        let lowestFirst = max(0, rows.count - height)
        if firstVisible > lowestFirst { selectedLine = selectedIndex - lowestFirst }
    }
}

/// A request for the rows around a case (keyset paging from its key).
public struct QueueRequest: Hashable, Sendable {
    public enum Anchor: Hashable, Sendable {
        /// The newest rows.
        case top
        /// The oldest rows.
        case bottom
        /// The rows around a case, found by its key now (the case may have moved); `key` is used if it is gone.
        case around(CaseID, key: QueueKey)
        /// The rows around the first new case past `key` that way, or around `from` when there is none.
        case nextNew(from: CaseID, key: QueueKey, forward: Bool)
    }

    public var anchor: Anchor
    public var above: Int
    public var below: Int
    /// Only the cases this matches.
    public var filter: CaseFilter

    public init(anchor: Anchor, above: Int, below: Int, filter: CaseFilter) {
        self.anchor = anchor
        self.above = above
        self.below = below
        self.filter = filter
    }
}

/// The rows a queue request found.
public struct QueueWindow: Hashable, Sendable {
    /// The request these rows answer.
    public var request: QueueRequest
    public var rows: [QueueRow]
    /// The row of the anchoring case (or where it was).
    public var anchorIndex: Int
    public var reachedTop: Bool
    public var reachedBottom: Bool
    /// A `nextNew` request found no new case that way.
    public var missed = false

    public init(request: QueueRequest, rows: [QueueRow], anchorIndex: Int, reachedTop: Bool, reachedBottom: Bool,
                missed: Bool = false) {
        self.missed = missed
        self.request = request
        self.rows = rows
        self.anchorIndex = anchorIndex
        self.reachedTop = reachedTop
        self.reachedBottom = reachedBottom
    }
}
