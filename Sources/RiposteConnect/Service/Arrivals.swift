import Synchronization

/// Mentions a stream has brought that the store has not taken yet, handed over all at once.
final class Arrivals: Sendable {
    /// Beyond this many waiting, the store has stalled: following stops, and a catch-up reads them again later.
    static let most = 10_000

    private let waiting = Mutex<(batches: [Mentions], count: Int)>(([], 0))
    /// Yields when mentions arrive; as many arrivals as come while the store works make one yield.
    let signal: AsyncStream<Void>
    private let arrived: AsyncStream<Void>.Continuation

    init() {
        (signal, arrived) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    /// False, and the mentions not taken, when too many wait already.
    func add(_ mentions: Mentions) -> Bool {
        let taken = waiting.withLock { waiting in
            guard waiting.count < Self.most else { return false }
            waiting.batches.append(mentions)
            waiting.count += mentions.posts.count
            return true
        }
        if taken { arrived.yield() }
        return taken
    }

    /// Everything waiting, oldest first, with the latest cursor among them.
    func takeAll() -> Mentions {
        let batches = waiting.withLock { waiting in
            defer { waiting = ([], 0) }
            return waiting.batches
        }
        return Mentions(posts: batches.flatMap(\.posts), cursor: batches.last { $0.cursor != nil }?.cursor)
    }
}
