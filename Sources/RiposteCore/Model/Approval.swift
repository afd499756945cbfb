import Foundation

/// The store's identifier of an approval request.
public struct ApprovalID: Hashable, Sendable, CustomStringConvertible {
    public var rawValue: Int64
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { "approval \(rawValue)" }
}

/// A risky reply an agent asked a supervisor to approve before it goes out.
public struct Approval: Hashable, Sendable {
    public enum State: String, Sendable, CaseIterable {
        case pending, approved, rejected
        /// Overtaken before a supervisor decided: its agent withdrew it, a reply went out on the case, the case was
        /// closed, or a newer request replaced it. The note says which.
        case superseded
    }

    public var id: ApprovalID
    public var caseID: CaseID
    /// The post the reply answers, as the supervisor needs to see it.
    public var inReplyTo: ThreadPost
    public var text: String
    public var voice: String?
    public var riskScore: Int
    /// The reasons for the score, most points first, as sentences.
    public var riskReasons: [String]
    public var requestedBy: String
    public var requestedAt: Date
    public var state: State
    public var decidedBy: String?
    public var decidedAt: Date?
    /// Why a supervisor rejected it, or why it was superseded; the agent sees this on the case.
    public var note: String?
    /// The version of the team's risk rules it was judged by; nil for the built-in rules.
    public var rulesVersion: Int?
    /// The text as it went out, when a supervisor edited it before approving.
    public var sentText: String?

    public init(id: ApprovalID, caseID: CaseID, inReplyTo: ThreadPost, text: String, voice: String?, riskScore: Int,
                riskReasons: [String], requestedBy: String, requestedAt: Date, state: State, decidedBy: String?,
                decidedAt: Date?, note: String?, rulesVersion: Int? = nil, sentText: String? = nil) {
        self.rulesVersion = rulesVersion
        self.sentText = sentText
        self.id = id
        self.caseID = caseID
        self.inReplyTo = inReplyTo
        self.text = text
        self.voice = voice
        self.riskScore = riskScore
        self.riskReasons = riskReasons
        self.requestedBy = requestedBy
        self.requestedAt = requestedAt
        self.state = state
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.note = note
    }
}

/// A reply as an agent sends it, or submits it for approval: its text, the voice it was written in and its risk.
public struct OutgoingReply: Hashable, Sendable {
    public var caseID: CaseID
    public var inReplyTo: PostID
    public var text: String
    public var voice: String?
    public var riskScore: Int
    public var riskReasons: [String]

    public init(caseID: CaseID, inReplyTo: PostID, text: String, voice: String?, riskScore: Int, riskReasons: [String]) {
        self.caseID = caseID
        self.inReplyTo = inReplyTo
        self.text = text
        self.voice = voice
        self.riskScore = riskScore
        self.riskReasons = riskReasons
    }
}
