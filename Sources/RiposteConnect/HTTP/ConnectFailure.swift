import AsyncHTTPClient
import Foundation
import NIOCore
import RiposteCore

/// Why a request to a network did not do what it was for. Worded for the operator and the log, never with a
/// credential in it: a server's own message is kept only as far as its short, printable start.
public enum ConnectFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// No connection: refused, reset, no route, a name that does not resolve.
    case unreachable(String)
    /// No answer in time. For a post, whether it landed is not known until it is looked for.
    case timedOut
    /// The server turned the credential down (401, 403, or a login refused).
    case credentialsRefused(status: Int, reason: String)
    /// Too many requests: nothing more goes to this server before `until`.
    case rateLimited(until: Date)
    /// The server failed (5xx); asking again later may work.
    case serverTrouble(status: Int)
    /// The server refused the request itself (4xx): asking again the same way will not work.
    case refused(status: Int, reason: String)
    /// The answer is not what the network's API says it sends.
    case malformed(String)

    /// Whether the same request may succeed later without anyone changing anything.
    public var isTransient: Bool {
        switch self {
        case .unreachable, .timedOut, .rateLimited, .serverTrouble, .malformed: true
        case .credentialsRefused, .refused: false
        }
    }

    public var description: String {
        switch self {
        case let .unreachable(why): "cannot reach the server: \(why)"
        case .timedOut: "the server did not answer in time"
        case let .credentialsRefused(status, reason):
            "the server refused the credential (\(status)\(reason.isEmpty ? "" : ": \(reason)"))"
        case let .rateLimited(until): "rate limited until \(ISO8601DateFormatter().string(from: until))"
        case let .serverTrouble(status): "the server failed (\(status))"
        case let .refused(status, reason): "the server refused the request (\(status)\(reason.isEmpty ? "" : ": \(reason)"))"
        case let .malformed(what): "the server's answer is malformed: \(what)"
        }
    }

    /// What an answer's status says went wrong, or nil for a success.
    static func of(_ answer: HTTPAnswer, at now: Date = Date()) -> ConnectFailure? {
        switch answer.status {
        case 200..<300: return nil
        case 401, 403: return .credentialsRefused(status: answer.status, reason: serverReason(answer.body))
        case 429: return .rateLimited(until: RateLimitReset.until(answer.headers, now: now) ?? now + 60)
        case 500...: return .serverTrouble(status: answer.status)
        default: return .refused(status: answer.status, reason: serverReason(answer.body))
        }
    }

    /// The `error` (Mastodon) or `error: message` (XRPC) of an error body, cut short and kept printable: a server's
    /// words reach a log and a screen.
    static func serverReason(_ body: Data) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else { return "" }
        let parts = [object["error"], object["message"]].compactMap { $0 as? String }.filter { !$0.isEmpty }
        let text = parts.joined(separator: ": ")
        return String(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.prefix(200).map(Character.init))
    }

    init(transport error: any Error) {
        switch error {
        case let failure as ConnectFailure:
            self = failure
        case let client as HTTPClientError:
            let timeouts: [HTTPClientError] = [.deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout]
            self = timeouts.contains(client) ? .timedOut : .unreachable(String(describing: client))
        case is NIOTooManyBytesError:
            self = .malformed("longer than \(HTTPExchange.longestBody) bytes")
        case is CancellationError:
            self = .unreachable("cancelled")
        case let channel as ChannelError:
            if case .connectTimeout = channel { self = .timedOut } else { self = .unreachable("\(channel)") }
        default:
            self = .unreachable(String(describing: error))
        }
    }
}
