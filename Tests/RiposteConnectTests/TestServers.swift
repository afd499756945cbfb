import Foundation
import NIOHTTP1
@testable import RiposteConnect
import RiposteCore

/// A real server on 127.0.0.1 for one test, started from the test environment the test command installs
/// (`.build/test-venv`), and stopped when the test lets it go.
final class RunningServer: @unchecked Sendable {
    let port: Int
    let process: Process
    let folder: URL
    var url: URL { URL(string: "http://127.0.0.1:\(port)")! }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let venv = packageRoot.appendingPathComponent(".build/test-venv/bin")

    /// Starts `program` with `arguments` (`PORT` in them is the port) and waits until `probe` answers.
    init(_ program: String, _ arguments: [String], files: [String: String], probe: String) async throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("riposte-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        port = try Self.freePort()
        process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments.map {
            $0.replacingOccurrences(of: "PORT", with: String(port)).replacingOccurrences(of: "FOLDER", with: folder.path)
        }
        process.currentDirectoryURL = folder
        let log = FileManager.default.createFile(atPath: folder.appendingPathComponent("server.log").path, contents: nil)
        precondition(log)
        let handle = try FileHandle(forWritingTo: folder.appendingPathComponent("server.log"))
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = Date() + 240
        while Date() < deadline {
            if let answer = try? await HTTPExchange.send(.GET, url.appending(path: probe), timeout: 2),
               answer.status < 500 { return }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(200))
        }
        stop()
        throw ServerDidNotStart(log: (try? String(contentsOf: folder.appendingPathComponent("server.log"), encoding: .utf8)) ?? "")
    }

    /// At once: a server stopped politely waits for its clients' idle connections to close, and a client's pool
    /// keeps them for a minute.
    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// Stops the server's process dead, as a hung server looks from outside: connections stay open and silent.
    func freeze() { kill(process.processIdentifier, SIGSTOP) }
    func thaw() { kill(process.processIdentifier, SIGCONT) }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: folder)
    }

    static func freePort() throws -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
            }
        }
        guard bound else { throw ServerDidNotStart(log: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

struct ServerDidNotStart: Error, CustomStringConvertible {
    var log: String
    var description: String { "the test server did not start:\n\(log.suffix(3000))" }
}

/// mastodon-mock (PyPI), a stateful Mastodon server, seeded with brand accounts and customers. Starting one takes
/// seconds (much longer on a busy machine), so the tests share one, each with a brand account of its own
/// (`MastodonBrand`); a test that stops its server has one of its own.
final class MastodonServer: Sendable {
    let server: RunningServer
    static let domain = "brand.test"
    static let brandAccounts = 40
    static let customers = ["ann", "bob"]

    init(heartbeat: Double = 0.5) async throws {
        var config = """
            domain = "\(Self.domain)"
            [streaming]
            heartbeat_seconds = \(heartbeat)

            """
        let names = (1...Self.brandAccounts).map { "ourbrand\($0)" } + Self.customers
        for name in names {
            config += "[[seed.accounts]]\nusername = \"\(name)\"\naccess_token = \"\(Self.token(name))\"\n"
        }
        server = try await RunningServer(RunningServer.venv.appendingPathComponent("mastodon_mock").path,
                                         ["serve", "--config", "FOLDER/mock.toml", "--in-memory", "--port", "PORT"],
                                         files: ["mock.toml": config], probe: "/api/v2/instance")
    }

    static func token(_ username: String) -> String { "\(username)-token-0123456789" }

    private static let shared = SharedMastodon()

    /// A brand account no other test uses, on the shared server.
    static func brand() async throws -> MastodonBrand {
        try await shared.nextBrand()
    }

    /// A server of the test's own, to stop or break as it likes.
    static func ownServer() async throws -> MastodonBrand {
        MastodonBrand(mastodon: try await MastodonServer(), username: "ourbrand1")
    }
}

actor SharedMastodon {
    private var started: Task<MastodonServer, any Error>?
    private var used = 0

    func nextBrand() async throws -> MastodonBrand {
        let task = started ?? Task { try await MastodonServer() }
        started = task
        used += 1
        precondition(used <= MastodonServer.brandAccounts, "more tests than brand accounts on the shared server")
        return MastodonBrand(mastodon: try await task.value, username: "ourbrand\(used)")
    }
}

/// One brand account on a Mastodon server, as a test uses it.
struct MastodonBrand: Sendable {
    let mastodon: MastodonServer
    let username: String

    var server: RunningServer { mastodon.server }
    var url: URL { mastodon.server.url }
    var token: String { MastodonServer.token(username) }
    var handle: String { "@\(username)@\(MastodonServer.domain)" }
    /// How a customer of the same server mentions it.
    var mention: String { "@\(username)" }

    func account() -> ConnectedAccount {
        ConnectedAccount(network: .mastodon, server: url, handle: handle, credential: .environment("UNUSED"))
    }

    func connector(token: String? = nil, timing: ConnectorTiming = .fast) -> any Connector {
        let account = account()
        return Connectors.make(account, credential: Secret(token ?? self.token),
                               roles: AuthorRoles(AccountsConfig(accounts: [account], rivals: ["@rivalco@brand.test"])),
                               timing: timing)
    }

    /// Posts as `author` (one of the seeded customers); returns the status's id.
    @discardableResult
    func post(as author: String, _ text: String, inReplyTo: String? = nil) async throws -> String {
        var body: [String: Any] = ["status": text]
        if let inReplyTo { body["in_reply_to_id"] = inReplyTo }
        let answer = try await HTTPExchange.send(.POST, url.appending(path: "/api/v1/statuses"),
                                                 bearer: Secret(MastodonServer.token(author)), json: JSONBody.encode(body))
        struct Created: Decodable { var id: String }
        return try answer.decoded(Created.self).id
    }

    /// The brand account's own statuses, newest first.
    func brandStatuses() async throws -> [(id: String, inReplyTo: String?, content: String)] {
        let me = try await HTTPExchange.send(.GET, url.appending(path: "/api/v1/accounts/verify_credentials"),
                                             bearer: Secret(token)).decoded(MastodonAccount.self)
        let statuses = try await HTTPExchange.send(.GET, url.appending(path: "/api/v1/accounts/\(me.id)/statuses"),
                                                   bearer: Secret(token)).decoded([MastodonStatus].self)
        return statuses.map { ($0.id, $0.in_reply_to_id, $0.content) }
    }

    /// Adds a rule to mastodon-mock's fault injection (`POST /api/v1/_mock/faults`). It matches every client's
    /// requests: the tests on a shared server take turns (`OnMastodon`).
    func fault(_ method: String, _ path: String, _ effect: [String: Any], count: Int = 1) async throws {
        let body = JSONBody.encode(["match": ["methods": [method], "path": path], "effect": effect, "count": count])
        let answer = try await HTTPExchange.send(.POST, url.appending(path: "/api/v1/_mock/faults"), json: body)
        precondition(answer.status < 300, "fault not added: \(answer.status)")
    }
}

extension ConnectorTiming {
    static let fast = ConnectorTiming(streamSilence: 3, pollInterval: 0.3, requestTimeout: 3)
}

/// Waits for `condition`, checking every 50 ms, up to `seconds`.
func eventually(within seconds: TimeInterval = 10, _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = Date() + seconds
    while Date() < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: .milliseconds(50))
    }
    return try await condition()
}

