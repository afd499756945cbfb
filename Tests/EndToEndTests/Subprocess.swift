import Foundation
import Glibc

/// Runs a command and returns its status and output. posix_spawn and waitpid directly: Foundation's Process
/// sometimes never reaps a child that exits at once (seen with tmux here), and a test must not hang on that.
enum Subprocess {
    private static let spawning = NSLock()

    /// The operating-system login the tests run as: who Riposte says is working on a store they make.
    static var login: String {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return "?" }
        return String(cString: name)
    }

    /// Runs `arguments`; `input` is written to its standard input (a file, so that no pipe can fill up).
    /// A command still writing after `seconds` is killed and reported, so that no test waits forever.
    static func run(_ arguments: [String], input: [UInt8]? = nil, seconds: Double = 300) throws
        -> (status: Int32, output: String) {
        // Tests run in parallel: a pipe's write end inherited by another test's child (a long-lived tmux server)
        // would never let this read reach end of file. So the pipe is made close-on-exec, and made, handed to
        // the child and closed here under one lock.
        spawning.lock()
        var locked = true
        defer { if locked { spawning.unlock() } }
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { throw PaneError("pipe failed") }
        for end in pipe { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var inputPath = "/dev/null"
        if let input {
            inputPath = FileManager.default.temporaryDirectory.appendingPathComponent("stdin-\(UUID().uuidString)").path
            try Data(input).write(to: URL(fileURLWithPath: inputPath))
        }
        defer { if input != nil { try? FileManager.default.removeItem(atPath: inputPath) } }
        posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 2)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        posix_spawn_file_actions_addclose(&actions, pipe[1])
        // A child starts with no signal blocked and every signal at its default, whatever the test thread had:
        // a shell started with SIGCHLD blocked waits for its jobs forever.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, environ)
        close(pipe[1])
        spawning.unlock()
        locked = false
        guard spawned == 0 else {
            close(pipe[0])
            throw PaneError("cannot run \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        let deadline = Date().addingTimeInterval(seconds)
        var timedOut = false
        while true {
            var ready = pollfd(fd: pipe[0], events: Int16(POLLIN), revents: 0)
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { timedOut = true; break }
            if poll(&ready, 1, Int32(min(left, 1) * 1000)) == 0 { continue }
            let count = read(pipe[0], &buffer, buffer.count)
            if count > 0 { output.append(contentsOf: buffer[0..<count]) } else if count == 0 || errno != EINTR { break }
        }
        close(pipe[0])
        if timedOut { kill(pid, SIGKILL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        if timedOut {
            throw PaneError("\(arguments.joined(separator: " ")) still running after \(Int(seconds)) s: \(String(decoding: output, as: UTF8.self).suffix(2000))")
        }
        let exited = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (exited, String(decoding: output, as: UTF8.self))
    }
}

/// A folder of its own for one test, removed when the test is done with it, and `riposte` run on a store in it.
final class CommandFolder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("riposte-command-\(UUID().uuidString)")
    var store: String { url.appendingPathComponent("team.sqlite").path }

    init() throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// `riposte arguments --store` the folder's store.
    func riposte(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try Subprocess.run([TerminalPane.binary] + arguments + ["--store", store])
    }
}
