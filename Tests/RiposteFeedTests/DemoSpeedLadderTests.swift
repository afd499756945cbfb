import Foundation
import RiposteFeed
import StoreTestSupport
import Testing

@Suite("Demo speed: a step faster and a step slower come back to the speed you had")
struct DemoSpeedLadderTests {
    static let loadedSpeeds: [Double?] = [nil, 1, 2, 2.5, 7, 10, 15, 45, 599, 600]

    @Test("from every speed on the ladder, faster then slower and slower then faster return to it",
          arguments: loadedSpeeds)
    func symmetric(loaded: Double?) {
        let ladder = DemoSpeedLadder(loadedAt: loaded)
        for speed in ladder.speeds {
            if let up = ladder.faster(than: speed) { #expect(ladder.slower(than: up) == speed, "\(speed)× up to \(up)×") }
            if let down = ladder.slower(than: speed) {
                #expect(ladder.faster(than: down) == speed, "\(speed)× down to \(down)×")
            }
        }
        #expect(ladder.speeds.first == 1 && ladder.speeds.last == 600)
        #expect(ladder.faster(than: 600) == nil && ladder.slower(than: 1) == nil)
    }

    @Test("a demo loaded at 15×, not a usual speed: > then < plays at 15× again, and so does < then >")
    func offTheUsualSpeeds() throws {
        let temporary = try TemporaryStore()
        let bundled = BundledFeeds.standard
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        try DemoFeedLoader.load(try bundled.parse(), text: bundled.text, into: temporary.store, startingAt: start,
                                speed: 15)
        let player = DemoFeedPlayer(store: temporary.store)
        try player.step(faster: true, at: start)
        #expect(try player.speed() == 30)
        try player.step(faster: false, at: start)
        #expect(try player.speed() == 15)
        try player.step(faster: false, at: start)
        #expect(try player.speed() == 10)
        try player.step(faster: true, at: start)
        #expect(try player.speed() == 15)
    }
}
