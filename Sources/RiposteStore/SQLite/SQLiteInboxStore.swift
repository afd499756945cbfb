import Foundation
import GRDB
import RiposteCore

/// The embedded store: one SQLite file in WAL mode, shared safely by several Riposte processes.
public final class SQLiteInboxStore: InboxStore {
    public let path: String
    /// The operating-system user running this process: who is working, on a team store.
    public let login: String
    let pool: DatabasePool
    let rulesCache = TeamRulesCache()
    /// A writer waiting on another's lock looks again this often (microseconds), for this long: on a busy machine a
    /// sleep lasts longer than asked, so the wait is counted in time, not in looks.
    static let busyPoll: UInt32 = 2_000
    static let busyWait: Duration = .seconds(5)
    static let waitStartKey = "riposte.sqlite.busy-wait-start"

    /// Opens the store at `path`, creating the file and its folder, and migrating it, as needed.
    public convenience init(path: String) throws {
        try self.init(path: path, login: LoginName.current)
    }

    /// Opens the store as `login`: for tests, which play several people from one operating-system user.
    init(path: String, login: String) throws {
        self.path = path
        self.login = login
        if let problem = StoreFileCheck.problem(path) { throw StoreError.cannotOpen(path: path, reason: problem) }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw StoreError.cannotOpen(path: path, reason: error.localizedDescription)
            }
        }
        var configuration = Configuration()
        // Other agents' processes write to the same file: wait for them rather than fail. Looked at every few
        // milliseconds, not with SQLite's growing sleeps, so that the pause between an import's chunks lets a
        // waiting writer in.
        configuration.busyMode = .callback { tries in
            // SQLite calls this on the waiting connection's thread, from 0 for each new wait.
            let clock = ContinuousClock()
            if tries == 0 { Thread.current.threadDictionary[Self.waitStartKey] = clock.now }
            WaitingWriters.mark(store: path)
            usleep(Self.busyPoll)
            guard let start = Thread.current.threadDictionary[Self.waitStartKey] as? ContinuousClock.Instant else {
                return false
            }
            return start.duration(to: clock.now) < Self.busyWait
        }
        configuration.prepareDatabase { db in
            // WAL with NORMAL sync survives a killed process; only a power cut can lose the last commit.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA page_size = 16384")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            let migrator = Schema.migrator
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) { throw StoreError.newerSchema(path: path) }
            try migrator.migrate(pool)
            // Read-only, the store shows what it has; the next process that can write takes the import back.
            try? rollBackAbandonedImports()
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: Self.openingProblem(error, path: path))
        } catch let error as StoreError {
            throw error
        } catch {
            // A row SQLite reads but Riposte cannot make sense of: its own tables are damaged.
            throw StoreError.cannotOpen(path: path, reason: "it is damaged (\(error)): restore it from a backup")
        }
    }

    /// SQLite's reason, with the cause behind it where that is the file system or a damaged file.
    static func openingProblem(_ error: DatabaseError, path: String) -> String {
        switch error.resultCode {
        case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_IOERR:
            if let problem = StoreFileCheck.writeProblem(path) { return problem }
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return "it is damaged (\(message(error))): restore it from a backup"
        default:
            break
        }
        return message(error)
    }

    /// Runs a database call, turning GRDB's errors into the store's own.
    func guarded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) {
            throw StoreError.database("the store \(path) is damaged (\(Self.message(error))): `riposte store check` "
                                      + "says what it finds; restore it from a backup")
        } catch {
            throw StoreError.database(Self.message(error))
        }
    }

    static func message(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? error.description }
        return String(describing: error)
    }

    public func value(forKey key: String) throws -> String? {
        try guarded {
            try pool.read { db in
                try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
            }
        }
    }

    public func setValue(_ value: String, forKey key: String) throws {
        try TrainingFlag.checkWritable(key)
        try guarded {
            try pool.write { db in
                try db.execute(
                    sql: "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    arguments: [key, value])
            }
        }
    }
}
