import ArgumentParser
import Foundation
import RiposteCore
import RiposteStore

extension Agent.Role: ExpressibleByArgument {}

/// `riposte agent`: who works on the store, and who may approve.
struct AgentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agent", abstract: "Add agents and supervisors, and list them.",
        subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an agent, or change an agent's role (audited).")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The agent's name, as they pass it to --as.")
        var name: String

        @Option(help: "agent or supervisor (only supervisors approve risky replies).")
        var role: Agent.Role = .agent

        func run() throws {
            guard !name.isEmpty, !name.contains(where: \.isWhitespace) else {
                throw fail("an agent's name is one word, like \"sam\"")
            }
            do {
                let store = try global.openStore()
                let actor = ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "riposte"
                try store.setAgent(Agent(name: name, role: role), by: actor, at: Date())
                print("\(name) is \(role == .supervisor ? "a supervisor" : "an agent")")
            } catch {
                throw fail("\(error)")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the agents and their roles.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            do {
                for agent in try global.openStore().agents() {
                    print("\(agent.name)\t\(agent.role.rawValue)")
                }
            } catch {
                throw fail("\(error)")
            }
        }
    }
}
