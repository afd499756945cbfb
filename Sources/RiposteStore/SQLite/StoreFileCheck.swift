import Foundation
import Glibc

/// What is wrong with a store's path before SQLite is asked to open it, in words that say the cause and what to do:
/// SQLite's own ("unable to open database file") names neither.
enum StoreFileCheck {
    static let header = Array("SQLite format 3\0".utf8)

    /// Why `path` cannot be a store, or nil when SQLite may try it (it may not exist yet).
    static func problem(_ path: String) -> String? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        if isFolder.boolValue {
            return "it is a folder, not a store file: give a file's path, like \(path)/riposte.sqlite"
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return "it cannot be read (\(String(cString: strerror(errno)))): check its permissions"
        }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: header.count)) ?? Data()
        if start.isEmpty {
            return "it is an empty file (0 bytes), not a store: remove it to start a new store there, or give the "
                + "right path"
        }
        if Array(start) != header {
            return "it is not a Riposte store (no SQLite header): check the path, or restore the store from a backup"
        }
        return nil
    }

    /// Why SQLite could not open or write `path`, when the cause is the file system: SQLite writes `-wal` and
    /// `-shm` files beside the store, so its folder must be writable too.
    static func writeProblem(_ path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        var info = statvfs()
        if statvfs(folder, &info) == 0, info.f_flag & UInt(ST_RDONLY) != 0 {
            return "the file system holding \(folder) is mounted read-only: copy the store to a writable place"
        }
        if access(folder, W_OK) != 0 {
            return "the folder \(folder) is not writable by you: SQLite writes the store's -wal and -shm files beside it"
        }
        if FileManager.default.fileExists(atPath: path), access(path, W_OK) != 0 {
            return "the file is not writable by you: check its permissions"
        }
        return nil
    }
}
