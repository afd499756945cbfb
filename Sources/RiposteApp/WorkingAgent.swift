import Foundation
import RiposteCore
import RiposteStore

/// Who is working on a store: on a team store, the agent whose login runs this process, and nobody else; on a
/// training store, anyone, by `--as`. Whoever first opens a store nobody has claimed becomes its first supervisor.
public enum WorkingAgent {
    public enum Failure: Error, CustomStringConvertible {
        case asOnTeamStore(login: String)
        case unknownLogin(String)

        public var description: String {
            switch self {
            case let .asOnTeamStore(login):
                "--as is for training stores; on a team store you work as yourself, the login \(login)"
            case let .unknownLogin(login):
                StoreError.unknownLogin(login).description
            }
        }
    }

    /// The agent working now; `named` is `--as`, allowed on a training store only.
    public static func resolve(on store: any InboxStore, named: String?, at time: Date = Date()) throws -> Agent {
        let training = try store.isTraining()
        if named != nil, !training { throw Failure.asOnTeamStore(login: store.login) }
        try store.claimFirstSupervisor(login: store.login, name: name(forLogin: store.login), at: time)
        if let named { return try store.ensureAgent(named: named, role: .agent) }
        if let agent = try store.agent(login: store.login) { return agent }
        throw Failure.unknownLogin(store.login)
    }

    /// A login as an agent's name: a login with characters a name may not hold has them made "-".
    public static func name(forLogin login: String) -> String {
        if Agent.nameProblem(login) == nil { return login }
        let cleaned = String(login.unicodeScalars.map { scalar -> Character in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil || ".-_".unicodeScalars.contains(scalar)
                ? Character(scalar) : "-"
        }.prefix(Agent.maximumNameLength))
        return cleaned.isEmpty ? "supervisor" : cleaned
    }
}
