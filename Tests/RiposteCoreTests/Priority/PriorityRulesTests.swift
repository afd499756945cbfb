import Testing
import RiposteCore

/// A post arrives; the queue gives its case a priority, and the agent can see the reason that decided it.
@Suite struct PriorityRulesTests {
    /// A post, who wrote it, the priority it gets and the first of its reasons (nil when it has none).
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var followers = 200
        var role = AuthorRole.customer
        var priority: Priority
        var reason: String?
        var testDescription: String { "\(role.rawValue) (\(followers)): \(text)" }
    }

    static let cases: [Case] = [
        // An ordinary post: normal, nothing to explain.
        Case(text: "Can you check why my bill went up this month?", priority: .normal, reason: nil),
        // Safety and vulnerable people come first.
        Case(text: "My elderly dad can't call 999 since your outage", priority: .urgent,
             reason: #"safety or a vulnerable person ("elderly", "call 999")"#),
        Case(text: "Mum is in hospital and I can't reach her, no signal all day", priority: .urgent,
             reason: #"safety or a vulnerable person ("hospital")"#),
        // A bereavement and thoughts of self-harm, read as the risk rules read the post a reply answers: urgent, even
        // beside thanks.
        Case(text: "My husband passed away last month, thank you for being kind on the phone", priority: .urgent,
             reason: #"a bereavement ("husband passed away")"#),
        Case(text: "honestly I don't want to be here anymore. can you just cancel it", priority: .urgent,
             reason: #"may be thinking of self-harm ("don't want to be here")"#),
        Case(text: "I can smell gas and the engineer has gone", priority: .urgent,
             reason: #"safety or a vulnerable person ("smell gas")"#),
        // Legal threats and regulators.
        Case(text: "I'm taking this to the Ombudsman", priority: .high, reason: #"a legal threat or a regulator ("Ombudsman")"#),
        Case(text: "Reported you to Ofcom. Absolutely FURIOUS!!!", priority: .urgent,
             reason: #"a legal threat or a regulator ("Ofcom")"#),
        // A customer leaving.
        Case(text: "That's it, I'm leaving.", priority: .high, reason: #"says they are leaving ("I'm leaving")"#),
        Case(text: "Switching to Vodafone next month, sick of this", priority: .high,
             reason: #"says they are leaving ("Switching to")"#),
        Case(text: "No signal for a week. I'm cancelling my contract", priority: .urgent,
             reason: #"says they are leaving ("I'm cancelling my contract")"#),
        // Outages.
        Case(text: "No signal in Leeds since this morning", priority: .high, reason: #"an outage ("No signal")"#),
        Case(text: "Can't get online, is the network down?", priority: .high, reason: #"an outage ("Can't get online", "down")"#),
        Case(text: "WHY IS MY INTERNET NOT WORKING AGAIN", priority: .high, reason: #"an outage ("NOT WORKING")"#),
        Case(text: "Phone says SOS only, emergency calls only since 9am", priority: .high,
             reason: #"an outage ("SOS only", "emergency calls only")"#),
        // Anger alone does not lift a case, but it lifts a concern.
        Case(text: "This is ridiculous, worst service ever", priority: .normal, reason: #"anger ("ridiculous", "worst")"#),
        // Praise.
        Case(text: "Thanks for sorting my bill so quickly, great service", priority: .low,
             reason: #"praise ("Thanks", "great service")"#),
        Case(text: "Thanks!", priority: .low, reason: #"praise ("Thanks")"#),
        Case(text: "Working again, thanks again!", priority: .low, reason: #"praise ("Working again", "thanks")"#),
        Case(text: "Thanks in advance, can you check my bill?", priority: .normal, reason: nil),
        Case(text: "Brilliant. No signal for three days.", priority: .high, reason: #"an outage ("No signal")"#),
        Case(text: "You said you fixed it. Still no signal.", priority: .high, reason: #"an outage ("no signal")"#),
        // Praise after "still", or beside anger, is sarcasm.
        Case(text: "They fixed it, they said. Still no signal.", priority: .high, reason: #"an outage ("no signal")"#),
        Case(text: "Well done, worst network ever, no signal in town", priority: .high, reason: #"an outage ("no signal")"#),
        Case(text: "Still down, great service as always", priority: .high, reason: #"an outage ("Still down")"#),
        // Spam.
        Case(text: "WIN A FREE iPhone!!! Click here", priority: .low, reason: #"spam ("WIN A FREE", "Click here")"#),
        Case(text: "https://t.co/abc123 https://t.co/def456", priority: .low, reason: "spam: links and nothing else"),
        Case(text: "WIN A FREE phone? My elderly mum can't call 999!", priority: .urgent,
             reason: #"safety or a vulnerable person ("elderly", "call 999")"#),
        // Reach.
        Case(text: "Any update on my order?", followers: 150_000, priority: .high, reason: "reach of 150k followers"),
        Case(text: "Thanks!", followers: 150_000, priority: .high, reason: "reach of 150k followers"),
        Case(text: "No signal again", followers: 2_000_000, priority: .urgent, reason: #"an outage ("No signal")"#),
        Case(text: "No signal again", followers: 20_000, priority: .high, reason: #"an outage ("No signal")"#),
        // Who is posting.
        Case(text: "Our network never goes down, unlike some 😎", followers: 900_000, role: .brand, priority: .low,
             reason: "our own brand's post"),
        Case(text: "Our network never goes down, unlike some 😎", role: .rival, priority: .normal,
             reason: "a rival brand's post"),
        Case(text: "lol this thread", role: .bystander, priority: .low, reason: "a bystander, not the customer"),
        Case(text: "Happy to help, DM me", role: .executive, priority: .high, reason: "an executive's post"),
    ]

    @Test("a post gets its priority, and the reason that decided it comes first", arguments: cases)
    func priorityAndDecidingReason(_ example: Case) {
        let assessment = PriorityRules.assess(text: example.text, followers: example.followers, role: example.role)
        #expect(assessment.priority == example.priority)
        #expect(assessment.reasons.first == example.reason, "all reasons: \(assessment.reasons)")
    }

    @Test("false friends: a fixed problem is no outage, and leaving for work is no churn")
    func falseFriends() {
        let fixed = PriorityRules.assess(text: "no signal problems since you fixed it, thanks!", followers: 200, role: .customer)
        #expect(fixed.priority < .high)
        #expect(fixed.reasons.first == #"praise ("fixed it")"#)

        let work = PriorityRules.assess(text: "I'm leaving for work, will check the router later", followers: 200, role: .customer)
        #expect(work.priority == .normal)
        #expect(work.reasons.isEmpty)

        let eSIM = PriorityRules.assess(text: "Switching to eSIM next week, how do I do it?", followers: 200, role: .customer)
        #expect(eSIM.reasons.isEmpty)

        let notUrgent = PriorityRules.assess(text: "Not an emergency, but my voicemail greeting is wrong", followers: 200,
                                             role: .customer)
        #expect(notUrgent.priority == .normal)

        let calm = PriorityRules.assess(text: "Calm down mate, I was only asking about roaming", followers: 200, role: .customer)
        #expect(calm.priority == .normal)
        #expect(calm.reasons.isEmpty)
    }

    @Test("every signal is listed, not only the one that decided")
    func allReasonsListed() {
        let assessment = PriorityRules.assess(text: "No signal for a week, this is a joke. Switching to Three!!!", followers: 40_000,
                                              role: .customer)
        #expect(assessment.priority == .urgent)
        #expect(assessment.reasons == [
            #"says they are leaving ("Switching to")"#,
            #"an outage ("No signal")"#,
            #"anger ("is a joke", "!!!")"#,
            "reach of 40k followers",
        ])
    }

    @Test("priorities order from low to urgent")
    func order() {
        #expect(Priority.allCases == [.low, .normal, .high, .urgent])
        #expect(Priority.low < .normal && Priority.normal < .high && Priority.high < .urgent)
        #expect(Priority.allCases.max() == .urgent)
    }
}
