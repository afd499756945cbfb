import Foundation
import GRDB
import RiposteCore

/// A queue filter as SQL over the queue's select, on the case `c`.
struct FilterSQL {
    var conditions: [String] = []
    var arguments: [(any DatabaseValueConvertible)?] = []

    /// The FTS5 query for the filter's words, if it has any: every word or phrase must appear in one of a case's posts.
    static func textQuery(_ filter: CaseFilter) -> String? {
        let words = filter.terms.compactMap { term -> String? in
            if case let .text(word) = term.condition, !term.negated { return word }
            return nil
        }
        return words.isEmpty ? nil : words.map(quotedForFTS).joined(separator: " AND ")
    }

    /// `commonText`: the words match so many posts that walking the queue in order and checking each case is
    /// faster than sorting every case they match.
    /// `isRare`: whether a role has so few posts that gathering its cases beats looking for it case by case.
    init(_ scope: QueueScope, commonText: Bool = false, isRare: ([AuthorRole]) throws -> Bool = { _ in false }) rethrows {
        let now = StoreTime.milliseconds(scope.now)
        for term in scope.filter.terms {
            if case .text = term.condition, !term.negated { continue }
            var rare = false
            if case let .role(roles) = term.condition { rare = try isRare(roles) }
            let (condition, values) = Self.condition(term.condition, scope: scope, now: now, gathering: rare)
            conditions.append(term.negated ? "NOT (\(condition))" : condition)
            arguments += values
        }
        if let query = Self.textQuery(scope.filter) {
            // The unary + keeps SQLite from reading the matches' cases by id and sorting them all.
            conditions.append((commonText ? "+" : "") + Self.textMatch)
            arguments.append(query)
        }
    }

    static let textMatch = """
        c.id IN (SELECT \(PostSearchKey.caseSQL("rowid")) FROM post_text WHERE post_text MATCH ?)
        """

    var whereClause: String {
        conditions.isEmpty ? "1" : conditions.map { "(\($0))" }.joined(separator: " AND ")
    }

    var statementArguments: StatementArguments {
        StatementArguments(arguments)
    }

    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// A condition written once for both databases, its values bound as SQLite's.
    static func shared(_ condition: SharedFilterSQL.Condition) -> (String, [(any DatabaseValueConvertible)?]) {
        (condition.sql, condition.values.map { Database.databaseValue($0.storeArgument) })
    }

    static func condition(_ condition: CaseFilter.Condition, scope: QueueScope, now: Int64, gathering: Bool = false)
        -> (String, [(any DatabaseValueConvertible)?]) {
        switch condition {
        case let .author(handles):
            let forms = handles.map { $0.hasPrefix("@") ? $0 : "@" + $0 }
            return ("""
                c.id IN (SELECT p2.case_id FROM posts p2 WHERE p2.account_id IN
                         (SELECT id FROM accounts WHERE handle COLLATE NOCASE IN (\(placeholders(forms.count)))))
                """, forms)
        case let .network(networks):
            return ("c.network IN (\(placeholders(networks.count)))", networks.map(\.rawValue))
        case let .status(statuses):
            return ("c.status IN (\(placeholders(statuses.count)))", statuses.map(\.rawValue))
        case let .tag(tags):
            return ("c.id IN (SELECT case_id FROM case_tags WHERE tag IN (\(placeholders(tags.count))))", tags)
        case let .assignee(matches):
            return shared(SharedFilterSQL.assignee(matches, scope: scope))
        case let .role(roles):
            // A role in many cases is found at once walking the queue; a rare one is quicker gathered through its
            // accounts than looked for case by case (PostgreSQL's planner makes the same choice by itself).
            guard gathering else { return shared(SharedFilterSQL.role(roles)) }
            return ("""
                c.id IN (SELECT p2.case_id FROM posts p2 WHERE p2.account_id IN
                         (SELECT id FROM accounts WHERE role IN (\(placeholders(roles.count)))))
                """, roles.map(\.rawValue))
        case let .age(comparison, seconds):
            return shared(SharedFilterSQL.age(comparison, seconds, now: now))
        case let .priority(priorities):
            return ("c.priority IN (\(placeholders(priorities.count)))", priorities.map(\.rank))
        case let .flag(flag):
            return shared(SharedFilterSQL.flag(flag, scope: scope, now: now))
        case let .text(word):
            // Only a negated word comes here; plain ones share one query.
            return (textMatch, [quotedForFTS(word)])
        }
    }

    /// FTS5 query syntax would read operators and columns in what an agent typed: each word or phrase is quoted.
    static func quotedForFTS(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
