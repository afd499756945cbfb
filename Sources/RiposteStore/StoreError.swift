/// A failure a person can act on, raised by a store.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case newerSchema(path: String)
    case noSuchPost(Int64)
    case noSuchApproval(Int64)
    case noSuchAgent(String)
    /// The agent may not do this; the message says why.
    case notAllowed(String)
    case database(String)
    /// The store's server cannot be reached (a PostgreSQL store whose connection is down); worth trying again.
    case unreachable(String, String)
    /// The reply may not go out unseen: by the team's rules a supervisor must approve it first.
    case needsApproval(score: Int, threshold: Int, reasons: [String])
    /// The login is not one of the store's people.
    case unknownLogin(String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason): "cannot open store \(path): \(reason)"
        case let .newerSchema(path): "\(path) was written by a newer Riposte; upgrade Riposte to open it"
        case let .noSuchPost(id): "no post \(id) in the store"
        case let .noSuchApproval(id): "no approval \(id) in the store"
        case let .noSuchAgent(name): "no agent \"\(name)\"; `riposte agent add \(name)` adds one"
        case let .notAllowed(message): message
        case let .database(message): "store: \(message)"
        case let .unreachable(address, reason): "cannot reach the store at \(address): \(reason)"
        case let .needsApproval(score, threshold, _):
            "by the team's risk rules this reply (risk \(score), threshold \(threshold)) needs a supervisor's approval"
        case let .unknownLogin(login):
            "the login \(login) is not one of this store's people; ask a supervisor to run "
                + "`riposte agent add NAME --role agent --login \(login)`"
        }
    }
}
