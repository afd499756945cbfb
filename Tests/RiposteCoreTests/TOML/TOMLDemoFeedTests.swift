import Testing
import RiposteCore

/// A demo feed as a person writes one: accounts and posts as arrays of tables, multi-line text.
@Suite struct TOMLDemoFeedTests {
    static let feed = """
        # A bakery's mentions on a slow Tuesday morning.
        name = "Bakery Tuesday"
        speed = 120          # mentions per hour

        [[accounts]]
        id = "ana"
        handle = "@ana@toot.example"
        network = "mastodon"
        role = "customer"

        [[accounts]]
        id = "crumbs"
        handle = "@crumbs"
        network = "x"
        role = "brand"

        [[posts]]
        id = "p1"
        author = "ana"
        at = 0
        tags = ["late", "order"]
        text = \"\"\"
        Ordered the sourdough at 9 and it's still not here. \\
        Anyone home? 🍞\"\"\"

        [[posts]]
        id = "p2"
        author = "crumbs"
        parent = "p1"
        at = 45
        text = '''
        So sorry, Ana! It is "on its way".
        C:\\oven\\door was stuck.
        '''
        """

    struct Account: Equatable { var id, handle, network, role: String }
    struct Post: Equatable { var id, author: String; var parent: String?; var at: Int; var tags: [String]; var text: String }
    struct Feed: Equatable { var name: String; var speed: Int; var accounts: [Account]; var posts: [Post] }

    /// Reads a feed the way the feed loader will: typed getters, then a cross-reference check.
    static func readFeed(_ text: String) throws(SourceErrors) -> Feed {
        try TOMLTableReader.read(text, file: "feeds/bakery.toml") { root in
            let accounts = root.requiredArrayOfTables("accounts").map { account in
                Account(
                    id: account.requiredString("id") ?? "",
                    handle: account.requiredString("handle") ?? "",
                    network: account.requiredString("network", oneOf: ["x", "mastodon", "bluesky"]) ?? "",
                    role: account.requiredString("role", oneOf: ["customer", "brand"]) ?? ""
                )
            }
            var postIDs: Set<String> = []
            let posts = root.requiredArrayOfTables("posts").map { post in
                let author = post.requiredString("author")
                if let author, !accounts.contains(where: { $0.id == author }) {
                    post.error(at: "author", "author \"\(author)\" is not an account in this feed")
                }
                let parsed = Post(
                    id: post.requiredString("id") ?? "",
                    author: author ?? "",
                    parent: post.optionalString("parent"),
                    at: post.requiredInt("at", in: 0...86_400) ?? 0,
                    tags: post.optionalStrings("tags") ?? [],
                    text: post.requiredString("text") ?? ""
                )
                if let parent = parsed.parent, !postIDs.contains(parent) {
                    post.error(at: "parent", "parent \"\(parent)\" is not defined above this post")
                }
                postIDs.insert(parsed.id)
                return parsed
            }
            return Feed(
                name: root.requiredString("name") ?? "",
                speed: root.optionalInt("speed", in: 1...600) ?? 60,
                accounts: accounts,
                posts: posts
            )
        }
    }

    @Test func aWellWrittenFeedReadsIntoTypedValues() throws {
        let feed = try Self.readFeed(Self.feed)
        #expect(feed == Feed(
            name: "Bakery Tuesday",
            speed: 120,
            accounts: [
                Account(id: "ana", handle: "@ana@toot.example", network: "mastodon", role: "customer"),
                Account(id: "crumbs", handle: "@crumbs", network: "x", role: "brand"),
            ],
            posts: [
                Post(id: "p1", author: "ana", parent: nil, at: 0, tags: ["late", "order"],
                     text: "Ordered the sourdough at 9 and it's still not here. Anyone home? 🍞"),
                Post(id: "p2", author: "crumbs", parent: "p1", at: 45, tags: [],
                     text: "So sorry, Ana! It is \"on its way\".\nC:\\oven\\door was stuck.\n"),
            ]
        ))
    }

    @Test func theSameFeedWithWindowsLineEndingsReadsTheSame() throws {
        let windows = "\u{FEFF}" + Self.feed.replacing("\n", with: "\r\n")
        #expect(try Self.readFeed(windows) == Self.readFeed(Self.feed))
    }

    @Test func aFeedWithMistakesReportsThemAllInFileOrder() {
        let broken = Self.feed
            .replacing("speed = 120", with: "speed = 1200")
            .replacing("role = \"brand\"", with: "role = \"brnad\"")
            .replacing("author = \"crumbs\"", with: "autor = \"crumbs\"")
            .replacing("parent = \"p1\"", with: "parent = \"p9\"")
            .replacing("author = \"ana\"", with: "author = \"bob\"")
        var reported = ""
        do throws(SourceErrors) {
            _ = try Self.readFeed(broken)
        } catch {
            reported = error.description
        }
        #expect(reported == """
            feeds/bakery.toml:3:9: "speed" must be between 1 and 600; found 1200
            feeds/bakery.toml:15:8: "role" must be one of "customer", "brand"; found "brnad"; did you mean "brand"?
            feeds/bakery.toml:19:10: author "bob" is not an account in this feed
            feeds/bakery.toml:26:1: missing key "author"
            feeds/bakery.toml:28:1: unknown key "autor"; did you mean "author"?
            feeds/bakery.toml:29:10: parent "p9" is not defined above this post
            """)
    }
}
