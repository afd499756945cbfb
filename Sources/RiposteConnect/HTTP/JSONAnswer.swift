import Foundation

extension HTTPAnswer {
    /// The body as `T`, when the status is a success and the body has the shape the network's API gives it.
    func decoded<T: Decodable>(_ type: T.Type, at now: Date = Date()) throws(ConnectFailure) -> T {
        if let failure = ConnectFailure.of(self, at: now) { throw failure }
        do {
            return try JSONDecoder().decode(T.self, from: body)
        } catch let error as DecodingError {
            throw .malformed(Self.describe(error))
        } catch {
            throw .malformed("not JSON")
        }
    }

    /// Where the body went wrong, by field path: never the body itself, which a log would then hold.
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let names = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return names.isEmpty ? "the body" : String(names.drop { $0 == "." })
        }
        switch error {
        case let .keyNotFound(key, context): return "\(path(context)) has no \(key.stringValue)"
        case let .typeMismatch(_, context), let .valueNotFound(_, context): return "\(path(context)) is of the wrong kind"
        case let .dataCorrupted(context): return context.codingPath.isEmpty ? "not JSON" : "\(path(context)) is unreadable"
        @unknown default: return "unreadable"
        }
    }
}

/// JSON for a request body.
enum JSONBody {
    static func encode(_ object: [String: Any]) -> Data {
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
    }
}
