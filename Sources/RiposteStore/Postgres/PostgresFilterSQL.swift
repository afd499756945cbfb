import Foundation
import RiposteCore

/// A queue filter as PostgreSQL over a case `c`: the same cases as the SQLite store's `FilterSQL`. The words to
/// search for are kept apart (`words`): how a page finds them depends on how common they are (see
/// `PostgresWordSearch`).
///
/// Conditions on other tables are `EXISTS` rather than `IN`, so that a negated one is an anti-join (`NOT IN` over a
/// subquery is a filter run per case), and the planner may either walk the queue checking each case or gather the
/// few cases that match and sort them, as its statistics suggest.
struct PostgresFilterSQL {
    /// The conditions other than the words, and the values of their placeholders in order.
    private(set) var conditions: [String] = []
    private(set) var arguments: [any StoreBindable] = []
    /// The words and phrases that one post of the case must all hold, as typed.
    private(set) var words: [String] = []

    init(_ scope: QueueScope) {
        let now = StoreTime.milliseconds(scope.now)
        for term in scope.filter.terms {
            if case let .text(word) = term.condition, !term.negated {
                words.append(word)
                continue
            }
            let (condition, values) = Self.condition(term.condition, scope: scope, now: now)
            conditions.append(term.negated ? "NOT (\(condition))" : condition)
            arguments += values
        }
    }

    /// The words as the values of the placeholders of `post(matching:)`.
    var wordArguments: [any StoreBindable] { words }

    var whereClause: String {
        conditions.isEmpty ? "TRUE" : conditions.map { "(\($0))" }.joined(separator: " AND ")
    }

    /// The conditions and the words together, for a test of a single case; placeholders: `arguments`, then `words`.
    var wholeClause: String {
        words.isEmpty ? whereClause : "\(whereClause) AND \(Self.someCasePost(matching: words.count))"
    }

    /// A post `w` holds `count` words or phrases, each as `phrase` reads it. One test each rather than one query
    /// joined with `&&`: a phrase with no word in it ("!!!") then matches nothing, as in FTS5, where `&&` would
    /// drop it.
    static func post(matching count: Int) -> String {
        Array(repeating: "w.search @@ \(phrase)", count: count).joined(separator: " AND ")
    }

    /// A word or phrase as typed, folded as the `search` column's text is (case, accents, punctuation): its words in
    /// that order. Never query syntax: what an agent types is words.
    static let phrase = "phraseto_tsquery('simple', riposte_search_words(?))"

    /// Some post of the case `c` holds the `count` words. `OFFSET 0` keeps this a test of each case the query
    /// walks through: without it the planner may gather every post holding the words first, which for a common
    /// word is most of the index (hundreds of milliseconds) where a page walks through a few hundred cases.
    static func someCasePost(matching count: Int) -> String {
        "EXISTS (SELECT 1 FROM posts w WHERE w.case_id = c.id AND \(post(matching: count)) OFFSET 0)"
    }

    /// A condition written once for both databases, its values bound as PostgreSQL's.
    static func shared(_ condition: SharedFilterSQL.Condition) -> (String, [any StoreBindable]) {
        (condition.sql, condition.values)
    }

    static func condition(_ condition: CaseFilter.Condition, scope: QueueScope, now: Int64)
        -> (String, [any StoreBindable]) {
        switch condition {
        case let .author(handles):
            // Any post of the case, as in SQLite; handles compare without case, as `COLLATE NOCASE` did. From the
            // author's few posts to their cases: walking the queue and looking in each case took 60 ms at 1M posts.
            let forms = handles.map { ($0.hasPrefix("@") ? $0 : "@" + $0).lowercased() }
            return ("""
                c.id IN (SELECT ap.case_id FROM posts ap WHERE ap.account_id IN
                         (SELECT aa.id FROM accounts aa WHERE lower(aa.handle) = ANY(?)))
                """, [forms])
        case let .network(networks):
            return ("c.network = ANY(?)", [networks.map(\.rawValue)])
        case let .status(statuses):
            return ("c.status = ANY(?)", [statuses.map(\.rawValue)])
        case let .tag(tags):
            return ("EXISTS (SELECT 1 FROM case_tags t WHERE t.case_id = c.id AND t.tag = ANY(?))", [tags])
        case let .assignee(matches):
            return shared(SharedFilterSQL.assignee(matches, scope: scope))
        case let .role(roles):
            return shared(SharedFilterSQL.role(roles))
        case let .age(comparison, seconds):
            return shared(SharedFilterSQL.age(comparison, seconds, now: now))
        case let .priority(priorities):
            return ("c.priority = ANY(?)", [priorities.map { Int64($0.rank) }])
        case let .flag(flag):
            return shared(SharedFilterSQL.flag(flag, scope: scope, now: now))
        case let .text(word):
            // Only a negated word comes here: no post of the case has it.
            return (someCasePost(matching: 1), [word])
        }
    }
}
