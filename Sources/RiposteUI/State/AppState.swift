import Foundation
import RiposteCore

/// Everything the interface knows: view state and the rows on screen. Changed only by `reduce`.
public struct AppState: Hashable, Sendable {
    public var agent: String
    public var agentRole: Agent.Role
    public var width: Int
    public var height: Int
    /// The time as the last tick reported it; views and reduce never read the clock.
    public var now: Date
    public var keymap: Keymap
    /// Service levels, claim lease and saved views, from config.toml.
    public var settings: Settings
    /// The cases the queue shows, and the name of the view or "limit" or "search" it came from.
    public var filter: CaseFilter
    public var filterName: String
    /// The saved view the queue showed last: where clearing a limit or a search goes back to.
    public var lastView: String?
    /// Cases marked for a bulk action (`t`), and whether `;` is waiting for the command to apply to them.
    public var marked: Set<CaseID> = []
    public var bulkPending = false
    public var lastSnoozeCheck: Date?
    /// Drafts the store has not taken yet, by case: quitting with any asks first.
    public var draftsNotInStore: [CaseID: Draft] = [:]
    /// Those of them this machine could not keep either.
    public var draftsOnlyInMemory: Set<CaseID> = []
    /// Claims the store could not let go.
    public var claimsToRelease: Set<CaseID> = []
    /// Claims asked for by an editor that was left before the store answered.
    public var claimsLeftPending: Set<CaseID> = []
    /// When the store was last offered what it refused.
    public var lastStoreRetry: Date?
    /// The voices replies can be written in, the first the default.
    public var voices: [VoicePreset]
    public var riskRules: RiskRules
    public var queue = QueueState()
    public var thread: ThreadState?
    public var editor: EditorState?
    public var approvals: ApprovalsState?
    public var picker: PickerState?
    public var prompt: PromptState?
    /// The screen whose keys the help overlay shows, while it is up.
    public var helpFor: Context?
    /// A page of text over the queue: the training report.
    public var report: ReportPage?
    /// The supervisor's dashboard while it is shown: nil figures until the first load.
    public var dashboard: DashboardState?
    /// Command lines typed with `:`, oldest first; kept between sessions.
    public var commandHistory: [String] = []
    /// The team's agents and tags, for completing arguments.
    public var team = TeamNames()
    /// The new cases per view, for the view bar; nil until first counted.
    public var unread: UnreadCounts?
    /// When the counts were last asked for, and whether the store changed since.
    public var unreadAsked: Date?
    public var unreadStale = true
    /// The last text put on the clipboard, numbered so that the terminal sends each copy once.
    public var clipboard: ClipboardCopy?
    /// How times are written in messages: the user's locale.
    public var wallClock = WallClockTime(environment: [:])
    /// The last change to cases, while it may still be undone.
    public var lastUndo: CaseUndo?
    /// How many times mentions have arrived while the interface was up: each one rings the bell once.
    public var arrivals = 0
    public var message: StatusMessage?
    /// Since when the store has been working on one request, when that is long enough to tell the agent: keys still
    /// work, and what they ask for waits its turn.
    public var storeSlowSince: Date?
    /// Brand accounts whose mentions are not coming in as they should, as every agent's status bar says.
    public var connectorTrouble: [String] = []
    public var connectorsAsked: Date?
    public static let connectorCheckInterval: TimeInterval = 15
    /// The demo feed playing into the store, as the title bar shows it.
    public var feed: FeedStatus?
    public var quitting = false

    public init(agent: String, role: Agent.Role = .agent, width: Int, height: Int, now: Date,
                keymap: Keymap = .builtin, settings: Settings = .defaults,
                voices: [VoicePreset] = VoiceLibrary.builtin, riskRules: RiskRules = .builtin) {
        self.agent = agent
        self.settings = settings
        let first = settings.views.first { $0.name == "all" } ?? settings.views.first
        filter = first?.filter ?? .all
        filterName = first?.name ?? "all"
        lastView = filterName
        agentRole = role
        self.voices = voices
        self.riskRules = riskRules
        self.width = width
        self.height = height
        self.now = now
        self.keymap = keymap
    }

    /// The screen the user is on, which decides what keys do.
    public var context: Context {
        if prompt != nil { return .prompt }
        if picker != nil { return .picker }
        if helpFor != nil { return .help }
        if report != nil { return .report }
        if dashboard != nil { return .dashboard }
        if editor != nil { return .editor }
        if approvals != nil { return .approvals }
        if thread != nil { return .thread }
        return .queue
    }

    /// The voice of that id, or the default one.
    public func voice(_ id: String?) -> VoicePreset? {
        voices.first { $0.id == id } ?? voices.first
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
    /// Story seconds per real second.
    public var speed: Double
    public var paused: Bool

    public init(name: String, pending: Int, speed: Double = 1, paused: Bool = false) {
        self.name = name
        self.pending = pending
        self.speed = speed
        self.paused = paused
    }
}

/// What a trainer does to the demo feed while it plays.
public enum DemoControl: Hashable, Sendable {
    case pause, resume, faster, slower
}

extension AppState {
    /// Lines of the thread: the screen less the title, the status bar and the approval banner if there is one.
    public var threadHeight: Int {
        let banner = thread?.thread.flatMap { ThreadView.banner($0, state: self) }
        return max(1, height - 2 - (banner.map { ThreadView.bannerLines($0.text, width: width).count } ?? 0))
    }

    /// The screen under any picker or prompt.
    public var baseContext: Context {
        if helpFor != nil { return .help }
        if report != nil { return .report }
        if dashboard != nil { return .dashboard }
        if editor != nil { return .editor }
        if approvals != nil { return .approvals }
        if thread != nil { return .thread }
        return .queue
    }
}

/// A page of text to read and scroll: what the training report shows.
public struct ReportPage: Hashable, Sendable {
    public var title: String
    public var lines: [String]
    /// The first line on screen.
    public var top = 0

    public init(title: String, lines: [String]) {
        self.title = title
        self.lines = lines
    }
}

/// The dashboard's figures and when they were last asked for; it refreshes itself while shown.
public struct DashboardState: Hashable, Sendable {
    public var figures: TeamFigures?
    public var requested: Date
    /// The figure Enter opens, as an index into `DashboardFigure.all`.
    public var selected = 0

    public init(figures: TeamFigures? = nil, requested: Date) {
        self.figures = figures
        self.requested = requested
    }

    /// How often the figures are read again while the dashboard is up.
    public static let refreshInterval: TimeInterval = 5
}

/// Who is on the team and which tags it uses, as last read from the store.
public struct TeamNames: Hashable, Sendable {
    public var agents: [String] = []
    public var tags: [String] = []
    /// When they were asked for; nil until the first completion.
    public var read: Date?
    /// Tab was pressed before they were read: complete once they are.
    public var completeWhenRead = false

    public init() {}
}

/// Text for the terminal to put on the user's clipboard (OSC 52).
public struct ClipboardCopy: Hashable, Sendable {
    public var serial: Int
    public var text: String
}
