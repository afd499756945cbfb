import Foundation
import RiposteStore
import Testing

@Suite("--store names a SQLite file or a PostgreSQL database")
struct StoreLocationTests {
    @Test("a path is a SQLite file; a postgres:// URL is a database, with psql's defaults")
    func locations() throws {
        #expect(try StoreLocation("team.sqlite") == .file("team.sqlite"))
        #expect(try StoreLocation("/srv/riposte/postgres.sqlite") == .file("/srv/riposte/postgres.sqlite"))
        #expect(try StoreLocation("postgres://care@db.example:6543/inbox")
                == .postgres(PostgresAddress(host: "db.example", port: 6543, user: "care", database: "inbox")))
        #expect(try StoreLocation("postgresql://care:s%40cret@10.0.0.5/inbox")
                == .postgres(PostgresAddress(host: "10.0.0.5", user: "care", password: "s@cret", database: "inbox")))
        // No database: the user's own, as psql does.
        #expect(try PostgresAddress(url: "postgres://care@db").database == "care")
    }

    @Test("a password never shows in messages")
    func passwordHidden() throws {
        let address = try PostgresAddress(url: "postgres://care:hunter2@db:5432/inbox")
        #expect(address.description == "postgres://care@db:5432/inbox")
        #expect(!StoreLocation.postgres(address).description.contains("hunter2"))
    }

    @Test("a URL without a host or with a path for a database is refused with the reason")
    func badURLs() {
        #expect(throws: StoreError.cannotOpen(path: "postgres:///inbox", reason: "the URL names no host")) {
            try StoreLocation("postgres:///inbox")
        }
        #expect(throws: StoreError.self) { try StoreLocation("postgres://care@db/in/box") }
        #expect(throws: StoreError.self) { try StoreLocation("postgres://care@db/inbox?sslmode=maybe") }
        #expect(throws: StoreError.self) { try StoreLocation("postgres://care@db/inbox?timeout=3") }
    }

    @Test("TLS when the server offers it, unless the URL says otherwise")
    func tls() throws {
        #expect(try PostgresAddress(url: "postgres://care@db/inbox").tls == .prefer)
        #expect(try PostgresAddress(url: "postgres://care@db/inbox?sslmode=verify-full").tls == .verifyFull)
        #expect(try PostgresAddress(url: "postgres://care@db/inbox?sslmode=disable").description
                == "postgres://care@db:5432/inbox?sslmode=disable")
    }

    @Test("a server that does not answer is a clear error, not a hang")
    func unreachable() {
        // Port 1 on loopback: nothing listens there, the connection is refused at once.
        #expect(throws: StoreError.self) { try StoreLocation("postgres://care@127.0.0.1:1/inbox").open() }
    }
}
