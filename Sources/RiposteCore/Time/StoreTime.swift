import Foundation

/// Times are stored as whole milliseconds since 1970 so that keyset comparisons are exact, and so that the audit
/// chain hashes the very time the store holds.
public enum StoreTime {
    public static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    public static func date(_ milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}
