import Dispatch

/// Threads of their own for async work that a blocked caller waits on. Swift's shared pool has as many threads as
/// the machine has cores (two, here): a caller that blocks one of them while the work waits for a pool thread can
/// wait for as long as other blocked callers hold the rest (the store's synchronous calls, tests waiting on a
/// terminal).
public final class OwnThreads: TaskExecutor {
    public static let shared = OwnThreads()
    private let queue = DispatchQueue(label: "riposte.own-threads", attributes: .concurrent)

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
