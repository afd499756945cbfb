import Foundation
import RiposteCore
import Testing

@Suite("The queue's order")
struct QueueKeyTests {
    @Test("the case whose latest mention is oldest comes first; the case id breaks ties")
    func order() {
        let early = QueueKey(ageFrom: Date(timeIntervalSince1970: 10), caseID: CaseID(9))
        let late = QueueKey(ageFrom: Date(timeIntervalSince1970: 20), caseID: CaseID(1))
        let tie = QueueKey(ageFrom: Date(timeIntervalSince1970: 20), caseID: CaseID(2))
        #expect([tie, late, early].sorted() == [early, late, tie])
    }
}
