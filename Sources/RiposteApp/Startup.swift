import Foundation
import Logging
import RiposteCore
import RiposteFeed
import RiposteStore
import RiposteUI

/// What the interactive session is built from: the store, the keymap and theme, and what went wrong reading them.
public struct Startup {
    public var store: any InboxStore
    public var keymap: Keymap
    public var theme: Theme
    /// Problems with the user's files; Riposte starts anyway, on the built-in defaults.
    public var warnings: [String]

    /// Opens (creating it the first time) the store; a store created now is filled from the bundled demo feed.
    /// A PostgreSQL database counts as new while it holds no case and nothing scheduled.
    public static func openStore(_ location: StoreLocation, fillNewStoreWithDemo: Bool, now: Date) throws
        -> any InboxStore {
        let fileExisted = if case let .file(path) = location { FileManager.default.fileExists(atPath: path) } else { false }
        let store = try location.open()
        let isNew = switch location {
        case .file: !fileExisted
        case .postgres: try store.queueRows(after: nil, limit: 1).isEmpty && store.scheduledCount() == 0
        }
        if isNew, fillNewStoreWithDemo {
            let bundled = BundledFeeds.standard
            try DemoFeedLoader.load(try bundled.parse(), text: bundled.text, into: store, startingAt: now)
        }
        return store
    }

    /// The keymap `name`, built in layers, each file rebinding only the keys it names: the compiled-in default,
    /// Keymaps/default.toml, then the shipped Keymaps/NAME.toml, then the user's NAME.toml from `userFolder`.
    /// A bad line is a warning and the rest of its file still loads; an unknown name is a warning and gives the
    /// default.
    public static func keymap(named name: String = "default", userFolder: String?, warnings: inout [String])
        -> Keymap {
        let name = name.hasSuffix(".toml") ? String(name.dropLast(5)) : name
        func layer(_ folder: String?, _ fileName: String, over base: Keymap) -> Keymap? {
            guard let folder else { return nil }
            let path = (folder as NSString).appendingPathComponent(fileName + ".toml")
            guard FileManager.default.fileExists(atPath: path) else { return nil }
            let text: String
            do {
                text = try SourceText.read(file: path)
            } catch {
                warnings.append(error.description)
                return nil
            }
            let (keymap, errors) = KeymapFile.load(text, file: path, name: name, over: base)
            warnings += errors.map(\.description)
            return keymap
        }
        let shippedFolder = ShippedFiles.folder("Keymaps")?.url.path
        var keymap = layer(shippedFolder, "default", over: .builtin) ?? .builtin
        keymap.name = "default"
        // A name is a file's name in a keymaps folder, never a path.
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
            warnings.append("\"\(name)\" is not a keymap name: give the file's name without .toml, like vim")
            return keymap
        }
        let shipped = name == "default" ? keymap : layer(shippedFolder, name, over: keymap)
        guard let chosen = layer(userFolder, name, over: shipped ?? keymap) ?? shipped else {
            func names(in folder: String?) -> [String] {
                let files = folder.flatMap { try? FileManager.default.contentsOfDirectory(atPath: $0) } ?? []
                return files.filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }
            }
            let known = Set(names(in: shippedFolder) + names(in: userFolder)).sorted()
            warnings.append("no keymap \"\(name)\" in Keymaps/" + (userFolder.map { " or \($0)" } ?? "")
                            + "; the keymaps are \(known.joined(separator: ", ")); using the default")
            return keymap
        }
        return chosen
    }

    /// The theme `name`: the shipped Themes/NAME.toml with the user's own NAME.toml from `userFolder` over it,
    /// both over the default; a bad line is reported and skipped. Without `colours` (NO_COLOR), the same theme
    /// without its colours, marked by reverse video and bold as the monochrome theme is.
    public static func theme(named name: String, userFolder: String, colours: Bool, warnings: inout [String])
        -> Theme {
        let shippedFolder = ShippedFiles.folder("Themes")?.url.path
        let (theme, problems) = ThemeLibrary.load(named: name, shippedFolder: shippedFolder, userFolder: userFolder)
        warnings += problems
        guard !colours else { return theme }
        // Only the parts that stood out by colour alone take the monochrome theme's look (the user's, if any).
        let marks = name == "monochrome" ? theme
            : ThemeLibrary.load(named: "monochrome", shippedFolder: shippedFolder, userFolder: userFolder).theme
        return theme.withoutColours(marks: marks)
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

    /// The rules the editor's meter shows: the team's, from the store, which the store judges every reply by. A
    /// `risk.toml` of the agent's own is no longer read: the warning says how to try it out, or propose it.
    public static func riskRules(_ store: any InboxStore, paths: RipostePaths, warnings: inout [String]) throws
        -> RiskRules {
        if FileManager.default.fileExists(atPath: paths.riskRules) {
            warnings.append("\(paths.riskRules) is not used: replies are judged by the team's rules in the store "
                            + "(riposte risk rules show); try yours with riposte risk --rules FILE")
        }
        return try store.judgingRules().rules
    }

    /// Whether the newest rows of the audit log still follow each other; a message for the status line if not.
    public static func auditTail(_ store: any InboxStore) -> String? {
        guard let rows = try? store.auditChain(last: 200), let first = rows.first,
              let broken = AuditChain.firstBreak(in: rows, after: first.previousHash) else { return nil }
        return "The audit log was altered (\(broken)): riposte audit verify"
    }

    static func shipped<Value>(_ folder: String, warnings: inout [String], fallback: Value,
                               _ parse: (String, String) throws -> Value) -> Value {
        guard let url = ShippedFiles.find("default.toml", in: folder) else { return fallback }
        do {
            return try parse(try SourceText.read(file: url.path), url.path)
        } catch {
            warnings.append("\(error)")
            return fallback
        }
    }
}
