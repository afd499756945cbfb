/// A person working in Riposte, known on a team store by the login they cannot type: their operating-system user on
/// a SQLite store, their database role on PostgreSQL.
public struct Agent: Hashable, Sendable {
    public enum Role: String, CaseIterable, Codable, Sendable {
        case agent
        case supervisor
    }

    public var name: String
    public var role: Role
    /// The login that is this person; nil for a name that only works on a training store.
    public var login: String?

    public init(name: String, role: Role, login: String? = nil) {
        self.name = name
        self.role = role
        self.login = login
    }

    /// The longest name an agent may have.
    public static let maximumNameLength = 32

    /// Why `name` cannot be an agent's name, or nil if it can: letters, digits, ".", "-" and "_", 1 to 32 of them.
    /// Names are printed in lists, reports and the audit log: nothing in one may steer a terminal.
    public static func nameProblem(_ name: String) -> String? {
        if name.isEmpty { return "an agent's name cannot be empty" }
        if name.unicodeScalars.count > maximumNameLength {
            return "an agent's name is at most \(maximumNameLength) characters"
        }
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil || ".-_".unicodeScalars.contains(scalar)
        }
        return allowed ? nil : "an agent's name holds only letters, digits, \".\", \"-\" and \"_\""
    }
}
