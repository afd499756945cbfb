import Foundation
import RiposteCore

/// The team's rows, as both databases read them.
extension StoreRow {
    func auditEntry() throws -> AuditEntry {
        AuditEntry(at: try date("at"), agent: try text("agent"), action: try text("action"),
                   caseID: try optionalInt("case_id").map(CaseID.init), detail: try text("detail"))
    }

    func agent() throws -> Agent {
        Agent(name: try text("name"), role: try enumValue("role"), login: try optionalText("login"))
    }
}
