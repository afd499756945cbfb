import Foundation

extension Array where Element == TimeInterval {
    /// The time that `share` of these were within: 0.5 the median, 0.9 nine in ten. Nil when there are none.
    public func within(share: Double) -> TimeInterval? {
        guard !isEmpty else { return nil }
        let sorted = self.sorted()
        return sorted[Swift.min(count - 1, Swift.max(0, Int((Double(count) * share).rounded(.up)) - 1))]
    }
}
