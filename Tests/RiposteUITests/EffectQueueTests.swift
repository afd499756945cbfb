import Foundation
@testable import RiposteApp
import RiposteCore
import RiposteUI
import Testing

@Suite("Store work runs off the interface thread, in order, and its answers come back as actions")
struct EffectQueueTests {
    @Test("jobs run in the order asked, one at a time, while the caller goes on; their actions come back in order")
    func order() throws {
        let queue = EffectQueue()
        let gate = Gate()
        queue.submit(nil) {
            gate.waitUntilOpen()
            return [.effectFailed(.store(.said("first")))]
        }
        for index in 2...5 { queue.submit(nil) { [.effectFailed(.store(.said("job \(index)")))] } }
        // The first job holds the thread, as a silent server would; the caller is not held, and can tell since when.
        #expect(!queue.isIdle && queue.takeFinished().isEmpty)
        let deadline = Date().addingTimeInterval(5)
        while queue.busySince == nil, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        #expect(queue.busySince != nil)
        gate.open()
        #expect(queue.waitUntilIdle(timeout: 10))
        #expect(queue.takeFinished()
                == [.effectFailed(.store(.said("first")))] + (2...5).map { .effectFailed(.store(.said("job \($0)"))) })
        #expect(queue.takeFinished().isEmpty && queue.busySince == nil)
    }

    @Test("a newer read of the same thing replaces one still waiting; other work is never dropped")
    func coalescing() throws {
        let queue = EffectQueue()
        let gate = Gate()
        queue.submit(nil) {
            gate.waitUntilOpen()
            return []
        }
        queue.submit("queue") { [.effectFailed(.store(.said("old read")))] }
        queue.submit(nil) { [.effectFailed(.store(.said("a write")))] }
        queue.submit("queue") { [.effectFailed(.store(.said("new read")))] }
        gate.open()
        #expect(queue.waitUntilIdle(timeout: 10))
        #expect(queue.takeFinished() == [.effectFailed(.store(.said("a write"))), .effectFailed(.store(.said("new read")))])
        let around = QueueRequest(anchor: .around(CaseID(1), key: QueueKey(ageFrom: Date(), caseID: CaseID(1))),
                                  above: 1, below: 1, filter: CaseFilter(terms: []))
        #expect(Effect.loadQueue(around).coalescingKind == "queue")
        #expect(Effect.loadQueue(QueueRequest(anchor: .bottom, above: 1, below: 0, filter: CaseFilter(terms: [])))
                    .coalescingKind == nil)
        #expect(Effect.sendReply(OutgoingReply(caseID: CaseID(1), inReplyTo: PostID(1), text: "x", voice: nil,
                                               riskScore: 0, riskReasons: [])).coalescingKind == nil)
    }
}

/// Holds the queue's thread in a job, as a silent server would, until the test lets it go.
private final class Gate: @unchecked Sendable {
    private let condition = NSCondition()
    private var isOpen = false

    func waitUntilOpen() {
        condition.lock()
        while !isOpen { condition.wait() }
        condition.unlock()
    }

    func open() {
        condition.lock()
        isOpen = true
        condition.broadcast()
        condition.unlock()
    }
}
