import Foundation
import RiposteCore
import Testing

@Suite("The queue's order and service levels")
struct QueueKeyTests {
    @Test("the case whose latest mention is oldest comes first; the case id breaks ties")
    func order() {
        let early = QueueKey(lastActivity: Date(timeIntervalSince1970: 10), caseID: CaseID(9))
        let late = QueueKey(lastActivity: Date(timeIntervalSince1970: 20), caseID: CaseID(1))
        let tie = QueueKey(lastActivity: Date(timeIntervalSince1970: 20), caseID: CaseID(2))
        #expect([tie, late, early].sorted() == [early, late, tie])
    }

    @Test("a case is flagged at three quarters of its target and breached at the target")
    func serviceLevel() {
        let level = ServiceLevel(targets: [.x: 600])
        #expect(level.state(waited: 449, on: .x) == .ok)
        #expect(level.state(waited: 450, on: .x) == .warning)
        #expect(level.state(waited: 600, on: .x) == .breached)
    }
}
