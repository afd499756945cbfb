import Foundation

/// Waits between attempts to reach a server: doubling from a second up to a minute, each drawn at random from its
/// upper half, so that connectors that lost the same server together do not return to it together.
struct Backoff {
    var first: TimeInterval = 1
    var longest: TimeInterval = 60
    private var failures = 0

    init(first: TimeInterval = 1, longest: TimeInterval = 60) {
        self.first = first
        self.longest = longest
    }

    mutating func next<R: RandomNumberGenerator>(using random: inout R) -> TimeInterval {
        let ceiling = min(longest, first * pow(2, Double(min(failures, 30))))
        failures += 1
        return ceiling / 2 + Double.random(in: 0...(ceiling / 2), using: &random)
    }

    mutating func next() -> TimeInterval {
        var random = SystemRandomNumberGenerator()
        return next(using: &random)
    }

    mutating func reset() {
        failures = 0
    }
}
