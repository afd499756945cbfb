import Foundation

/// While an import writes, a stop signal is noted instead of ending the process at once, so that the import can
/// take back what it wrote before exiting.
enum ImportSignals {
    nonisolated(unsafe) static var received: Int32 = 0
    static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    static func install() {
        for signal in stopSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in ImportSignals.received = signal }
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
    }
}
