import Foundation
import RiposteCore

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

    /// A follower count: `950`, `1.5k`, `13k`, `3.4M`.
    static func reach(_ followers: Int) -> String {
        FollowerCount.short(followers)
    }
}
