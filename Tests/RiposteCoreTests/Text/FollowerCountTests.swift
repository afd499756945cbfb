import RiposteCore
import Testing

@Suite("Follower counts read the same wherever they are shown")
struct FollowerCountTests {
    @Test("rounded to the nearest tenth below ten of a unit, to the nearest whole above", arguments: [
        (0, "0"), (950, "950"), (1_000, "1k"), (1_450, "1.5k"), (1_440, "1.4k"), (12_900, "13k"), (150_000, "150k"),
        (999_499, "999k"), (999_500, "1M"), (1_250_000, "1.3M"), (12_000_000, "12M"),
    ])
    func counts(followers: Int, shown: String) {
        #expect(FollowerCount.short(followers) == shown)
    }
}
