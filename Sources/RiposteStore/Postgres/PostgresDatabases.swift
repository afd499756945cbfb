import Foundation

/// Creating and dropping whole databases on a server: for `riposte store copy` into a new database, and for tests,
/// which each get a database of their own.
public enum PostgresDatabases {
    /// Creates the database `address` names, unless it exists; connects to the server's `postgres` database to do so.
    public static func create(_ address: PostgresAddress) throws {
        let server = PostgresLink(address.database("postgres"))
        defer { server.close() }
        try server.read { db in
            guard try db.int("SELECT 1 FROM pg_database WHERE datname = ?", [address.database]) == nil else { return }
            try db.execute("CREATE DATABASE \(quotedName(address.database))")
        }
    }

    /// Drops the database; `force` cuts the connections still open on it, which otherwise make the drop fail.
    public static func drop(_ address: PostgresAddress, force: Bool = true) throws {
        let server = PostgresLink(address.database("postgres"))
        defer { server.close() }
        try server.read { db in
            try db.execute("DROP DATABASE IF EXISTS \(quotedName(address.database))" + (force ? " WITH (FORCE)" : ""))
        }
    }

    /// The server's data directory, whose `postmaster.pid` names the server's process on the machine it runs on.
    /// Only a superuser, or a role granted pg_read_all_settings, may read it.
    public static func dataDirectory(_ address: PostgresAddress) throws -> String {
        let server = PostgresLink(address)
        defer { server.close() }
        return try server.read { db in try db.text("SELECT current_setting('data_directory')") } ?? ""
    }

    static func quotedName(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
