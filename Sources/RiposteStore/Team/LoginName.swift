import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The operating-system user running this process: who someone is on a SQLite store. Read from the password
/// database by the effective user id, never from `$USER`, which anyone can set.
enum LoginName {
    static var current: String {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return "uid\(geteuid())" }
        return String(cString: name)
    }
}
