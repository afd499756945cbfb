/// A failure a person can act on, raised by a store.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case newerSchema(path: String)
    case noSuchPost(Int64)
    case database(String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason): "cannot open store \(path): \(reason)"
        case let .newerSchema(path): "\(path) was written by a newer Riposte; upgrade Riposte to open it"
        case let .noSuchPost(id): "no post \(id) in the store"
        case let .database(message): "store: \(message)"
        }
    }
}
