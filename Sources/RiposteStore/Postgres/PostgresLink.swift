import Foundation
import Logging
import RiposteCore
import PostgresNIO

/// One connection to the PostgreSQL server, used synchronously like the SQLite store's: the interface loop calls
/// the store and waits. A lost connection is opened again by the next call; while the server cannot be reached,
/// calls fail at once with `StoreError.unreachable` (one new attempt a second at most), so the interface stays
/// responsive and can tell the agent what is kept locally.
final class PostgresLink: @unchecked Sendable {
    let address: PostgresAddress
    private let logger: Logger
    // Serialises every use of the connection: one statement or transaction at a time, in call order.
    private let lock = NSRecursiveLock()
    private var connection: PostgresConnection? {
        didSet { if connection !== oldValue { preparedStatements.removeAll() } }
    }
    fileprivate var preparedStatements = PostgresPreparedStatements()
    private var nextAttempt: Date?
    private var lastFailure = ""
    /// How long to wait before trying a server that refused us again. One that let an attempt run into its timeout
    /// (a network that drops packets) waits five times as long as the attempt took: the interface waits for each.
    static let retryInterval: TimeInterval = 1
    /// How long a statement may go unanswered before the connection is given up as lost. A server that hangs, or a
    /// network that drops packets without a word (a laptop's VPN, a NAT that forgot us), would otherwise hold the
    /// interface until TCP gives up, a quarter of an hour later. Migrations and copies go without (`unhurried`).
    var answerDeadline: TimeAmount? = .seconds(10)

    init(_ address: PostgresAddress, label: String = "riposte.postgres") {
        self.address = address
        logger = Logger(label: label)
    }

    /// Runs statements on the connection, in autocommit.
    @discardableResult
    func read<T>(_ body: (PostgresSQL) throws -> T) throws -> T {
        try locked { try body(PostgresSQL(connection: try connected(), logger: logger, link: self)) }
    }

    /// Runs statements in one transaction, committed if `body` returns and rolled back if it throws.
    @discardableResult
    func write<T>(_ body: (PostgresSQL) throws -> T) throws -> T {
        try locked {
            let sql = PostgresSQL(connection: try connected(), logger: logger, link: self)
            try sql.execute("BEGIN")
            do {
                let value = try body(sql)
                try sql.execute("COMMIT")
                return value
            } catch {
                // A broken connection has no transaction left to roll back.
                if connection != nil { _ = try? sql.execute("ROLLBACK") }
                throw error
            }
        }
    }

    /// Runs `body` with no deadline for answers: a migration's index or a copy's ANALYZE may rightly take minutes.
    func unhurried<T>(_ body: () throws -> T) rethrows -> T {
        try locked {
            let deadline = answerDeadline
            answerDeadline = nil
            defer { answerDeadline = deadline }
            return try body()
        }
    }

    /// Waits for the server's answer, up to `answerDeadline`; past it the connection is closed, so that the call
    /// fails as unreachable and the next one connects afresh.
    fileprivate func answer<T: Sendable>(_ future: EventLoopFuture<T>) throws -> T {
        guard let deadline = answerDeadline, let connection else { return try future.wait() }
        let timer = future.eventLoop.scheduleTask(in: deadline) { [logger, address] in
            logger.warning("no answer from \(address) in \(deadline): giving the connection up")
            connection.close().whenComplete { _ in }
        }
        defer { timer.cancel() }
        return try future.wait()
    }

    // A connection must be closed before it goes (PostgresNIO checks), whoever forgot to.
    deinit {
        try? connection?.close().wait()
    }

