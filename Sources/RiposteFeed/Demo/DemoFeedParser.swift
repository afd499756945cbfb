import Foundation
import RiposteCore

/// Reads a demo feed file, checking everything a trainer can get wrong; every error comes with its position.
public enum DemoFeedParser {
    public static func parse(_ text: String, file: String) throws(SourceErrors) -> DemoFeed {
        try TOMLTableReader.read(text, file: file) { root in
            let header = root.requiredTable("feed")
            let name = header?.requiredString("name")
            if let name, !isSlug(name) {
                header?.error(at: "name", "a feed name is lowercase letters, digits and dashes, like \"rap-battle\"")
            }
            let defaultNetwork = header?.optionalEnum("network", as: Network.self) ?? .x
            let accounts = readAccounts(root, defaultNetwork: defaultNetwork)
            if !accounts.isEmpty, !accounts.values.contains(where: { $0.account.role == .brand }) {
                root.error("no account has role \"brand\": the agent needs an account to reply as")
            }
            let posts = readPosts(root, accounts: accounts)
            let reactions = DemoReactionParser.read(root, accounts: accounts, posts: posts)
            return DemoFeed(name: name ?? "", title: header?.requiredString("title") ?? "",
                            summary: header?.optionalString("summary") ?? "",
                            source: header?.optionalString("source") ?? "",
                            speed: header?.optionalDouble("speed", in: 1...600) ?? 1, posts: posts,
                            reactions: reactions)
        }
    }

    static func isSlug(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }

    static func readAccounts(_ root: TOMLTableReader, defaultNetwork: Network)
        -> [String: (account: Account, position: SourcePosition)] {
        var accounts: [String: (account: Account, position: SourcePosition)] = [:]
        for table in root.requiredArrayOfTables("accounts") {
            let id = table.requiredString("id")
            let handle = table.requiredString("handle")
            if let handle, !handle.hasPrefix("@") || handle.count < 2 {
                table.error(at: "handle", "a handle starts with \"@\", like \"@tescomobile\"")
            }
            let account = Account(network: table.optionalEnum("network", as: Network.self) ?? defaultNetwork,
                                  handle: handle ?? "", name: table.optionalString("name") ?? handle ?? "",
                                  followers: table.optionalInt("followers", in: 0...Int(Int32.max)) ?? 0,
                                  role: table.requiredEnum("role", as: AuthorRole.self) ?? .customer)
            guard let id else { continue }
            let position = table.node("id")?.position ?? table.position
            if let first = accounts[id] {
                table.error(at: "id", "account \"\(id)\" is already defined at \(first.position)")
            } else {
                accounts[id] = (account, position)
            }
        }
        return accounts
    }

    static func readPosts(_ root: TOMLTableReader, accounts: [String: (account: Account, position: SourcePosition)])
        -> [DemoFeed.Post] {
        var posts: [DemoFeed.Post] = []
        var seen: [String: (offset: TimeInterval, position: SourcePosition)] = [:]
        for table in root.requiredArrayOfTables("posts") {
            let id = table.requiredString("id")
            let offset = readOffset(table)
            let authorID = table.requiredString("author")
            var author: Account?
            if let authorID {
                author = accounts[authorID]?.account
                if author == nil {
                    var message = "unknown account \"\(authorID)\""
                    if let close = NameSuggestion.closest(to: authorID, among: Array(accounts.keys).sorted()) {
                        message += "; did you mean \"\(close)\"?"
                    }
                    table.error(at: "author", message)
                }
            }
            let text = table.requiredString("text")
            if let text, text.allSatisfy(\.isWhitespace) { table.error(at: "text", "a post needs some text") }
            let replyTo = table.optionalString("reply_to")
            if let replyTo, let offset {
                if let parent = seen[replyTo] {
                    if parent.offset > offset {
                        table.error(at: "reply_to", "\"\(replyTo)\" is posted later than this reply")
                    }
                } else {
                    table.error(at: "reply_to", "\"\(replyTo)\" is not a post defined above this one")
                }
            }
            guard let id else { continue }
            if let first = seen[id] {
                table.error(at: "id", "post \"\(id)\" is already defined at \(first.position)")
                continue
            }
            guard let offset, let author, let text else { continue }
            seen[id] = (offset, table.node("id")?.position ?? table.position)
            posts.append(DemoFeed.Post(id: id, offset: offset, author: author, text: text, replyTo: replyTo))
        }
        return posts
    }

    static func readOffset(_ table: TOMLTableReader) -> TimeInterval? {
        guard let node = table.node("at") else {
            table.error("missing key \"at\" (when the post appears, like \"-2h\" or \"90s\")")
            return nil
        }
        switch node.value {
        case let .integer(seconds):
            return TimeInterval(seconds)
        case let .string(text):
            if let offset = TimeOffset.parse(text) { return offset }
            table.error(at: "at", "\"\(text)\" is not a time offset; write it like \"-2h\", \"12m\" or \"1h30m\"")
            return nil
        default:
            table.error(at: "at", "\"at\" must be a time offset like \"12m\" or a number of seconds")
            return nil
        }
    }
}
