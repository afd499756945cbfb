import ArgumentParser
import Foundation
import RiposteApp
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
            abstract: "Add a person by their login, or change their role (supervisors only; audited).",
            discussion: """
                The login is what the person cannot type otherwise: their operating-system user on a SQLite store, \
                their database role on PostgreSQL. Whoever creates a store is its first supervisor.
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The agent's name as colleagues see it: letters, digits, \".\", \"-\" and \"_\", up to 32.")
        var name: String

        @Option(help: "agent or supervisor (only supervisors approve risky replies and add people).")
        var role: Agent.Role = .agent

        @Option(help: ArgumentHelp("Their login: an operating-system user (SQLite) or a database role (PostgreSQL); "
                                   + "kept as it was if left out.", valueName: "login"))
        var login: String?

        func run() throws {
            if let problem = Agent.nameProblem(name) { throw fail("\(DisplayText.printable(name)): \(problem)") }
            if let login, login.isEmpty || login.contains(where: { $0.isWhitespace || $0.isNewline }) {
                throw fail("a login is one word, like the user's name on this machine")
            }
            do {
                let store = try global.openStore()
                let actor = try WorkingAgent.resolve(on: store, named: nil)
                try store.setAgent(Agent(name: name, role: role, login: login), by: actor.name, at: Date())
                let who = try store.agent(named: name)
                show("\(name) is \(role == .supervisor ? "a supervisor" : "an agent")"
                      + (who?.login.map { ", login \(DisplayText.printable($0))" } ?? ", with no login yet"))
            } catch {
                throw fail("\(error)")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the agents, their roles and logins.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            do {
                let store = try global.storeToRead()
                for agent in try store.agents() {
                    show([agent.name, agent.role.rawValue, agent.login ?? "-"].map(DisplayText.printable)
                        .joined(separator: "\t"))
                }
            } catch let exit as ExitCode {
                throw exit
            } catch {
                throw fail("\(error)")
            }
        }
    }
}
