/// Where a post lives on its network, built from its id and its author's handle, as each network's web client
/// addresses posts. Only ids and handles of the characters a network uses make a link, so a link never carries
/// anything else to a browser, a clipboard or the screen; a demo's or an import's made-up ids make none.
public enum PostLink {
    public static func url(externalID id: String, handle: String, network: Network) -> String? {
        let name = handle.hasPrefix("@") ? String(handle.dropFirst()) : handle
        switch network {
        case .x:
            guard isDigits(id), isMade(of: name, "_") else { return nil }
            return "https://x.com/\(name)/status/\(id)"
        case .mastodon:
            // @user@instance: the post is on the user's own server.
            let parts = name.split(separator: "@", omittingEmptySubsequences: false)
            guard isDigits(id), parts.count == 2, isMade(of: parts[0], "_"), isHost(parts[1]) else { return nil }
            return "https://\(parts[1])/@\(parts[0])/\(id)"
        case .bluesky:
            // at://did:plc:…/app.bsky.feed.post/rkey, or the record key alone with the author's handle.
            let prefix = "at://", collection = "/app.bsky.feed.post/"
            if id.hasPrefix(prefix), let range = id.range(of: collection) {
                let did = id[id.index(id.startIndex, offsetBy: prefix.count)..<range.lowerBound]
                let key = id[range.upperBound...]
                guard did.hasPrefix("did:"), isMade(of: did, ":._-"), isRecordKey(key) else { return nil }
                return "https://bsky.app/profile/\(did)/post/\(key)"
            }
            guard isRecordKey(id[...]), isHost(name[...]) else { return nil }
            return "https://bsky.app/profile/\(name)/post/\(id)"
        }
    }

    static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 30 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    static func isMade<S: StringProtocol>(of text: S, _ extra: String) -> Bool {
        !text.isEmpty && text.count <= 64
            && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || extra.contains($0)) }
    }

    static func isHost(_ text: Substring) -> Bool {
        isMade(of: text, ".-") && text.contains(".") && !text.hasPrefix(".") && !text.hasSuffix(".")
    }

    static func isRecordKey(_ text: Substring) -> Bool {
        isMade(of: text, "._~-")
    }
}
