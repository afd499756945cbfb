/// Who wrote a post, as the care team sees them; each role has its own badge.
public enum AuthorRole: String, CaseIterable, Codable, Sendable {
    case customer
    /// Our own brand: replies sent from Riposte are posted as this account.
    case brand
    case rival
    case executive
    case bystander

    /// The three-letter badge shown beside an author in the queue and the thread.
    public var badge: String {
        switch self {
        case .customer: "CUS"
        case .brand: "OUR"
        case .rival: "RIV"
        case .executive: "EXE"
        case .bystander: "BYS"
        }
    }
}
