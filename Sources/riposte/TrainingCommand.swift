import ArgumentParser
import Foundation
import RiposteCore
import RiposteApp
import RiposteStore

/// `riposte training report`: how each agent did on the demo, as text to read or print.
struct TrainingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "training", abstract: "Training reports on demo sessions.", subcommands: [Report.self])

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Each agent's replies, first-response time, approvals, risk, length breaches and reactions, "
                + "with a score and its reasons.")

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("Only the last stretch of time, like 30m or 2h (default: since the demo was loaded).",
                                   valueName: "duration"))
        var since: String?

        @Option(help: ArgumentHelp("Only this agent.", valueName: "name"))
        var agent: String?

        func run() throws {
            let store = try global.storeToRead()
            var from: Date?
            if let since {
                guard let interval = try? WrittenDuration.parse(since) else {
                    throw fail("--since \(since): write a duration like 30m, 2h or 1d")
                }
                from = Date().addingTimeInterval(-interval)
            }
            let session = try TrainingSession.read(store, since: from)
            var agents = session.agents
            if let agent {
                let known = Set(try store.agents().map(\.name)).union(session.agents.map(\.agent)).sorted()
                guard known.contains(agent) else { throw fail(Self.unknown(agent, known: known)) }
                // Someone known who did nothing yet still gets a report: it says so.
                agents = agents.filter { $0.agent == agent }
                if agents.isEmpty { agents = [AgentTraining(agent: agent)] }
            }
            let window = session.since == .distantPast ? "" : ", since \(RFC3339Text.format(session.since))"
            show(TrainingReportText.render(agents, title: session.title + window))
        }

        /// The agents are listed when they are few enough to read in one line.
        static func unknown(_ agent: String, known: [String]) -> String {
            let name = DisplayText.printable(agent)
            if known.isEmpty { return "--agent \(name): this store has no agents yet" }
            if known.count > 12 { return "--agent \(name): no such agent; `riposte agent list` shows them" }
            return "--agent \(name): no such agent; the agents are \(known.map(DisplayText.printable).joined(separator: ", "))"
        }
    }
}