    func close() {
        locked {
            try? connection?.close().wait()
            connection = nil
        }
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    private func connected() throws -> PostgresConnection {
        if let connection, !connection.isClosed { return connection }
        connection = nil
        if let nextAttempt, Date() < nextAttempt {
            throw StoreError.unreachable(address.description, lastFailure)
        }
        let attempted = Date()
        do {
            let opened = try Self.connect(address, logger: logger)
            connection = opened
            nextAttempt = nil
            return opened
        } catch {
            // The server answered and said no (no such database, a wrong password): no use trying again.
            if let error = error as? PSQLError, error.code == .server {
                throw StoreError.cannotOpen(path: address.description, reason: PostgresSQL.message(error))
            }
            nextAttempt = Date().addingTimeInterval(max(Self.retryInterval, 5 * Date().timeIntervalSince(attempted)))
            lastFailure = PostgresSQL.message(error)
            logger.warning("cannot reach \(address): \(lastFailure)")
            throw StoreError.unreachable(address.description, lastFailure)
        }
    }

    static func connect(_ address: PostgresAddress, logger: Logger) throws -> PostgresConnection {
        try connecting(address, logger: logger).wait()
    }

    /// A connection on its way; for those who must not wait for it.
    static func connecting(_ address: PostgresAddress, logger: Logger) throws -> EventLoopFuture<PostgresConnection> {
        var configuration = PostgresConnection.Configuration(
            host: address.host, port: address.port, username: address.user, password: address.password,
            database: address.database, tls: try tls(address.tls))
        configuration.options.connectTimeout = .seconds(3)
        // JIT compiles any statement the planner thinks costly first, 40-75 ms each time: more than our reads take.
        configuration.options.additionalStartupParameters = [("jit", "off")]
        return PostgresConnection.connect(
            on: PostgresConnection.defaultEventLoopGroup.next(), configuration: configuration,
            id: Int.random(in: 0..<Int(Int32.max)), logger: logger)
    }

    static func tls(_ mode: PostgresAddress.TLSMode) throws -> PostgresConnection.Configuration.TLS {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if mode != .verifyFull { configuration.certificateVerification = .none }
        switch mode {
        case .disable: return .disable
        case .prefer: return .prefer(try NIOSSLContext(configuration: configuration))
        case .require, .verifyFull: return .require(try NIOSSLContext(configuration: configuration))
        }
    }

    /// Called when a statement failed: a connection that broke is dropped so that the next call opens a new one.
    fileprivate func failed(_ error: any Error) -> StoreError {
        if let connection, connection.isClosed || PostgresSQL.isConnectionFailure(error) {
            try? connection.close().wait()
            self.connection = nil
            return .unreachable(address.description, PostgresSQL.message(error))
        }
        // The database refusing someone (a grant, a policy, one of the store's functions) is a person's answer.
        if PostgresSQL.isRefusal(error) { return .notAllowed(PostgresSQL.message(error)) }
        return .database(PostgresSQL.message(error))
    }
}

/// A statement and the values for its `?` placeholders.
struct PostgresStatement {
    var sql: String
    var arguments: [any StoreBindable]

    init(_ sql: String, _ arguments: [any StoreBindable] = []) {
        self.sql = sql
        self.arguments = arguments
    }
}

/// Statements on the link's connection, valid inside `read` or `write`. Placeholders are written `?`, as in the
/// SQLite store's SQL, and numbered for PostgreSQL here.
struct PostgresSQL: StoreTransaction {
    var dialect: SQLDialect { .postgres }
    let connection: PostgresConnection
    let logger: Logger
    fileprivate let link: PostgresLink

    /// The rows `sql` returns.
    func rows(_ sql: String, _ arguments: [any StoreBindable] = []) throws -> [PostgresStoreRow] {
        try run(sql, arguments).rows.map { PostgresStoreRow($0.makeRandomAccess()) }
    }

    /// The rows `sql` returns, from a statement the connection prepares the first time and keeps: for the reads
    /// every key makes. Each placeholder's type must follow from the SQL (the server infers it). A LIMIT is written
    /// out, not bound: bound, the server never trusted its generic plan for the queue's page at 1M posts, and
    /// planned it afresh every time.
    func preparedRows(_ sql: String, _ arguments: [any StoreBindable] = []) throws -> [PostgresStoreRow] {
        try preparedRows(together: [PostgresStatement(sql, arguments)])[0]
    }

    /// The rows of each prepared statement, sent together: the server starts on the next as soon as it has answered
    /// one, instead of a round trip through this thread later. For reads that do not depend on each other.
    func preparedRows(together statements: [PostgresStatement]) throws -> [[PostgresStoreRow]] {
        let texts = statements.map { Self.numberingPlaceholders($0.sql) }
        do {
            let answers = try zip(statements, texts).map { statement, text in
                let values = try statement.arguments.map { try $0.storeArgument.postgresData() }
                return try prepared(text).execute(values)
            }
            // Every answer is waited for, so that none is still coming when the next statement is sent.
            var rows: [[PostgresStoreRow]] = [], firstError: (any Error)?
            for answer in answers {
                do {
                    rows.append(try link.answer(answer).map { PostgresStoreRow($0.makeRandomAccess()) })
                } catch {
                    firstError = firstError ?? error
                }
            }
            if let firstError { throw firstError }
            return rows
        } catch let error where Self.isStalePreparedStatement(error) {
            // Gone (a connection pooler gave us another session) or changed under it (a migration): once more,
            // as one-offs, and prepared afresh next time.
            texts.forEach { link.preparedStatements.forget($0) }
            return try statements.map { try rows($0.sql, $0.arguments) }
        } catch {
            throw link.failed(error)
        }
    }

    /// The connection's statement for `text`, prepared now if it has none.
    private func prepared(_ text: String) throws -> PreparedQuery {
        if let statement = link.preparedStatements.statement(text) { return statement }
        let statement = try link.answer(connection.prepare(query: text))
        if let evicted = link.preparedStatements.add(statement, for: text) {
            _ = try? link.answer(evicted.deallocate())
        }
        return statement
    }

    func preparedRow(_ sql: String, _ arguments: [any StoreBindable] = []) throws -> PostgresStoreRow? {
        try preparedRows(sql, arguments).first
    }

    /// The audit's chain is the database's: a trigger links each row to the one before.
    func appendAudit(_ entry: AuditEntry) throws {
        try execute("INSERT INTO audit (at, agent, action, case_id, detail) VALUES (?, ?, ?, ?, ?)",
                    [StoreTime.milliseconds(entry.at), entry.agent, entry.action, entry.caseID?.rawValue, entry.detail])
    }

