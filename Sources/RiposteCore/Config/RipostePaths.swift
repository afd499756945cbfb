import Foundation

/// Where Riposte keeps and looks for files, by the XDG Base Directory rules.
public struct RipostePaths: Hashable, Sendable {
    public var dataHome: String
    public var configHome: String
    public var stateHome: String

    /// The paths for an environment; an unset or empty XDG variable means the spec's default under HOME.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        func base(_ variable: String, _ fallback: String) -> String {
            if let value = environment[variable], value.hasPrefix("/") { return value }
            return (home as NSString).appendingPathComponent(fallback)
        }
        dataHome = (base("XDG_DATA_HOME", ".local/share") as NSString).appendingPathComponent("riposte")
        configHome = (base("XDG_CONFIG_HOME", ".config") as NSString).appendingPathComponent("riposte")
        stateHome = (base("XDG_STATE_HOME", ".local/state") as NSString).appendingPathComponent("riposte")
    }

    /// The embedded default store.
    public var defaultStore: String { (dataHome as NSString).appendingPathComponent("riposte.sqlite") }
    public var logFile: String { (stateHome as NSString).appendingPathComponent("riposte.log") }
    public var userThemes: String { (configHome as NSString).appendingPathComponent("themes") }
    public var userKeymaps: String { (configHome as NSString).appendingPathComponent("keymaps") }
    public var userVoices: String { (configHome as NSString).appendingPathComponent("voices") }
    public var riskRules: String { (configHome as NSString).appendingPathComponent("risk.toml") }
    public var config: String { (configHome as NSString).appendingPathComponent("config.toml") }
    /// The brand's accounts that `riposte connect` serves.
    public var accounts: String { (configHome as NSString).appendingPathComponent("accounts.toml") }
    /// What was typed after `:`, a line each.
    public var commandHistory: String { (stateHome as NSString).appendingPathComponent("command-history") }
}