/// Tests/RiposteConnectTests/Servers/bluesky_pds.py: a small PDS and AppView of our own that checks every request
/// and answer against the official lexicons (from lexrpc, on PyPI). There is no Bluesky server to install.
final class BlueskyServer: Sendable {
    let server: RunningServer
    static let brand = "ourbrand.test"
    static let appPassword = "abcd-efgh-ijkl-mnop"

    init() async throws {
        let script = RunningServer.packageRoot.appendingPathComponent("Tests/RiposteConnectTests/Servers/bluesky_pds.py")
        let seed = """
            {"accounts": [{"handle": "\(Self.brand)", "password": "\(Self.appPassword)", "displayName": "Our Brand"}]}
            """
        server = try await RunningServer(RunningServer.venv.appendingPathComponent("python3").path,
                                         [script.path, "--port", "PORT", "--seed", "FOLDER/seed.json"],
                                         files: ["seed.json": seed], probe: "/_test/stats")
    }

    var url: URL { server.url }

    func account() -> ConnectedAccount {
        ConnectedAccount(network: .bluesky, server: url, handle: Self.brand, credential: .environment("UNUSED"))
    }

    func connector(password: String = appPassword, timing: ConnectorTiming = .fast) -> any Connector {
        Connectors.make(account(), credential: Secret(password),
                        roles: AuthorRoles(AccountsConfig(accounts: [account()], rivals: ["rivalco.test"])), timing: timing)
    }

    /// Posts as anyone (an account is made for a new handle); returns the post's at:// URI.
    @discardableResult
    func post(as author: String, _ text: String, replyTo: String? = nil) async throws -> String {
        var body: [String: Any] = ["author": author, "text": text]
        if let replyTo { body["reply_to"] = replyTo }
        struct Created: Decodable { var uri: String }
        return try await control(.POST, "post", body).decoded(Created.self).uri
    }

    struct StoredPost: Decodable {
        struct Record: Decodable {
            struct Reply: Decodable { var root: StrongRef; var parent: StrongRef }
            struct Facet: Decodable {
                struct Index: Decodable { var byteStart: Int; var byteEnd: Int }
                var index: Index
            }
            var text: String
            var reply: Reply?
            var facets: [Facet]?
        }
        var uri: String
        var record: Record
    }

    func posts(by author: String) async throws -> [StoredPost] {
        struct Posts: Decodable { var posts: [StoredPost] }
        let url = try RequestAddress.url(self.url, "/_test/posts", [("author", author)])
        return try await HTTPExchange.send(.GET, url).decoded(Posts.self).posts
    }

    struct Stats: Decodable {
        var logins: [String: Int]
        var refreshes: [String: Int]
    }

    func stats() async throws -> Stats {
        try await HTTPExchange.send(.GET, url.appending(path: "/_test/stats")).decoded(Stats.self)
    }

    func fault(_ spec: [String: Any]) async throws {
        _ = try await control(.POST, "faults", spec)
    }

    func expireTokens() async throws {
        _ = try await control(.POST, "expire_tokens", [:])
    }

    func notify(_ author: String, _ reason: String, subject: String) async throws {
        _ = try await control(.POST, "notification", ["author": author, "reason": reason, "subject": subject])
    }

    private func control(_ method: HTTPMethod, _ name: String, _ body: [String: Any]) async throws -> HTTPAnswer {
        let answer = try await HTTPExchange.send(method, url.appending(path: "/_test/\(name)"), json: JSONBody.encode(body))
        if let failure = ConnectFailure.of(answer) { throw failure }
        return answer
    }
}

