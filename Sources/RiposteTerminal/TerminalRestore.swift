import CNCursesW
import Glibc

/// Puts the terminal back as the user had it, even when Riposte dies: on a crash signal the handler restores the
/// saved terminal modes and writes terminfo's "leave full screen" strings with async-signal-safe calls only.
enum TerminalRestore {
    // Written once before the handlers are installed, read only by them afterwards.
    nonisolated(unsafe) static var savedModes = termios()
    nonisolated(unsafe) static var hasSavedModes = false
    nonisolated(unsafe) static var resetBytes: UnsafeMutablePointer<UInt8>?
    nonisolated(unsafe) static var resetCount = 0
    nonisolated(unsafe) static var previousActions: [Int32: sigaction] = [:]
    /// The last of SIGINT, SIGTERM, SIGHUP and SIGQUIT to arrive, or 0; the session sees it and stops cleanly.
    nonisolated(unsafe) static var stopSignal: sig_atomic_t = 0

    static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    static let bracketedPasteOn = "\u{1B}[?2004h"
    static let bracketedPasteOff = "\u{1B}[?2004l"
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    /// Remembers the terminal's modes; called before ncurses changes them.
    static func saveModes() {
        hasSavedModes = tcgetattr(STDIN_FILENO, &savedModes) == 0
    }

    /// Remembers what to write to leave full-screen mode; called once terminfo is loaded.
    static func prepareResetSequence() {
        var bytes = Array(bracketedPasteOff.utf8)
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let value = riposte_terminfo_string(capability) {
                bytes += Array(String(cString: value).utf8)
            }
        }
        bytes += Array("\r\n".utf8)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
        buffer.initialize(from: bytes, count: bytes.count)
        resetBytes = buffer
        resetCount = bytes.count
    }

    static func installHandlers() {
        for signal in stopSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in TerminalRestore.stopSignal = signal }
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
        for signal in crashSignals {
            var action = sigaction(), previous = sigaction()
            action.__sigaction_handler.sa_sigaction = { signal, info, _ in
                TerminalRestore.crashed(signal, sentByProcess: (info?.pointee.si_code ?? 0) <= 0)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND)) | SA_SIGINFO
            sigaction(signal, &action, &previous)
            previousActions[signal] = previous
        }
    }

    /// The crash handler: restore the terminal, then hand a real fault to whoever had it before (Swift's
    /// backtracer prints its report on the restored terminal). A crash signal sent by another process (`kill -SEGV`)
    /// gets the default action: the backtracer would report it and return, and nothing would end the process.
    static func crashed(_ signal: Int32, sentByProcess: Bool) {
        restoreNow()
        if !sentByProcess, var previous = previousActions[signal] {
            sigaction(signal, &previous, nil)
        } else {
            Glibc.signal(signal, SIG_DFL)
        }
        // Pending until this handler returns, then delivered; a fault would also recur on return.
        raise(signal)
    }

    /// Puts back the modes saved at the start (after endwin, which restores its own idea of them).
    static func restoreModes() {
        if hasSavedModes { tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedModes) }
    }

    /// Restores modes and leaves full screen using only async-signal-safe calls.
    static func restoreNow() {
        if let resetBytes { _ = write(STDOUT_FILENO, resetBytes, resetCount) }
        if hasSavedModes { tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedModes) }
        tcflush(STDIN_FILENO, TCIFLUSH)
    }

    /// Reads and drops what is still coming in (the rest of a paste the terminal is still delivering) until the
    /// input has been quiet a moment, then flushes: whatever was typed or pasted for Riposte must never reach the
    /// shell after it, where each line would run as a command.
    static func discardPendingInput(quietMilliseconds: Int32 = 120, atMostSeconds: Double = 3) {
        var buffer = [UInt8](repeating: 0, count: 4096)
        var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        var start = timespec(), now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        while poll(&input, 1, quietMilliseconds) > 0, read(STDIN_FILENO, &buffer, buffer.count) > 0 {
            clock_gettime(CLOCK_MONOTONIC, &now)
            if Double(now.tv_sec - start.tv_sec) + Double(now.tv_nsec - start.tv_nsec) / 1e9 > atMostSeconds { break }
        }
        tcflush(STDIN_FILENO, TCIFLUSH)
    }
}
