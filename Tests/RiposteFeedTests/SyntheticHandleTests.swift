import Foundation
import RiposteCore
import RiposteFeed
import Testing

@Suite("Synthetic traffic is marked as made up: no author reads like a demo's brand or our own account")
struct SyntheticHandleTests {
    /// A handle as a reader skims it: case, punctuation and look-alike digits ignored.
    func skeleton(_ handle: String) -> String {
        let lookAlikes: [Character: Character] = ["0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t"]
        return String(handle.lowercased().compactMap { lookAlikes[$0] ?? ($0.isLetter ? $0 : nil) })
    }

    /// Every brand and rival the bundled demos play, and the stand-in our replies go out as without one.
    func brandHandles() throws -> [String] {
        let accounts = try BundledFeeds.all.map { try $0.parse() }.flatMap { $0.posts.map(\.author) + $0.reactions.map(\.author) }
        return Set(accounts.filter { [.brand, .rival].contains($0.role) }.map(\.handle)).sorted() + ["@ourbrand"]
    }

    @Test("every author's handle and name say it is synthetic")
    func marked() {
        let authors = Array(SyntheticFeed(count: 3000, seed: 5, start: Date(timeIntervalSince1970: 0), span: 3600))
            .map(\.author)
        #expect(authors.allSatisfy { $0.handle.hasPrefix("@synthetic_") && $0.name.hasPrefix("Synthetic ") })
        #expect(authors.allSatisfy { $0.role != .brand && $0.role != .rival })
    }

    @Test("no author's handle equals a demo brand's, or begins like it, even skimmed")
    func neverABrand() throws {
        let brands = try brandHandles()
        #expect(brands.contains("@tescomobile"), "the rap battle's brand is missing: \(brands)")
        let authors = Set(SyntheticFeed(count: 20_000, seed: 9, start: Date(timeIntervalSince1970: 0), span: 3600)
            .map(\.author.handle))
        for author in authors {
            let skimmed = skeleton(author)
            for brand in brands {
                let brandSkimmed = skeleton(brand)
                #expect(author.lowercased() != brand.lowercased())
                #expect(!skimmed.hasPrefix(brandSkimmed) && !brandSkimmed.hasPrefix(skimmed), "\(author) reads like \(brand)")
            }
        }
    }
}
