import Testing
@testable import RiposteCore

/// Mastodon's rule (app/validators/status_length_validator.rb): grapheme clusters, a URL with a scheme
/// counts 23, a remote mention counts as its local part.
struct MastodonLengthTests {
    private func length(_ text: String, limit: Int = 500) -> Int {
        ReplyLength.measure(text, on: .mastodon, mastodonLimit: limit).length
    }

    @Test("text counts in grapheme clusters")
    func graphemes() {
        #expect(length("hello") == 5)
        #expect(length("👨‍👩‍👧‍👦 e\u{301}") == 3)
        #expect(length("日本語") == 3)
    }

    @Test("a URL with a scheme counts 23, however long")
    func urls() {
        #expect(length("see https://example.com/a/very/long/path?with=query&and=more") == 4 + 23)
        #expect(length("gemini://example.org/capsule") == 23)
    }

    @Test("a bare domain is not a link on Mastodon and counts in full")
    func bareDomain() {
        #expect(length("example.com") == 11)
    }

    @Test("a remote mention counts as @user; a local one as itself")
    func mentions() {
        #expect(length("@alice@mastodon.social hi") == "@alice hi".count)
        #expect(length("@bob hi") == 7)
        #expect(length("@Alice.B@example.co.uk") == "@Alice.B".count)
    }

    @Test("an e-mail address, a mention followed by @, or a mention inside a URL is not shortened")
    func notMentions() {
        #expect(length("mail alice@example.com") == 22)
        #expect(length("@alice@host@x") == 13)
        #expect(length("https://example.com/@alice@example.com") == 23)
    }

    @Test("blank text counts nothing and is not a reply")
    func blank() {
        let report = ReplyLength.measure("  \n\t", on: .mastodon)
        #expect(report.length == 0 && !report.isValid)
    }

    @Test("the limit is the instance's, 500 by default; overflow lands on the first character past it")
    func limits() {
        #expect(ReplyLength.measure(String(repeating: "a", count: 500), on: .mastodon).isValid)
        let over = ReplyLength.measure(String(repeating: "a", count: 501), on: .mastodon)
        #expect(over == LengthReport(network: .mastodon, length: 501, limit: 500, isValid: false, overflowIndex: 500))
        let custom = ReplyLength.measure("12345678901", on: .mastodon, mastodonLimit: 10)
        #expect(custom.limit == 10 && !custom.isValid && custom.overflowIndex == 10)
        let url = ReplyLength.measure(String(repeating: "x", count: 10) + " https://example.com/abc", on: .mastodon, mastodonLimit: 30)
        #expect(url.length == 34 && url.overflowIndex == 11)
    }
}
