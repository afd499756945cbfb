/// A named filter the queue offers as a view: "mine", "unassigned", or one a team saved in `config.toml`.
public struct SavedView: Hashable, Sendable {
    public var name: String
    public var filter: CaseFilter

    public init(name: String, filter: CaseFilter) {
        self.name = name
        self.filter = filter
    }

    /// The views every team has, in the order the queue offers them; `config.toml` may change their filters.
    public static let builtin: [SavedView] = [
        SavedView(name: "mine", filter: CaseFilter(terms: [CaseFilter.Term(.flag(.mine))])),
        SavedView(name: "unassigned", filter: CaseFilter(terms: [CaseFilter.Term(.assignee([.nobody]))])),
        SavedView(name: "all", filter: .all),
        SavedView(name: "breached", filter: CaseFilter(terms: [CaseFilter.Term(.flag(.breached))])),
        SavedView(name: "awaiting approval", filter: CaseFilter(terms: [CaseFilter.Term(.flag(.awaiting))])),
    ]
}
