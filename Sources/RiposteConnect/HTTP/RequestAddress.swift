import Foundation

/// A request's address on an account's server: a path, and query values encoded strictly (a `+` or `&` in a cursor
/// stays a character of the cursor).
enum RequestAddress {
    static let unreserved = CharacterSet(charactersIn:
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func url(_ server: URL, _ path: String, _ query: [(String, String)] = []) throws(ConnectFailure) -> URL {
        var components = URLComponents(url: server, resolvingAgainstBaseURL: false)
        components?.path = path
        if !query.isEmpty {
            components?.percentEncodedQuery = query.map { name, value in
                "\(encode(name))=\(encode(value))"
            }.joined(separator: "&")
        }
        guard let url = components?.url else { throw .malformed("no address for \(path)") }
        return url
    }

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}
