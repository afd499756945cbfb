import Foundation

/// Which cases the queue shows: what an agent types after `l` (limit), and what a saved view holds.
///
/// A line of terms separated by spaces, every one of which a case must match:
/// `author:@ann network:x,mastodon -tag:spam age:>2h is:breached "no signal" refund`. A field term
/// (`field:value,value`) matches any of its values, a leading `-` negates a term, and bare words and
/// "quoted phrases" are searched for in the posts. The store turns the terms into a query; this type
/// only reads and writes them.
public struct CaseFilter: Hashable, Sendable, CustomStringConvertible {
    /// One term of the line.
    public struct Term: Hashable, Sendable {
        public var negated: Bool
        public var condition: Condition
        /// Where the term starts in the line it was read from, its "-" included.
        public var position: SourcePosition

        public init(negated: Bool = false, _ condition: Condition, position: SourcePosition = .start) {
            self.negated = negated
            self.condition = condition
            self.position = position
        }

        /// Terms are equal when they select the same cases, wherever they were typed: a filter read
        /// back from its description equals the one described.
        public static func == (a: Term, b: Term) -> Bool {
            a.negated == b.negated && a.condition == b.condition
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(negated)
            hasher.combine(condition)
        }
    }

    /// What a term asks of a case. Lists hold each value once, in the order typed.
    public enum Condition: Hashable, Sendable {
        /// Handles with their "@", lower-cased: `author:Ann` is `["@ann"]`.
        case author([String])
        case network([Network])
        case status([CaseStatus])
        /// As typed.
        case tag([String])
        case assignee([AssigneeMatch])
        case role([AuthorRole])
        /// How long the case has waited for us, or, when nothing waits, how long since its last activity.
        case age(Comparison, TimeInterval)
        case priority([Priority])
        case flag(Flag)
        /// A word or a phrase to find in the case's posts.
        case text(String)
    }

    /// Whom a case is assigned to.
    public enum AssigneeMatch: Hashable, Sendable {
        /// An agent by name, as typed.
        case agent(String)
        /// `assignee:none`: nobody.
        case nobody
        /// `assignee:me`: the agent looking at the queue.
        case me
    }

    /// How a case's age compares with a duration: `age:>2h`, `age:<=30m`.
    public enum Comparison: String, CaseIterable, Hashable, Sendable {
        case lessThan = "<"
        case atMost = "<="
        case moreThan = ">"
        case atLeast = ">="

        /// Whether `value` compares so with `bound`: `.moreThan.holds(3h, 2h)` is true.
        public func holds(_ value: TimeInterval, _ bound: TimeInterval) -> Bool {
            switch self {
            case .lessThan: value < bound
            case .atMost: value <= bound
            case .moreThan: value > bound
            case .atLeast: value >= bound
            }
        }
    }

    /// The states an `is:` term asks about.
    public enum Flag: String, CaseIterable, Hashable, Sendable {
        /// Claimed by, or assigned to, the agent looking.
        case mine
        case unassigned
        /// Someone holds a live claim on it.
        case claimed
        /// Past its SLA target.
        case breached
        /// A reply on it awaits a supervisor's approval.
        case awaiting
        /// A supervisor rejected the latest reply on it.
        case rejected
        /// A reply of ours on it has not reached its network: on its way, waiting to be tried again, or failed.
        case unsent
    }

    public var terms: [Term]

    public init(terms: [Term]) {
        self.terms = terms
    }

    /// No terms: every case.
    public static let all = CaseFilter(terms: [])

    /// Reads a line an agent typed; every mistake in it is reported as `filter:1:column: message`,
    /// the column counted in Characters.
    public static func parse(_ text: String) throws(SourceErrors) -> CaseFilter {
        try CaseFilterParser.parse(text)
    }

    /// The filter written back in canonical form, for the title bar and saved views: one space between
    /// terms, fields and values in lower case, handles with "@", durations as short as they go.
    /// `parse(description)` equals the filter, for every filter `parse` returns.
    public var description: String {
        terms.map(\.description).joined(separator: " ")
    }
}
