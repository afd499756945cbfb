/// The fields a filter term may name before its ":".
enum FilterField: String, CaseIterable {
    case author
    case network
    case status
    case tag
    case assignee
    case role
    case age
    case priority
    case `is`

    /// A term of this field, for messages that show how one is written.
    var example: String {
        switch self {
        case .author: "author:@ann"
        case .network: "network:x,mastodon"
        case .status: "status:new,open"
        case .tag: "tag:billing"
        case .assignee: "assignee:sam"
        case .role: "role:customer"
        case .age: "age:>2h"
        case .priority: "priority:high,urgent"
        case .is: "is:breached"
        }
    }

    /// The values of an enumerated field, in the order messages list them; nil for free values.
    var allowedValues: [String]? {
        switch self {
        case .network: Network.allCases.map(\.rawValue)
        case .status: CaseStatus.allCases.map(\.rawValue)
        case .role: AuthorRole.allCases.map(\.rawValue)
        case .priority: Priority.allCases.map(\.rawValue)
        case .is: CaseFilter.Flag.allCases.map(\.rawValue)
        case .author, .tag, .assignee, .age: nil
        }
    }

    /// What one value of the field is called in a message: `unknown status "opne"`.
    var valueName: String {
        switch self {
        case .is: "flag"
        case .author: "handle"
        case .assignee: "agent"
        default: rawValue
        }
    }

    /// Whether the field takes a single value rather than a list of alternatives.
    var takesOneValue: Bool { self == .age || self == .is }
}

extension CaseFilter.Condition {
    /// The field the condition is written with; nil for text.
    var field: FilterField? {
        switch self {
        case .author: .author
        case .network: .network
        case .status: .status
        case .tag: .tag
        case .assignee: .assignee
        case .role: .role
        case .age: .age
        case .priority: .priority
        case .flag: .is
        case .text: nil
        }
    }
}
