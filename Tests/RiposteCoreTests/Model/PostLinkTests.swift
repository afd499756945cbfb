import RiposteCore
import Testing

@Suite("A post's link on its network is built from its id, and only from ids a network could have given")
struct PostLinkTests {
    @Test("each network's web address for a post", arguments: [
        ("1846950183744127011", "@ann_b", Network.x, "https://x.com/ann_b/status/1846950183744127011"),
        ("113402011998811221", "@ann@mastodon.social", .mastodon, "https://mastodon.social/@ann/113402011998811221"),
        ("at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3kgxqhyn6d52f", "@ann.bsky.social", .bluesky,
         "https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3kgxqhyn6d52f"),
        ("3kgxqhyn6d52f", "@ann.bsky.social", .bluesky, "https://bsky.app/profile/ann.bsky.social/post/3kgxqhyn6d52f"),
    ])
    func links(id: String, handle: String, network: Network, url: String) {
        #expect(PostLink.url(externalID: id, handle: handle, network: network) == url)
    }

    @Test("made-up ids and hostile ones make no link", arguments: [
        ("demo:rap:7", "@ann", Network.x),
        ("123", "@ann\u{1B}]52;c;aGk=\u{07}", .x),
        ("123;rm -rf ~", "@ann", .x),
        ("123", "@ann", .mastodon),
        ("123", "@ann@evil.example/../x", .mastodon),
        ("at://did:plc:abc/app.bsky.feed.post/$(reboot)", "@ann.bsky.social", .bluesky),
        ("", "@ann", .x),
    ])
    func noLink(id: String, handle: String, network: Network) {
        #expect(PostLink.url(externalID: id, handle: handle, network: network) == nil)
    }
}
