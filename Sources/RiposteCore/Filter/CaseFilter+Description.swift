extension CaseFilter.Term: CustomStringConvertible {
    /// The term as `CaseFilter.description` writes it: `-tag:spam`, `age:>1h30m`, `"no signal"`.
    public var description: String {
        (negated ? "-" : "") + condition.description
    }
}

extension CaseFilter.Condition: CustomStringConvertible {
    public var description: String {
        switch self {
        case .author(let handles): Self.field(.author, handles.map(Self.value))
        case .network(let networks): Self.field(.network, networks.map(\.rawValue))
        case .status(let statuses): Self.field(.status, statuses.map(\.rawValue))
        case .tag(let tags): Self.field(.tag, tags.map(Self.value))
        case .assignee(let assignees): Self.field(.assignee, assignees.map(\.filterValue))
        case .role(let roles): Self.field(.role, roles.map(\.rawValue))
        case .age(let comparison, let duration): Self.field(.age, [comparison.rawValue + WrittenDuration.format(duration)])
        case .priority(let priorities): Self.field(.priority, priorities.map(\.rawValue))
        case .flag(let flag): Self.field(.is, [flag.rawValue])
        case .text(let text): Self.text(text)
        }
    }

    private static func field(_ field: FilterField, _ values: [String]) -> String {
        field.rawValue + ":" + values.joined(separator: ",")
    }

    /// A value as typed, in quotes when it holds a space or a ",". (A value cannot start with a quote
    /// or hold one beside a space: no line reads as one, so no filter that `parse` returns has one.)
    static func value(_ value: String) -> String {
        let plain = !value.isEmpty && value.first != "\"" && !value.contains { $0.isWhitespace || $0 == "," }
        return plain ? value : "\"\(value)\""
    }

    /// A search word as typed, in quotes when it would otherwise read as something else: a phrase, a
    /// field term, a negation.
    private static func text(_ text: String) -> String {
        let plain = !text.isEmpty && text.first != "\"" && text.first != "-"
            && !text.contains { $0.isWhitespace || $0 == ":" }
        return plain ? text : "\"\(text)\""
    }
}

extension CaseFilter.AssigneeMatch {
    /// `sam`, `none` or `me`; an agent named "none" or "me" in quotes, so it reads back as a name.
    var filterValue: String {
        switch self {
        case .agent(let name) where ["none", "me"].contains(name.lowercased()): "\"\(name)\""
        case .agent(let name): CaseFilter.Condition.value(name)
        case .nobody: "none"
        case .me: "me"
        }
    }
}
