import ArgumentParser
import Foundation
import RiposteApp
import RiposteCore

/// `riposte config`: the team's settings file.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "The team's settings: claims, SLA targets, views.",
        subcommands: [Example.self, Paths.self])

    struct Example: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print config.toml with every key at its default, commented, to copy and edit.")

        func run() {
            show(Settings.exampleFile, terminator: "")
        }
    }

    struct Paths: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print every path Riposte reads or writes, and whether it is there.")

        @OptionGroup var global: GlobalOptions

        func run() {
            let paths = global.paths
            func folder(_ name: String) -> String {
                ShippedFiles.find("default.toml", in: name)?.deletingLastPathComponent().path
                    ?? "(not found: the compiled-in defaults are used)"
            }
            let rows: [(String, String)] = [
                ("store", global.storePath),
                ("log", paths.logFile),
                ("team settings", paths.config),
                ("voices", paths.userVoices),
                ("risk rules", paths.riskRules),
                ("user keymaps", paths.userKeymaps),
                ("user themes", paths.userThemes),
                ("shipped keymaps", folder("Keymaps")),
                ("shipped themes", folder("Themes")),
            ]
            for (what, path) in rows {
                let present = FileManager.default.fileExists(atPath: path) ? "" : "  (absent)"
                show(what.padding(toLength: 16, withPad: " ", startingAt: 0) + path + (path.hasPrefix("(") ? "" : present))
            }
        }
    }
}
