import Foundation
import RiposteCore
import RiposteStore

/// `riposte bench`: an agent's writes while an import runs, as another process on the same store makes them (a
/// claim on a case and its release, ten times a second), and how long each waited.
final class WriteWaitProbe: @unchecked Sendable {
    private let store: any CaseWorking
    private let lock = NSLock()
    private var stopped = false
    private var waits: [Double] = []
    private var failures: [String] = []
    private let done = DispatchSemaphore(value: 0)

    init(_ location: StoreLocation) throws {
        store = try location.open()
        Thread.detachNewThread { self.run() }
    }

    private func run() {
        while !lock.withLock({ stopped }) {
            Thread.sleep(forTimeInterval: 0.1)
            do {
                let started = Date()
                _ = try store.claim(CaseID(1), by: "bench-agent", at: started, lease: 60, takeOver: true)
                let claimed = Date()
                try store.releaseClaim(CaseID(1), by: "bench-agent", at: claimed)
                let times = [claimed.timeIntervalSince(started), Date().timeIntervalSince(claimed)].map { $0 * 1000 }
                lock.withLock { waits += times }
            } catch {
                // Before the import's first chunk there is no case to claim.
                if "\(error)".contains("no case") { continue }
                lock.withLock { failures.append("\(error)") }
            }
        }
        done.signal()
    }

    /// Each write's time in milliseconds, in order, and the writes that failed.
    func stop() -> (waits: [Double], failures: [String]) {
        lock.withLock { stopped = true }
        done.wait()
        return lock.withLock { (waits, failures) }
    }
}
