import Dispatch

/// The store's calls, which block, made on a thread of their own: a connector's tasks run on Swift's shared pool,
/// which a blocked thread would starve.
final class StoreQueue: Sendable {
    private let queue = DispatchQueue(label: "riposte.connect.store")

    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }
}