    /// Case ids are never 0: 0 stands for an entry about no case, which an array of bigint cannot hold as NULL.
    func appendAudit(contentsOf entries: [AuditEntry]) throws {
        guard !entries.isEmpty else { return }
        try execute("""
            INSERT INTO audit (at, agent, action, case_id, detail)
            SELECT e.at, e.agent, e.action, NULLIF(e.case_id, 0), e.detail
            FROM unnest(?::bigint[], ?::text[], ?::text[], ?::bigint[], ?::text[])
                WITH ORDINALITY AS e (at, agent, action, case_id, detail, position)
            ORDER BY e.position
            """, [entries.map { StoreTime.milliseconds($0.at) }, entries.map(\.agent), entries.map(\.action),
                  entries.map { $0.caseID?.rawValue ?? 0 }, entries.map(\.detail)])
    }

    /// Loads `rows` into `table` with `COPY … FROM STDIN` (text format): a fraction of what the same rows cost as
    /// INSERT statements, which the server must parse and bind.
    func copy(_ rows: [[StoreValue]], into table: String, columns: [String]) throws {
        var text: [UInt8] = []
        text.reserveCapacity(rows.count * 128)
        for row in rows {
            for (index, value) in row.enumerated() {
                if index > 0 { text.append(UInt8(ascii: "\t")) }
                switch value {
                case let .integer(number): text += String(number).utf8
                case .null: text += [UInt8(ascii: "\\"), UInt8(ascii: "N")]
                case let .text(string):
                    for byte in string.utf8 {
                        switch byte {
                        case UInt8(ascii: "\\"): text += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                        case UInt8(ascii: "\n"): text += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                        case UInt8(ascii: "\r"): text += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                        case UInt8(ascii: "\t"): text += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                        default: text.append(byte)
                        }
                    }
                }
            }
            text.append(UInt8(ascii: "\n"))
        }
        let (connection, logger) = (connection, logger)
        let buffer = ByteBuffer(bytes: text)
        let copied = connection.eventLoop.makePromise(of: Void.self)
        Task(executorPreference: OwnThreads.shared) {
            do {
                try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in
                    try await writer.write(buffer)
                }
                copied.succeed()
            } catch {
                copied.fail(error)
            }
        }
        do {
            try link.answer(copied.futureResult)
        } catch {
            throw link.failed(error)
        }
    }

    /// Runs a statement; returns how many rows it changed.
    @discardableResult
    func execute(_ sql: String, _ arguments: [any StoreBindable] = []) throws -> Int {
        try run(sql, arguments).metadata.rows ?? 0
    }

    private func run(_ sql: String, _ arguments: [any StoreBindable]) throws -> PostgresQueryResult {
        var binds = PostgresBindings(capacity: arguments.count)
        for argument in arguments { binds.append(try argument.storeArgument.postgresData()) }
        let text = arguments.isEmpty ? sql : Self.numberingPlaceholders(sql)
        do {
            return try link.answer(connection.query(PostgresQuery(unsafeSQL: text, binds: binds), logger: logger))
        } catch {
            throw link.failed(error)
        }
    }

    /// `?` becomes `$1`, `$2`…, outside quoted strings and names. Byte by byte: a copy's statements run to
    /// hundreds of kilobytes.
    static func numberingPlaceholders(_ sql: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(sql.utf8.count + 16)
        var number = 0
        var quote: UInt8?
        for byte in sql.utf8 {
            if let open = quote {
                if byte == open { quote = nil }
                result.append(byte)
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                quote = byte
                result.append(byte)
            } else if byte == UInt8(ascii: "?") {
                number += 1
                result.append(UInt8(ascii: "$"))
                result += String(number).utf8
            } else {
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    // Prepared statements report through PostgresNIO's older error type, `PostgresError`.
    static func isConnectionFailure(_ error: any Error) -> Bool {
        if let error = error as? PSQLError {
            return [.connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown]
                .contains(error.code)
        }
        if case .connectionClosed? = error as? PostgresError { return true }
        return error is ChannelError || error is IOError
    }

    /// 26000: no such prepared statement; 0A000: "cached plan must not change result type".
    static func isStalePreparedStatement(_ error: any Error) -> Bool {
        guard case .server(let response)? = error as? PostgresError else { return false }
        return ["26000", "0A000"].contains(response.fields[.sqlState])
    }

    /// 42501: insufficient privilege, as grants, row-level policies and the store's own functions answer.
    static func isRefusal(_ error: any Error) -> Bool {
        if let error = error as? PSQLError { return error.serverInfo?[.sqlState] == "42501" }
        guard case .server(let response)? = error as? PostgresError else { return false }
        return response.fields[.sqlState] == "42501"
    }

    /// What the server said, without the query dump PostgresNIO's description carries.
    static func message(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            if let underlying = error.underlying { return String(describing: underlying) }
            return error.code.description
        }
        if case .server(let response)? = error as? PostgresError, let message = response.fields[.message] {
            return message
        }
        if let error = error as? StoreError { return error.description }
        return String(describing: error)
    }
}
