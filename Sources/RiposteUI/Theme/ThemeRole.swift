import RiposteCore

/// A part of the interface a theme styles; the raw value is its name in theme files.
public enum ThemeRole: String, CaseIterable, Sendable {
    case title
    case header
    case row
    case rowNew = "row.new"
    case selection
    case statusBar = "status-bar"
    case key
    case message
    case error
    case placeholder
    case dim
    case roleCustomer = "role.customer"
    case roleBrand = "role.brand"
    case roleRival = "role.rival"
    case roleExecutive = "role.executive"
    case roleBystander = "role.bystander"
    case slaOK = "sla.ok"
    case slaWarning = "sla.warning"
    case slaBreached = "sla.breached"
    case statusNew = "status.new"
    case statusOpen = "status.open"
    case statusReplied = "status.replied"
    case statusOther = "status.other"
    case author
    case ourReply = "our-reply"
    case tree
    case postSelected = "post.selected"
    case editorOver = "editor.over"
    case editorRisk = "editor.risk"
    case guidance
    case riskLow = "risk.low"
    case riskMedium = "risk.medium"
    case riskHigh = "risk.high"
    case bannerWaiting = "banner.waiting"
    case bannerRejected = "banner.rejected"
    case picker
    case note
    case mark
    case priorityHigh = "priority.high"
    case priorityUrgent = "priority.urgent"
    case counter
    case counterOver = "counter.over"
    case tag
}

extension ThemeRole {
    /// The style of an author's role badge.
    public init(badgeOf role: AuthorRole) {
        self = switch role {
        case .customer: .roleCustomer
        case .brand: .roleBrand
        case .rival: .roleRival
        case .executive: .roleExecutive
        case .bystander: .roleBystander
        }
    }

    /// The style of a case's status word.
    public init(statusOf status: CaseStatus) {
        self = switch status {
        case .new: .statusNew
        case .open: .statusOpen
        case .replied: .statusReplied
        case .waiting, .snoozed, .closed: .statusOther
        }
    }
}
