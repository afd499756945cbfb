import ArgumentParser
import Foundation
import RiposteCore
import RiposteStore

/// `riposte report`: the supervisor dashboard's figures, to read or to open in a spreadsheet.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The team's figures: mentions a minute, first responses, backlog, SLA breaches, approvals, "
            + "each agent's load and each supervisor's decisions.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, csv, long, json
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The window first responses and replies are counted over, like 30m or 8h.",
                               valueName: "duration"))
    var since = "1h"

    @Option(help: ArgumentHelp("text to read; csv for a spreadsheet, a table per section; long for one "
                               + "section,key,value table; json for a program.", valueName: "format"))
    var format: Format = .text

    /// How long the store took to read the figures, on stderr: the dashboard reads the same every few seconds.
    @Flag(help: .hidden)
    var timing = false

    func run() throws {
        let window: TimeInterval
        do {
            window = try WrittenDuration.parse(since)
        } catch {
            throw fail("--since \(since): \(error.message)")
        }
        let (settings, problems) = Settings.load(file: global.paths.config)
        for problem in problems { warn("\(problem)") }
        // Whole seconds, so that the times written are exactly the ones the figures were taken at.
        let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
        let store = try global.storeToRead()
        let started = Date()
        let figures = try store.teamFigures(since: now.addingTimeInterval(-window), at: now,
                                            serviceLevels: settings.serviceLevels)
        if timing {
            FileHandle.standardError.write(Data(String(format: "riposte: figures read in %.1f ms\n",
                                                       Date().timeIntervalSince(started) * 1000).utf8))
        }
        switch format {
        case .text:
            show(TeamFiguresText.render(figures, title: "Team figures at \(RFC3339Text.format(figures.at)), "
                + "answers counted since \(RFC3339Text.format(figures.since))"))
        case .csv:
            FileHandle.standardOutput.write(Data(TeamFiguresCSV.tables(figures).utf8))
        case .long:
            FileHandle.standardOutput.write(Data(TeamFiguresCSV.long(figures).utf8))
        case .json:
            FileHandle.standardOutput.write(try TeamFiguresJSON.encode(figures) + Data("\n".utf8))
        }
    }
}
