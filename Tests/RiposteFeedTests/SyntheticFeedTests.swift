import Foundation
import RiposteCore
import RiposteFeed
import Testing

@Suite("Synthetic traffic")
struct SyntheticFeedTests {
    let start = Date(timeIntervalSince1970: 1_700_000_000)

    @Test("the same seed gives the same posts; another seed gives others")
    func deterministic() {
        let one = Array(SyntheticFeed(count: 500, seed: 7, start: start, span: 3600))
        let two = Array(SyntheticFeed(count: 500, seed: 7, start: start, span: 3600))
        let other = Array(SyntheticFeed(count: 500, seed: 8, start: start, span: 3600))
        #expect(one == two)
        #expect(one.map(\.text) != other.map(\.text))
    }

    @Test("posts are spread over the span in order, some reply to earlier ones, reach is heavy-tailed")
    func shape() {
        let posts = Array(SyntheticFeed(count: 2000, seed: 1, start: start, span: 3600))
        #expect(posts.first?.createdAt == start && posts.last?.createdAt == start.addingTimeInterval(3600))
        #expect(posts.map(\.createdAt) == posts.map(\.createdAt).sorted())
        let ids = Set(posts.map(\.externalID))
        let replies = posts.compactMap(\.inReplyTo)
        #expect(replies.allSatisfy(ids.contains))
        #expect((300...700).contains(replies.count))
        let reach = posts.map(\.author.followers).sorted()
        #expect(reach[reach.count / 2] < 1000 && reach.last! > 100_000)
        #expect(Set(posts.map(\.author.network)) == Set(Network.allCases))
    }
}
