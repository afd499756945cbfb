import Foundation

/// Reads an account's credential where `accounts.toml` says it is. A file must be a regular file of this user's
/// that nobody else may read; a variable must be set. What is wrong is said without the credential in it.
public enum CredentialReader {
    /// Longer than any token or app password.
    static let longest = 16 * 1024

    public static func read(_ source: ConnectedAccount.CredentialSource,
                            environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(CredentialProblem) -> Secret {
        switch source {
        case let .environment(name):
            guard let value = environment[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
                throw CredentialProblem("$\(name) is not set")
            }
            return Secret(value)
        case let .file(path):
            return try readFile(path)
        }
    }

    private static func readFile(_ path: String) throws(CredentialProblem) -> Secret {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw CredentialProblem("\(path) cannot be read: \(String(cString: strerror(errno)))")
        }
        guard status.st_mode & S_IFMT == S_IFREG else { throw CredentialProblem("\(path) is not a regular file") }
        guard status.st_uid == getuid() else {
            throw CredentialProblem("\(path) belongs to another user: the credential must be yours alone")
        }
        let mode = status.st_mode & 0o777
        guard mode & 0o077 == 0 else {
            throw CredentialProblem("\(path) can be read by others (mode \(String(mode, radix: 8))): chmod 600 \(path)")
        }
        guard status.st_size <= longest else { throw CredentialProblem("\(path) is too long for a credential") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CredentialProblem("\(path) cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw CredentialProblem("\(path) is not UTF-8") }
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { throw CredentialProblem("\(path) is empty") }
        guard !value.contains(where: \.isNewline) else {
            throw CredentialProblem("\(path) holds more than one line: the credential alone, please")
        }
        return Secret(value)
    }
}

/// Why a credential could not be read; it never holds the credential.
public struct CredentialProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
