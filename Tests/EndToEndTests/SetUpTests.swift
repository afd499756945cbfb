import Foundation
import Testing

@Suite("A new user's set-up")
struct SetUpTests {
    static let root = TerminalPane.packageRoot

    func read(_ path: String) throws -> String {
        try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The shell commands in the README's code blocks.
    func readmeCommands() throws -> [String] {
        let blocks = try read("README.md").components(separatedBy: "```sh\n").dropFirst()
        return blocks.compactMap { $0.components(separatedBy: "\n```").first }
    }

    @Test("CI runs exactly the README's test command, and it installs tmux, PostgreSQL and the headers it needs")
    func ciRunsTheReadmeCommand() throws {
        let commands = try readmeCommands()
        #expect(commands.count == 2)
        let test = try #require(commands.last)
        let ci = try read(".ci/run").split(separator: "\n").last.map(String.init)
        #expect(ci == test)
        // man, dpkg's tools and the shells: the install test renders the man page, builds the package and completes.
        for package in ["libncurses-dev", "libsqlite3-dev", "tmux", "postgresql", "python3-venv", "man-db", "dpkg-dev",
                        "zsh", "fish"] {
            #expect(test.contains(package))
        }
        // The connector tests' servers (mastodon-mock, lexrpc's lexicons), before anything runs.
        #expect(test.contains("&& Scripts/test-servers && swift build --build-tests"))
        // Built once; the whole suite, then the store's tests again on PostgreSQL, both under a throwaway server and on
        // that one build.
        // The man page comes from the command definitions, as the package's does, for the install test to install.
        #expect(test.contains("swift build --build-tests && swift package generate-manual --configuration debug "
                              + ">/dev/null && Tests/Postgres/cluster.sh run sh -c 'swift test --skip-build && "))
        #expect(test.contains("RIPOSTE_TEST_BACKEND=postgres swift test --skip-build --filter"))
    }

    @Test("the README's first command installs the headers and opens Riposte")
    func runCommand() throws {
        let run = try #require(try readmeCommands().first)
        for package in ["libncurses-dev", "libsqlite3-dev"] { #expect(run.contains(package)) }
        #expect(run.hasSuffix("swift run riposte"))
    }

    @Test("build output and resolved versions stay out of git")
    func ignored() throws {
        let ignored = try read(".gitignore").split(separator: "\n")
        #expect(ignored.contains(".build/"))
        #expect(ignored.contains("Package.resolved"))
    }
}
