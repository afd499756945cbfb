import Foundation

/// How busy synthetic traffic is over its span: a relative rate of posts at each moment.
public enum RateShape: String, CaseIterable, Sendable {
    /// The same rate throughout.
    case steady
    /// A steady rate with a short burst about ten times as busy around the middle: a post that went viral.
    case spike
    /// A quiet start, a steep rise to about twenty times the rate, then a slow decay: an outage.
    case storm

    /// The relative rate at `position` (0 at the start of the span, 1 at its end); steady traffic is 1 throughout.
    public func density(at position: Double) -> Double {
        switch self {
        case .steady:
            return 1
        case .spike:
            // A bell about five hundredths of the span wide, so most of the burst falls in the middle tenth.
            let distance = (position - 0.5) / 0.025
            return 1 + 9 * exp(-distance * distance / 2)
        case .storm:
            let onset = 0.2, peak = 0.3, decay = 0.25
            if position < onset { return 1 }
            if position < peak {
                let rise = (position - onset) / (peak - onset)
                return 1 + 19 * rise * rise * (3 - 2 * rise)
            }
            return 1 + 19 * exp(-(position - peak) / decay)
        }
    }
}

/// Where posts fall in a span so that their rate follows a shape: the shape's cumulative density, inverted.
///
/// Post times come from the fraction of the traffic already sent, so they never go backwards.
public struct RatePlacement: Sendable {
    /// The cumulative density at the start of each of equal slots of the span, and at its end; a table, because the
    /// shapes' integrals have no handy inverse.
    let cumulative: [Double]

    public init(_ shape: RateShape, slots: Int = 1000) {
        var cumulative = [0.0]
        cumulative.reserveCapacity(slots + 1)
        for slot in 0..<slots {
            let middle = (Double(slot) + 0.5) / Double(slots)
            cumulative.append(cumulative[slot] + shape.density(at: middle))
        }
        self.cumulative = cumulative
    }

    /// The position in the span (0...1) by which `fraction` of the traffic (0 the first post, 1 the last) has come.
    public func position(at fraction: Double) -> Double {
        guard fraction > 0 else { return 0 }
        guard fraction < 1 else { return 1 }
        let slots = cumulative.count - 1
        let target = fraction * cumulative[slots]
        // The last slot whose start the target has reached.
        var low = 0, high = slots
        while high - low > 1 {
            let middle = (low + high) / 2
            if cumulative[middle] <= target { low = middle } else { high = middle }
        }
        let within = (target - cumulative[low]) / (cumulative[low + 1] - cumulative[low])
        return Swift.min(1, (Double(low) + within) / Double(slots))
    }
}
