import AsyncHTTPClient
import Foundation
import NIOCore
import Synchronization

/// One event of a `text/event-stream` body.
struct ServerSentEvent: Equatable {
    var name: String
    var data: String
}

/// Reads server-sent events as they arrive (html.spec.whatwg.org's event stream format) and fails when the stream
/// is silent, heartbeats included, for `silence` seconds; returns when `handle` answers false: a connection a server has dropped without saying so looks
/// exactly like a quiet one.
enum ServerSentEvents {
    static func read(_ body: HTTPClientResponse.Body, silence: TimeInterval,
                     _ handle: @escaping @Sendable (ServerSentEvent) async -> Bool) async throws(ConnectFailure) {
        let lastHeard = LastHeard()
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    var parser = EventStreamParser()
                    for try await chunk in body {
                        lastHeard.now()
                        for event in parser.feed(Array(chunk.readableBytesView)) {
                            guard await handle(event) else { return }
                        }
                    }
                    throw ConnectFailure.unreachable("the server closed the stream")
                }
                group.addTask {
                    while true {
                        try await Task.sleep(for: .milliseconds(200))
                        if lastHeard.silence > silence {
                            throw ConnectFailure.timedOut
                        }
                    }
                }
                defer { group.cancelAll() }
                try await group.next()
            }
        } catch {
            throw ConnectFailure(transport: error)
        }
    }
}

/// When the stream last sent anything.
final class LastHeard: Sendable {
    private let time = Mutex(Date())

    func now() {
        time.withLock { $0 = Date() }
    }

    var silence: TimeInterval {
        Date().timeIntervalSince(time.withLock { $0 })
    }
}

/// The event stream format's lines, fed in chunks that may split a line or a character anywhere.
struct EventStreamParser {
    /// A line longer than this is no event a client needs; it is dropped rather than held.
    static let longestLine = 1 << 20
    private var line: [UInt8] = []
    private var overlong = false
    private var name = ""
    private var data: [String] = []

    mutating func feed(_ bytes: [UInt8]) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        for byte in bytes {
            if byte == UInt8(ascii: "\n") {
                if !overlong, let event = take(String(decoding: line, as: UTF8.self)) { events.append(event) }
                line.removeAll(keepingCapacity: true)
                overlong = false
            } else if byte != UInt8(ascii: "\r") {
                if line.count < Self.longestLine { line.append(byte) } else { overlong = true }
            }
        }
        return events
    }

    private mutating func take(_ line: String) -> ServerSentEvent? {
        if line.isEmpty {
            defer { name = ""; data = [] }
            return data.isEmpty ? nil : ServerSentEvent(name: name.isEmpty ? "message" : name,
                                                        data: data.joined(separator: "\n"))
        }
        if line.hasPrefix(":") { return nil }
        let field = line.prefix { $0 != ":" }
        var value = line.dropFirst(field.count).dropFirst()
        if value.hasPrefix(" ") { value = value.dropFirst() }
        switch field {
        case "event": name = String(value)
        case "data": data.append(String(value))
        default: break
        }
        return nil
    }
}
