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
            /// A shipped folder, and where it was found, or every place it was looked for.
            func shipped(_ name: String) -> (String, String) {
                guard let found = ShippedFiles.folder(name) else {
                    let tried = ShippedFiles.candidates(name).map(\.url.path).joined(separator: ", ")
                    return ("(not found: the compiled-in defaults are used)", "looked in \(tried)")
                }
                return (found.url.path, found.source.description)
            }
            func mine(_ path: String) -> (String, String) {
                (path, FileManager.default.fileExists(atPath: path) ? "" : "absent")
            }
            let rows: [(String, (path: String, remark: String))] = [
                ("store", mine(global.storePath)),
                ("log", mine(paths.logFile)),
                ("team settings", mine(paths.config)),
                ("voices", mine(paths.userVoices)),
                ("risk rules", mine(paths.riskRules)),
                ("user keymaps", mine(paths.userKeymaps)),
                ("user themes", mine(paths.userThemes)),
                ("shipped keymaps", shipped("Keymaps")),
                ("shipped themes", shipped("Themes")),
            ]
            for (what, place) in rows {
                show(what.padding(toLength: 16, withPad: " ", startingAt: 0) + place.path
                     + (place.remark.isEmpty ? "" : "  (\(place.remark))"))
            }
        }
    }
}
