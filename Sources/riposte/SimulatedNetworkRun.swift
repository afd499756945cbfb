import Dispatch
import Logging
import RiposteConnect
import RiposteStore

/// A training store's simulated network, served from this Riposte while it is open (or from another one open on the
/// store: the leases let one at a time). Nothing on a team's store.
struct SimulatedNetworkRun {
    private let serving: Task<Void, Never>?

    init(store: any InboxStore, logger: Logger) {
        do {
            serving = try TrainingNetwork.service(for: store, log: logger).map { service in Task { await service.run() } }
        } catch {
            logger.error("the simulated network is not served: \(error)")
            serving = nil
        }
    }

    /// Lets the leases go, for another Riposte on the store to take at once; waits no more than two seconds.
    func stop() {
        guard let serving else { return }
        serving.cancel()
        let done = DispatchSemaphore(value: 0)
        Task {
            await serving.value
            done.signal()
        }
        _ = done.wait(timeout: .now() + 2)
    }
}
