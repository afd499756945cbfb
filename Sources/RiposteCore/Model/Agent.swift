/// A person working in Riposte.
public struct Agent: Hashable, Sendable {
    public enum Role: String, CaseIterable, Codable, Sendable {
        case agent
        case supervisor
    }

    public var name: String
    public var role: Role

    public init(name: String, role: Role) {
        self.name = name
        self.role = role
    }
}
