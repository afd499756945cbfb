/// Notices commits made to the store by anyone: another agent's process, on this machine or another.
public protocol StoreChangeWatching: AnyObject {
    /// True when something was committed since the previous call (the first call only takes a reading).
    func hasChanged() throws -> Bool
}
