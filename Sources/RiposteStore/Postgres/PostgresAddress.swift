import Foundation

/// Where a PostgreSQL store lives: `postgres://user[:password]@host[:port]/database[?sslmode=…]`.
public struct PostgresAddress: Hashable, Sendable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var tls: TLSMode

    /// libpq's `sslmode` values that Riposte knows.
    public enum TLSMode: String, Hashable, Sendable, CaseIterable {
        case disable
        /// TLS when the server offers it, else plain; the certificate is not checked.
        case prefer
        /// TLS or no connection; the certificate is not checked.
        case require
        /// TLS with the server's certificate checked against the system's authorities and the host name.
        case verifyFull = "verify-full"
    }

    public init(host: String, port: Int = 5432, user: String, password: String? = nil, database: String,
                tls: TLSMode = .prefer) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        self.tls = tls
    }

    /// Whether `location` names a PostgreSQL store rather than a file.
    public static func isURL(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }

    /// Reads a `postgres://` URL; the user defaults to `$USER` and the database to the user's name, as psql does.
    public init(url: String) throws {
        guard Self.isURL(url), let components = URLComponents(string: url) else {
            throw StoreError.cannotOpen(path: url, reason: "not a postgres://user@host/database URL")
        }
        guard let host = components.host, !host.isEmpty else {
            throw StoreError.cannotOpen(path: url, reason: "the URL names no host")
        }
        let user = components.user ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.contains("/") else {
            throw StoreError.cannotOpen(path: url, reason: "a database name cannot hold \"/\"")
        }
        var tls = TLSMode.prefer
        for item in components.queryItems ?? [] {
            guard item.name == "sslmode", let mode = item.value.flatMap(TLSMode.init(rawValue:)) else {
                let known = TLSMode.allCases.map(\.rawValue).joined(separator: ", ")
                throw StoreError.cannotOpen(path: url, reason: item.name == "sslmode"
                    ? "sslmode is one of \(known)" : "unknown parameter \(item.name); the URL takes sslmode (\(known))")
            }
            tls = mode
        }
        self.init(host: host, port: components.port ?? 5432, user: user.removingPercentEncoding ?? user,
                  password: components.password?.removingPercentEncoding,
                  database: database.isEmpty ? user : database.removingPercentEncoding ?? database, tls: tls)
    }

    /// The URL without its password: for messages and logs.
    public var description: String {
        "postgres://\(user)@\(host.contains(":") ? "[\(host)]" : host):\(port)/\(database)"
            + (tls == .prefer ? "" : "?sslmode=\(tls.rawValue)")
    }

    /// The same server, another database.
    public func database(_ name: String) -> PostgresAddress {
        var address = self
        address.database = name
        return address
    }
}
