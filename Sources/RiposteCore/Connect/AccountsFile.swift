import Foundation

extension AccountsConfig {
    /// Reads `accounts.toml`; a credential file named by a relative path is found in `folder`, the file's own.
    /// Throws every mistake, each at its position.
    public static func parse(_ text: String, file: String, folder: String) throws(SourceErrors) -> AccountsConfig {
        try AccountsFile.parse(text, file: file, folder: folder)
    }

    /// An example to start from, as `riposte connect` prints it.
    public static let exampleFile = """
        # The brand's accounts that `riposte connect` serves, one [[account]] each.
        # Handles of rivals: their posts are a rival's, not a customer's.
        rivals = ["@rivalco@mastodon.social", "rivalco.bsky.social"]

        [[account]]
        network = "mastodon"
        server = "https://mastodon.social"
        handle = "@ourbrand@mastodon.social"
        # An access token, alone in a file only its owner may read (chmod 600); a relative path is beside this file.
        credential_file = "ourbrand-mastodon.token"

        [[account]]
        network = "bluesky"
        server = "https://bsky.social"
        handle = "ourbrand.bsky.social"
        # Or an environment variable of the process that runs `riposte connect`: here an app password.
        credential_env = "RIPOSTE_BLUESKY_APP_PASSWORD"
        """
}

/// The format of `accounts.toml` (`AccountsConfig.exampleFile`).
public enum AccountsFile {
    /// The networks a connector serves. X's API is paid and has no server to test against here.
    static let served: [Network] = [.mastodon, .bluesky]

    static func parse(_ text: String, file: String, folder: String) throws(SourceErrors) -> AccountsConfig {
        try TOMLTableReader.read(text, file: file) { root in
            let rivals = root.optionalStrings("rivals") { handleProblem($0, on: nil) } ?? []
            var accounts: [ConnectedAccount] = []
            var seen: Set<String> = []
            for table in root.requiredArrayOfTables("account") {
                guard let account = account(table, folder: folder) else { continue }
                let key = account.network.rawValue + " " + account.handle.lowercased()
                if !seen.insert(key).inserted {
                    table.error(at: "handle", "\(account.handle) on \(account.network.rawValue) is listed twice")
                    continue
                }
                accounts.append(account)
            }
            return AccountsConfig(accounts: accounts, rivals: rivals)
        }
    }

    private static func account(_ table: TOMLTableReader, folder: String) -> ConnectedAccount? {
        let network = table.requiredString("network", oneOf: Network.allCases.map(\.rawValue))
            .flatMap(Network.init(rawValue:))
        if let network, !served.contains(network) {
            table.error(at: "network", "\(network.rawValue) has no connector: its API is paid and cannot be tried here")
        }
        let server = table.requiredString("server").flatMap { text -> URL? in
            if let problem = serverProblem(text) {
                table.error(at: "server", problem)
                return nil
            }
            return URL(string: text)
        }
        let handle = table.requiredString("handle").flatMap { handle -> String? in
            if let problem = handleProblem(handle, on: network) {
                table.error(at: "handle", problem)
                return nil
            }
            return handle
        }
        let credential = credentialSource(table, folder: folder)
        guard let network, served.contains(network), let server, let handle, let credential else { return nil }
        return ConnectedAccount(network: network, server: server, handle: handle, credential: credential)
    }

    /// A file or an environment variable, never both: which one counts would be a guess.
    private static func credentialSource(_ table: TOMLTableReader, folder: String)
        -> ConnectedAccount.CredentialSource? {
        let file = table.optionalString("credential_file"), variable = table.optionalString("credential_env")
        switch (file, variable) {
        case (nil, nil):
            table.error("an account needs credential_file (a file only its owner may read) or credential_env")
            return nil
        case (.some, .some):
            table.error(at: "credential_env", "give credential_file or credential_env, not both")
            return nil
        case let (file?, nil):
            guard !file.isEmpty else {
                table.error(at: "credential_file", "credential_file is empty")
                return nil
            }
            let expanded = (file as NSString).expandingTildeInPath
            return .file(expanded.hasPrefix("/") ? expanded : (folder as NSString).appendingPathComponent(expanded))
        case let (nil, variable?):
            guard variable.range(of: "^[A-Za-z_][A-Za-z0-9_]*$", options: .regularExpression) != nil else {
                table.error(at: "credential_env", "\"\(variable)\" is not an environment variable's name")
                return nil
            }
            return .environment(variable)
        }
    }

    /// HTTPS, or plain HTTP to this machine only (a test server): a token sent in the clear over a network is a
    /// token given away. Never a user and password in the address.
    public static func serverProblem(_ text: String) -> String? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty
        else { return "\"\(text)\" is not a server's address: write it as https://mastodon.example" }
        if url.user != nil || url.password != nil {
            return "the server's address holds a user or password: put the credential in credential_file instead"
        }
        guard url.query == nil, url.fragment == nil else { return "the server's address has a query or fragment" }
        let loopback = ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased())
        switch scheme {
        case "https": return nil
        case "http" where loopback: return nil
        case "http": return "http:// sends the credential in the clear: use https:// (plain http is for 127.0.0.1 only)"
        default: return "the server's address must start with https://"
        }
    }

    /// `@user@instance` on Mastodon, a domain name (`brand.bsky.social`) on Bluesky; either for a rival.
    public static func handleProblem(_ handle: String, on network: Network?) -> String? {
        let mastodon = handle.range(of: "^@[A-Za-z0-9_]{1,30}@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$",
                                    options: .regularExpression) != nil
        let bluesky = handle.count <= 253 && handle.range(
            of: "^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$",
            options: .regularExpression) != nil
        switch network {
        case .mastodon: return mastodon ? nil : "\"\(handle)\" is not a Mastodon handle: write it as @name@instance"
        case .bluesky: return bluesky ? nil : "\"\(handle)\" is not a Bluesky handle: write it as name.bsky.social"
        case .x, nil:
            return mastodon || bluesky ? nil : "\"\(handle)\" is neither @name@instance nor name.bsky.social"
        }
    }
}
