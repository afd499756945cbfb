/// The spellings that differ between the two databases, and only those: everything else a rule needs is SQL both run
/// as written.
enum SQLDialect: Sendable {
    case sqlite
    case postgres

    /// `column` is one of the list bound to the one placeholder this puts in its place (`[Int64]` or `[String]`).
    func isAny(_ column: String) -> String {
        switch self {
        case .sqlite: "\(column) IN (SELECT value FROM json_each(?))"
        case .postgres: "\(column) = ANY(?)"
        }
    }

    /// What ends a SELECT whose rows the transaction changes next: PostgreSQL locks them, so that writers on other
    /// machines take turns on them; SQLite has one writer at a time already.
    var lockingTheRows: String { lockingTheRows(of: nil) }

    /// The same, for the rows of one table of a join (`c`: the cases).
    func lockingTheRows(of table: String?) -> String {
        switch self {
        case .sqlite: ""
        case .postgres: " FOR UPDATE" + (table.map { " OF \($0)" } ?? "")
        }
    }

    /// The database's own clock in milliseconds since 1970: what machines that share a store agree on, whatever
    /// their own clocks say.
    var nowInMilliseconds: String {
        switch self {
        case .sqlite: "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
        case .postgres: "CAST(extract(epoch FROM clock_timestamp()) * 1000 AS BIGINT)"
        }
    }

    /// The larger of two values of a row.
    func greatest(_ first: String, _ second: String) -> String {
        switch self {
        case .sqlite: "MAX(\(first), \(second))"
        case .postgres: "GREATEST(\(first), \(second))"
        }
    }

    /// One text of `column`'s values in the rows of `table` that `condition` picks, in byte order, space-separated.
    func spaceSeparated(_ column: String, from table: String, where condition: String) -> String {
        switch self {
        case .sqlite:
            "(SELECT group_concat(\(column), ' ') FROM (SELECT \(column) FROM \(table) WHERE \(condition) ORDER BY \(column)))"
        case .postgres:
            "(SELECT string_agg(\(column), ' ' ORDER BY \(inByteOrder(column))) FROM \(table) WHERE \(condition))"
        }
    }

    /// `column` sorted byte by byte, as SQLite sorts text, whatever the server's locale.
    func inByteOrder(_ column: String) -> String {
        switch self {
        case .sqlite: column
        case .postgres: "\(column) COLLATE \"C\""
        }
    }

    /// The list bound to the one placeholder this puts in its place, as a table `alias` of one column, `value`.
    func listTable(_ alias: String, of element: ListElement) -> String {
        switch self {
        case .sqlite: "json_each(?) AS \(alias)"
        case .postgres: "unnest(?::\(element.rawValue)[]) AS \(alias) (value)"
        }
    }

    /// What a bound list holds, in PostgreSQL's names.
    enum ListElement: String {
        case integers = "bigint"
        case texts = "text"
    }
}
