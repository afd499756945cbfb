import Foundation

/// A team's settings from `config.toml`: SLA targets, how long a claim lasts, and the queue's views.
public struct Settings: Hashable, Sendable {
    /// The SLA target per network and priority.
    public var serviceLevels: ServiceLevels
    /// How long a claim lasts without being renewed, in seconds; after that a colleague may take the case.
    public var claimLease: TimeInterval
    /// The built-in views first, in their order (with any filter the file gave them), then the
    /// file's own, in file order.
    public var views: [SavedView]
    /// How this user's Riposte looks and answers keys, unless a flag says otherwise.
    public var display = Display()
    /// Whether a team with a single supervisor lets them send their own risky reply after typing a reason (audited,
    /// and shown to every supervisor). The store allows it only while the team has one supervisor.
    public var loneSupervisorSendsOwn = false

    public struct Display: Hashable, Sendable {
        public var keymap = "default"
        public var theme = "default"
        /// Colour even with NO_COLOR set (true), never (false), or as NO_COLOR says (nil).
        public var colour: Bool?
        /// Ring the terminal's bell when new mentions arrive.
        public var bell = true
        /// Ask before quitting while a draft is open or a case is claimed (mutt's `quit=ask-yes`).
        public var quitAsks = true
        /// Let `y` put a post's link on the clipboard through the terminal (OSC 52): off unless asked for, since
        /// it writes to the user's clipboard.
        public var copyLinks = false

        public init() {}
    }

    public init(serviceLevels: ServiceLevels, claimLease: TimeInterval, views: [SavedView]) {
        self.serviceLevels = serviceLevels
        self.claimLease = claimLease
        self.views = views
    }

    /// Two-minute claims, the standard SLA targets, the built-in views.
    public static let defaults = Settings(serviceLevels: .standard, claimLease: 120, views: SavedView.builtin)

    /// Reads `config.toml` over the defaults: only what the file says changes, so a file may hold one
    /// line. Throws every error, each with its position.
    public static func parse(_ text: String, file: String) throws(SourceErrors) -> Settings {
        try SettingsFile.parse(text, file: file, over: defaults)
    }

    /// The settings in `file`, or the defaults if there is no such file; each bad line is reported, and every
    /// good one applies.
    public static func load(file: String) -> (settings: Settings, errors: [SourceError]) {
        guard FileManager.default.fileExists(atPath: file) else { return (defaults, []) }
        do {
            return SettingsFile.load(try SourceText.read(file: file), file: file, over: defaults)
        } catch {
            return (defaults, [error])
        }
    }

    /// The view called `name`, ignoring case.
    public func view(named name: String) -> SavedView? {
        views.first { $0.name.lowercased() == name.lowercased() }
    }
}
