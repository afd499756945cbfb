import Foundation

/// Who may act as whom, in the same words on both databases: on a team store, only yourself.
enum IdentityRule {
    static func notYou(_ name: String, login: String) -> String {
        "this store knows the login \(login) as someone else: nobody acts as \(name) but \(name)"
    }
}

/// Keeps the team's rules parsed by version: the store reads them before every reply, and parsing the text each
/// time would cost more than the reply.
final class TeamRulesCache: @unchecked Sendable {
    private var cached: TeamRiskRules?
    private let lock = NSLock()

    func rules(version: Int, _ make: () throws -> TeamRiskRules) throws -> TeamRiskRules {
        lock.lock()
        defer { lock.unlock() }
        if let cached, cached.version == version { return cached }
        let made = try make()
        cached = made
        return made
    }
}
