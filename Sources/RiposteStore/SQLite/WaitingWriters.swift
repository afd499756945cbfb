import Foundation

/// A writer kept waiting by another's lock says so, where an import writing chunks looks between posts: the import
/// then commits at once and lets it in, instead of every chunk being short for a writer that may never come (short
/// transactions write the same index pages over and over, and an import in chunks of a tenth of a second ran at
/// less than half its speed).
///
/// Other processes find the word in the first eight bytes of the file beside the store that an import holds its
/// lease in (the last time someone waited, in milliseconds); this process's own connections in memory, because a
/// process never sees its own file locks or needs the file.
enum WaitingWriters {
    nonisolated(unsafe) private static var latest: [String: Int64] = [:]
    private static let lock = NSLock()

    /// Called while a write waits on the lock.
    static func mark(store path: String) {
        let now = milliseconds()
        lock.withLock { latest[path] = now }
        // No file: no import is running to read it.
        let descriptor = open(ImportLease.file(path), O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        var stamp = now
        _ = pwrite(descriptor, &stamp, 8, 0)
        close(descriptor)
    }

    /// When a writer last waited on the store, as far as this process can see: `descriptor` is the lease's file.
    static func lastWait(store path: String, descriptor: Int32) -> Int64 {
        var stamp: Int64 = 0
        if pread(descriptor, &stamp, 8, 0) != 8 { stamp = 0 }
        return max(stamp, lock.withLock { latest[path] ?? 0 })
    }

    static func milliseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
    }
}
