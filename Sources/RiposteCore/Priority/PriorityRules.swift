/// A case's priority from the post that asks for us: what the customer wrote, who they are and how many
/// people follow them.
///
/// Each signal adds points: thoughts of self-harm and a bereavement 90 (urgent, even beside thanks), someone's
/// safety 60 (danger now and abuse among it), a legal threat or a regulator 40, a customer leaving 30,
/// an outage 30, anger 15 (25 with two signs of it), praise -30, an executive 20, a bystander -20, and
/// 10, 20 or 30 for 10k, 100k or 1M followers. Below 0 is low, below 30 normal, below 60 high, then
/// urgent: safety alone is urgent; a threat, a customer leaving or an outage is high, two of them
/// urgent; anger alone stays normal but lifts the others; praise for a fix takes a concern down a level,
/// and a post that only thanks us is low. 100k followers or an executive make a case at least high
/// whatever they wrote. Spam is low, unless someone's safety is in it; our own brand's posts are low.
public enum PriorityRules {
    /// The priority of a post by someone with `followers` followers and `role`, with its reasons.
    public static func assess(text: String, followers: Int, role: AuthorRole) -> PriorityAssessment {
        var reasons: [Reason] = []
        // The reason that makes the case at least high: 100k followers, else an executive.
        var lifter: Int?
        switch role {
        case .brand:
            return PriorityAssessment(priority: .low, reasons: ["our own brand's post"])
        case .rival:
            // A rival's words are banter for the team to answer, not a customer's problem.
            reasons.append(Reason(0, "a rival brand's post"))
        case .customer, .bystander, .executive:
            let evidence = PriorityEvidence(text)
            if !evidence.has(.safety), !evidence.has(.selfHarm), !evidence.has(.bereavement) {
                if evidence.has(.spam) { return spam("spam (\(evidence.quoted { $0 == .spam }))") }
                if evidence.isLinksOnly { return spam("spam: links and nothing else") }
            }
            reasons += content(evidence)
            if role == .executive {
                lifter = reasons.count
                reasons.append(Reason(20, "an executive's post"))
            }
            if role == .bystander { reasons.append(Reason(-20, "a bystander, not the customer")) }
        }
        if let reach = reach(followers) {
            if followers >= 100_000 { lifter = reasons.count }
            reasons.append(reach)
        }
        // What makes the case at least high takes the points it needed for that.
        let score = reasons.reduce(0) { $0 + $1.points }
        if let lifter, score < highFrom {
            reasons[lifter].points += highFrom - score
        }
        return decided(by: reasons)
    }

    private static let highFrom = 30

    /// The points for what the post says.
    private static func content(_ evidence: PriorityEvidence) -> [Reason] {
        var reasons: [Reason] = []
        func add(_ signal: PrioritySignal, _ points: @autoclosure () -> Int, _ what: String) {
            guard evidence.has(signal) else { return }
            reasons.append(Reason(points(), "\(what) (\(evidence.quoted { $0 == signal }))"))
        }
        add(.selfHarm, 90, "may be thinking of self-harm")
        add(.safety, 60, "safety or a vulnerable person")
        add(.bereavement, 90, "a bereavement")
        add(.legal, 40, "a legal threat or a regulator")
        add(.churn, 30, "says they are leaving")
        add(.outage, 30, "an outage")
        add(.anger, evidence.count(.anger) >= 2 ? 25 : 15, "anger")

        // Thanks beside a concern or a question is politeness or sarcasm; after "still" or in anger, sarcasm.
        let isOnlyPraise = reasons.isEmpty && !evidence.asks
        func isPraise(_ signal: PrioritySignal) -> Bool { signal == .praise || (isOnlyPraise && signal == .mildPraise) }
        if evidence.has(.praise) || (isOnlyPraise && evidence.has(.mildPraise)), !evidence.has(.anger),
           !evidence.has(.persisting) {
            reasons.append(Reason(-30, "praise (\(evidence.quoted(where: isPraise)))"))
        }
        return reasons
    }

    private static func reach(_ followers: Int) -> Reason? {
        let points = switch followers {
        case 1_000_000...: 30
        case 100_000...: 20
        case 10_000...: 10
        default: 0
        }
        return points > 0 ? Reason(points, "reach of \(FollowerCount.short(followers)) followers") : nil
    }

    private static func spam(_ reason: String) -> PriorityAssessment {
        PriorityAssessment(priority: .low, reasons: [reason])
    }

    private static func level(_ score: Int) -> Priority {
        switch score {
        case ..<0: .low
        case ..<highFrom: .normal
        case ..<60: .high
        default: .urgent
        }
    }

    /// The priority of `reasons`, the one that decided it first: above normal, what raised it most;
    /// below normal, or at normal despite something that would raise it, what pulled it down most.
    private static func decided(by reasons: [Reason]) -> PriorityAssessment {
        let priority = level(reasons.reduce(0) { $0 + $1.points })
        let loweringFirst = priority < .normal || (priority == .normal && reasons.contains { $0.points > 0 })
        // Equal points keep the order `content` lists the signals in.
        func rank(_ reason: (offset: Int, element: Reason)) -> (Int, Int, Int) {
            let points = reason.element.points
            let group = points < 0 ? (loweringFirst ? 0 : 2) : points > 0 ? 1 : 3
            return (group, -abs(points), reason.offset)
        }
        let ordered = reasons.enumerated().sorted { rank($0) < rank($1) }
        return PriorityAssessment(priority: priority, reasons: ordered.map { $0.element.message })
    }

    private struct Reason {
        var points: Int
        var message: String

        init(_ points: Int, _ message: String) {
            self.points = points
            self.message = message
        }
    }
}
