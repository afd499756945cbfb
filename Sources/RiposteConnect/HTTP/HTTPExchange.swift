import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import RiposteCore

/// A server's whole answer to one request.
struct HTTPAnswer: Sendable {
    var status: Int
    var headers: HTTPHeaders
    var body: Data

    func header(_ name: String) -> String? {
        headers.first(name: name)
    }
}

/// Requests to a network's server, each with a deadline, every failure turned into a `ConnectFailure` that names
/// no credential. Redirects are not followed: a token is sent only to the server `accounts.toml` names.
enum HTTPExchange {
    static let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: HTTPClient.Configuration(
        redirectConfiguration: .disallow, timeout: .init(connect: .seconds(3))))
    /// Far beyond any page of notifications or any thread; a server that sends more is not answering the question.
    static let longestBody = 16 << 20

    static func send(_ method: HTTPMethod, _ url: URL, bearer: Secret? = nil, json body: Data? = nil,
                     headers extra: [(String, String)] = [], timeout: TimeInterval = 15)
        async throws(ConnectFailure) -> HTTPAnswer {
        let request = makeRequest(method, url, bearer: bearer, json: body, headers: extra)
        do {
            let response = try await client.execute(request, timeout: .milliseconds(Int64(timeout * 1000)))
            let bytes = try await response.body.collect(upTo: longestBody)
            return HTTPAnswer(status: Int(response.status.code), headers: response.headers,
                              body: Data(bytes.readableBytesView))
        } catch {
            throw ConnectFailure(transport: error)
        }
    }

    /// Opens a response whose body arrives over time (server-sent events); the caller reads `body` as it comes.
    static func open(_ url: URL, bearer: Secret?, headers extra: [(String, String)] = [], timeout: TimeInterval)
        async throws(ConnectFailure) -> HTTPClientResponse {
        let request = makeRequest(.GET, url, bearer: bearer, json: nil, headers: extra)
        do {
            // The deadline covers the answer's head only: the stream's silence is watched by its reader.
            return try await client.execute(request, timeout: .milliseconds(Int64(timeout * 1000)))
        } catch {
            throw ConnectFailure(transport: error)
        }
    }

    private static func makeRequest(_ method: HTTPMethod, _ url: URL, bearer: Secret?, json body: Data?,
                                    headers extra: [(String, String)]) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = method
        request.headers.add(name: "User-Agent", value: "Riposte")
        request.headers.add(name: "Accept", value: "application/json")
        if let bearer { request.headers.add(name: "Authorization", value: "Bearer \(bearer.revealed)") }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        for (name, value) in extra { request.headers.add(name: name, value: value) }
        return request
    }
}
