import Foundation
import RiposteCore
import Testing

/// `accounts.toml` as a team's IT writes it: every mistake said at its line and column, and nothing that would send
/// a credential in the clear or keep it in the file.
@Suite("accounts.toml names the brand's accounts, their servers and where their credentials are")
struct AccountsFileTests {
    func parse(_ text: String) throws(SourceErrors) -> AccountsConfig {
        try AccountsConfig.parse(text, file: "accounts.toml", folder: "/home/ann/.config/riposte")
    }

    func errors(_ text: String) -> [String] {
        do {
            _ = try parse(text)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    @Test("the example reads as it is: a Mastodon account with its token beside the file, a Bluesky one from the environment")
    func example() throws {
        let config = try parse(AccountsConfig.exampleFile)
        #expect(config.rivals == ["@rivalco@mastodon.social", "rivalco.bsky.social"])
        #expect(config.accounts == [
            ConnectedAccount(network: .mastodon, server: URL(string: "https://mastodon.social")!,
                             handle: "@ourbrand@mastodon.social",
                             credential: .file("/home/ann/.config/riposte/ourbrand-mastodon.token")),
            ConnectedAccount(network: .bluesky, server: URL(string: "https://bsky.social")!,
                             handle: "ourbrand.bsky.social", credential: .environment("RIPOSTE_BLUESKY_APP_PASSWORD")),
        ])
    }

    @Test("a test server on this machine may be plain http; an absolute credential path stays as written")
    func loopbackServer() throws {
        let config = try parse("""
            [[account]]
            network = "mastodon"
            server = "http://127.0.0.1:8123"
            handle = "@brand@localhost.test"
            credential_file = "/run/secrets/brand.token"
            """)
        #expect(config.accounts.first?.server.port == 8123)
        #expect(config.accounts.first?.credential == .file("/run/secrets/brand.token"))
    }

    @Test("each mistake is reported at its place, all of them at once")
    func mistakes() {
        #expect(errors("""
            rivals = ["nobody"]

            [[account]]
            network = "x"
            server = "https://api.x.com"
            handle = "@brand@x.com"
            credential_env = "X_TOKEN"

            [[account]]
            network = "mastodon"
            server = "http://mastodon.social"
            handle = "brand"
            credential_file = "a.token"
            credential_env = "TOKEN"

            [[account]]
            network = "bluesky"
            server = "https://brand:hunter2@bsky.social"
            handle = "brand.bsky.social"
            credential_env = "1TOKEN"
            tokn = "x"
            """) == [
                "accounts.toml:1:11: \"rivals\" item 1: \"nobody\" is neither @name@instance nor name.bsky.social",
                "accounts.toml:4:11: x has no connector: its API is paid and cannot be tried here",
                "accounts.toml:11:10: http:// sends the credential in the clear: use https:// (plain http is for 127.0.0.1 only)",
                "accounts.toml:12:10: \"brand\" is not a Mastodon handle: write it as @name@instance",
                "accounts.toml:14:18: give credential_file or credential_env, not both",
                "accounts.toml:18:10: the server's address holds a user or password: put the credential in credential_file instead",
                "accounts.toml:20:18: \"1TOKEN\" is not an environment variable's name",
                "accounts.toml:21:1: unknown key \"tokn\"",
            ])
    }

    @Test("the same account twice, or one without a credential, is refused")
    func duplicatesAndMissing() {
        let account = """
            [[account]]
            network = "bluesky"
            server = "https://bsky.social"
            handle = "Brand.bsky.social"
            credential_env = "BSKY"

            """
        #expect(errors(account + account.replacingOccurrences(of: "Brand", with: "brand")) == [
            "accounts.toml:9:10: brand.bsky.social on bluesky is listed twice",
        ])
        #expect(errors("""
            [[account]]
            network = "bluesky"
            server = "https://bsky.social"
            handle = "brand.bsky.social"
            """).first?.hasSuffix("an account needs credential_file (a file only its owner may read) or credential_env")
                == true)
        #expect(errors("rivals = []").first?.contains("account") == true)
    }

    @Test("the password in a server's address never reaches the error that refuses it")
    func noSecretInErrors() {
        let text = """
            [[account]]
            network = "mastodon"
            server = "https://brand:s3cr3t-Pa55@mastodon.social"
            handle = "@brand@mastodon.social"
            credential_env = "T"
            """
        #expect(!errors(text).isEmpty)
        #expect(errors(text).allSatisfy { !$0.contains("s3cr3t-Pa55") })
    }
}
