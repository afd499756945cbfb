import Foundation
import Logging
import RiposteCore
import RiposteFeed
import RiposteStore
import RiposteUI

/// What the interactive session is built from: the store, the keymap and theme, and what went wrong reading them.
public struct Startup {
    public var store: SQLiteInboxStore
    public var keymap: Keymap
    public var theme: Theme
    /// Problems with the user's files; Riposte starts anyway, on the built-in defaults.
    public var warnings: [String]

    /// Opens (creating it the first time) the store; a store created now is filled from the bundled demo feed.
    public static func openStore(path: String, fillNewStoreWithDemo: Bool, now: Date) throws -> SQLiteInboxStore {
        let isNew = !FileManager.default.fileExists(atPath: path)
        let store = try SQLiteInboxStore(path: path)
        if isNew, fillNewStoreWithDemo {
            let bundled = BundledFeeds.standard
            try DemoFeedLoader.load(try bundled.parse(), text: bundled.text, into: store, startingAt: now)
        }
        return store
    }

    /// The shipped default keymap (Keymaps/default.toml), or the compiled-in one if it can't be found or read.
    public static func keymap(warnings: inout [String]) -> Keymap {
        shipped("Keymaps", warnings: &warnings, fallback: Keymap.builtin) { text, file in
            try KeymapFile.parse(text, file: file, name: "default")
        }
    }

    /// The shipped default theme (Themes/default.toml), or the compiled-in one.
    public static func theme(warnings: inout [String]) -> Theme {
        shipped("Themes", warnings: &warnings, fallback: Theme.builtin) { text, file in
            try ThemeFile.parse(text, file: file, name: "default")
        }
    }

    /// The built-in voices with the user's own files from `$XDG_CONFIG_HOME/riposte/voices/`; a bad file is
    /// reported and skipped.
    public static func voices(_ paths: RipostePaths, warnings: inout [String]) -> [VoicePreset] {
        let (presets, errors) = VoiceLibrary.load(folder: paths.userVoices)
        warnings += errors.map(\.description)
        return presets
    }

    /// The team's settings from `$XDG_CONFIG_HOME/riposte/config.toml` over the defaults; a bad file is reported and
    /// the defaults used.
    public static func settings(_ paths: RipostePaths, warnings: inout [String]) -> Settings {
        let (settings, errors) = Settings.load(file: paths.config)
        warnings += errors.map(\.description)
        return settings
    }

    /// The brand's risk rules from `$XDG_CONFIG_HOME/riposte/risk.toml`, or the built-in ones.
    public static func riskRules(_ paths: RipostePaths, warnings: inout [String]) -> RiskRules {
        guard let text = try? String(contentsOfFile: paths.riskRules, encoding: .utf8) else { return .builtin }
        do {
            return try RiskRules.parse(text, file: paths.riskRules)
        } catch {
            warnings.append("\(error)")
            return .builtin
        }
    }

    static func shipped<Value>(_ folder: String, warnings: inout [String], fallback: Value,
                               _ parse: (String, String) throws -> Value) -> Value {
        guard let url = ShippedFiles.find("default.toml", in: folder) else { return fallback }
        do {
            return try parse(try String(contentsOf: url, encoding: .utf8), url.path)
        } catch {
            warnings.append("\(error)")
            return fallback
        }
    }
}
