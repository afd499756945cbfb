/// The setting that makes a store a training store. Settings under "store." belong to the store itself: the
/// general `setValue` refuses them, so a setting meant for a demo cannot turn a team store into a training one.
enum TrainingFlag {
    static let key = "store.training"

    /// Refuses to set a store's own settings through `setValue`.
    static func checkWritable(_ key: String) throws {
        if key.hasPrefix("store.") { throw StoreError.notAllowed("\"\(key)\" is the store's own setting") }
    }
}
