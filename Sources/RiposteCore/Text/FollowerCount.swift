import Foundation

/// A follower count as people read one: `950`, `1.5k`, `13k`, `1.3M`. One rounding everywhere, so that the queue,
/// the thread and the risk and priority reasons never disagree about the same account.
public enum FollowerCount {
    public static func short(_ followers: Int) -> String {
        func scaled(_ value: Double, _ unit: String) -> String {
            let tenths = (value * 10).rounded() / 10
            // Rounded once: from ten of a unit up, to the whole, never to the tenth and then again to the whole.
            if tenths >= 10 { return "\(Int(value.rounded()))\(unit)" }
            return (tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)) + unit
        }
        if followers >= 999_500 { return scaled(Double(followers) / 1_000_000, "M") }
        if followers >= 1_000 { return scaled(Double(followers) / 1_000, "k") }
        return String(max(0, followers))
    }
}
