/// Typed getters. A `required…` getter records `missing key "x"` at the table when the key is
/// absent; every getter records a wrong type or a bad value at the value. On error they return nil.
extension TOMLTableReader {
    // MARK: Strings

    /// A string; `optionalString` is the same for a key that may be left out.
    public func requiredString(_ key: String) -> String? {
        typed(key, required: true, "a string") { if case .string(let s) = $0 { s } else { nil } }
    }

    public func optionalString(_ key: String) -> String? {
        typed(key, required: false, "a string") { if case .string(let s) = $0 { s } else { nil } }
    }

    /// A string that must be one of `allowed`, such as a role or a network.
    public func requiredString(_ key: String, oneOf allowed: [String]) -> String? {
        checked(key, requiredString(key), oneOf: allowed)
    }

    public func optionalString(_ key: String, oneOf allowed: [String]) -> String? {
        checked(key, optionalString(key), oneOf: allowed)
    }

    /// A string naming a case of `type` by its raw value.
    public func requiredEnum<Case>(_ key: String, as type: Case.Type = Case.self) -> Case?
    where Case: RawRepresentable & CaseIterable, Case.RawValue == String {
        requiredString(key, oneOf: Case.allCases.map(\.rawValue)).flatMap(Case.init(rawValue:))
    }

    public func optionalEnum<Case>(_ key: String, as type: Case.Type = Case.self) -> Case?
    where Case: RawRepresentable & CaseIterable, Case.RawValue == String {
        optionalString(key, oneOf: Case.allCases.map(\.rawValue)).flatMap(Case.init(rawValue:))
    }

    /// An array whose every item is a string.
    public func requiredStrings(_ key: String) -> [String]? {
        strings(key, required: true)
    }

    public func optionalStrings(_ key: String) -> [String]? {
        strings(key, required: false)
    }

    /// An array of strings that `problem` finds nothing wrong with: it returns what is wrong with an item.
    public func requiredStrings(_ key: String, each problem: (String) -> String?) -> [String]? {
        strings(key, required: true, each: problem)
    }

    public func optionalStrings(_ key: String, each problem: (String) -> String?) -> [String]? {
        strings(key, required: false, each: problem)
    }

    // MARK: Numbers and booleans

    /// An integer, within `range` if one is given.
    public func requiredInt(_ key: String, in range: ClosedRange<Int>? = nil) -> Int? {
        checked(key, typed(key, required: true, "an integer", Self.asInt), in: range)
    }

    public func optionalInt(_ key: String, in range: ClosedRange<Int>? = nil) -> Int? {
        checked(key, typed(key, required: false, "an integer", Self.asInt), in: range)
    }

    /// A number, within `range` if one is given; `speed = 2` is accepted as well as `speed = 2.0`.
    public func requiredDouble(_ key: String, in range: ClosedRange<Double>? = nil) -> Double? {
        checked(key, typed(key, required: true, "a number", Self.asDouble), in: range)
    }

    public func optionalDouble(_ key: String, in range: ClosedRange<Double>? = nil) -> Double? {
        checked(key, typed(key, required: false, "a number", Self.asDouble), in: range)
    }

    /// `true` or `false`.
    public func requiredBool(_ key: String) -> Bool? {
        typed(key, required: true, "true or false") { if case .bool(let b) = $0 { b } else { nil } }
    }

    public func optionalBool(_ key: String) -> Bool? {
        typed(key, required: false, "true or false") { if case .bool(let b) = $0 { b } else { nil } }
    }

    // MARK: Tables

    /// A reader for the sub-table `[this.key]` or `key = { ... }`.
    public func requiredTable(_ key: String) -> TOMLTableReader? {
        typed(key, required: true, "a table", Self.asTable).flatMap { children(key, [$0]).first }
    }

    public func optionalTable(_ key: String) -> TOMLTableReader? {
        typed(key, required: false, "a table", Self.asTable).flatMap { children(key, [$0]).first }
    }

    /// A reader for each `[[key]]` table, in file order; empty when the key is absent.
    public func arrayOfTables(_ key: String) -> [TOMLTableReader] {
        tables(key, required: false)
    }

    /// Like `arrayOfTables`, but the key must be present.
    public func requiredArrayOfTables(_ key: String) -> [TOMLTableReader] {
        tables(key, required: true)
    }

    // MARK: Checks shared by the getters

    private func typed<Value>(
        _ key: String, required: Bool, _ expected: String, _ extract: (TOMLValue) -> Value?
    ) -> Value? {
        guard let node = node(key) else {
            if required { error("missing key \"\(key)\"") }
            return nil
        }
        guard let value = extract(node.value) else {
            collector.add("\"\(key)\" must be \(expected); found \(node.value.kindDescription)", at: node.position)
            return nil
        }
        return value
    }

    private func checked<Number: Comparable>(_ key: String, _ value: Number?, in range: ClosedRange<Number>?) -> Number? {
        guard let value, let range, !range.contains(value) else { return value }
        error(at: key, "\"\(key)\" must be between \(range.lowerBound) and \(range.upperBound); found \(value)")
        return nil
    }

    private func checked(_ key: String, _ value: String?, oneOf allowed: [String]) -> String? {
        guard let value, !allowed.contains(value) else { return value }
        let list = allowed.map { "\"\($0)\"" }.joined(separator: ", ")
        var message = "\"\(key)\" must be one of \(list); found \"\(value)\""
        if let suggestion = NameSuggestion.closest(to: value, among: allowed) {
            message += "; did you mean \"\(suggestion)\"?"
        }
        error(at: key, message)
        return nil
    }

    private func strings(_ key: String, required: Bool, each problem: (String) -> String? = { _ in nil }) -> [String]? {
        guard let items = typed(key, required: required, "an array of strings", Self.asArray) else { return nil }
        var strings: [String] = []
        for (index, item) in items.enumerated() {
            guard case .string(let string) = item.value else {
                collector.add("\"\(key)\" must hold only strings; item \(index + 1) is \(item.value.kindDescription)", at: item.position)
                return nil
            }
            if let message = problem(string) {
                collector.add("\"\(key)\" item \(index + 1): \(message)", at: item.position)
                return nil
            }
            strings.append(string)
        }
        return strings
    }

    private func tables(_ key: String, required: Bool) -> [TOMLTableReader] {
        guard let items = typed(key, required: required, "an array of tables", Self.asArray) else { return [] }
        var tables: [TOMLTable] = []
        for (index, item) in items.enumerated() {
            guard case .table(let table) = item.value else {
                collector.add("\"\(key)\" must hold only tables; item \(index + 1) is \(item.value.kindDescription)", at: item.position)
                return []
            }
            tables.append(table)
        }
        return children(key, tables)
    }

    private static func asInt(_ value: TOMLValue) -> Int? {
        if case .integer(let i) = value { Int(exactly: i) } else { nil }
    }

    private static func asDouble(_ value: TOMLValue) -> Double? {
        switch value {
        case .float(let d): d
        case .integer(let i): Double(i)
        default: nil
        }
    }

    private static func asArray(_ value: TOMLValue) -> [TOMLNode]? {
        if case .array(let items) = value { items } else { nil }
    }

    private static func asTable(_ value: TOMLValue) -> TOMLTable? {
        if case .table(let table) = value { table } else { nil }
    }
}
