import Foundation

/// Short human figures for narrow columns.
enum Formatting {
    /// An age as a timer reads it: `45s`, `12m`, `3h05`, `2d`.
    static func age(_ interval: TimeInterval) -> String {
        let seconds = max(0, Int(interval))
        switch seconds {
        case ..<60: return "\(seconds)s"
        case ..<3600: return "\(seconds / 60)m"
        case ..<86400: return String(format: "%dh%02d", seconds / 3600, seconds % 3600 / 60)
        default: return "\(seconds / 86400)d"
        }
    }

    /// A follower count: `950`, `1.2k`, `12k`, `3.4M`.
    static func reach(_ followers: Int) -> String {
        func scaled(_ value: Double, _ unit: String) -> String {
            value < 10 ? String(format: "%.1f%@", value, unit) : "\(Int(value))\(unit)"
        }
        switch followers {
        case ..<1000: return "\(max(0, followers))"
        case ..<1_000_000: return scaled(Double(followers) / 1000, "k")
        default: return scaled(Double(followers) / 1_000_000, "M")
        }
    }
}
