import Foundation

/// Whether the process writing an import is still running: it holds a lock on one byte (the import's id) of a file
/// beside the store, and the kernel lets go of the lock when the process ends, however it ends. A record of an
/// import whose byte nobody holds is an import that will never finish.
final class ImportLease {
    let descriptor: Int32
    private let importID: Int64

    /// Imports this process is writing: a process never sees its own locks as held by another.
    nonisolated(unsafe) private static var ours: Set<String> = []
    private static let oursLock = NSLock()

    init(store path: String, importID: Int64) throws {
        descriptor = open(Self.file(path), O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw StoreError.database("cannot record the import beside the store: \(String(cString: strerror(errno)))")
        }
        self.importID = importID
        var lock = Self.byte(importID, type: F_WRLCK)
        guard fcntl(descriptor, F_SETLK, &lock) == 0 else {
            close(descriptor)
            throw StoreError.database("cannot lock the import's record: \(String(cString: strerror(errno)))")
        }
        Self.oursLock.withLock { _ = Self.ours.insert(Self.key(path, importID)) }
        self.path = path
    }

    private let path: String

    func release() {
        Self.oursLock.withLock { _ = Self.ours.remove(Self.key(path, importID)) }
        close(descriptor)
    }

    static func isHeld(store path: String, importID: Int64) -> Bool {
        if oursLock.withLock({ ours.contains(key(path, importID)) }) { return true }
        let descriptor = open(file(path), O_RDONLY | O_CLOEXEC)
        // No file: no import process ever got as far as locking.
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var lock = byte(importID, type: F_WRLCK)
        guard fcntl(descriptor, F_GETLK, &lock) == 0 else { return true }
        return lock.l_type != F_UNLCK
    }

    static func file(_ store: String) -> String { store + "-imports" }
    private static func key(_ store: String, _ id: Int64) -> String { "\(id) \(store)" }

    private static func byte(_ id: Int64, type: Int32) -> flock {
        var lock = flock()
        lock.l_type = Int16(type)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = off_t(id)
        lock.l_len = 1
        return lock
    }
}
