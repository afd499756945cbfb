/// Where a reply asks for what no care team needs: a password, a PIN, a card's numbers, a one-time code, a
/// security answer; or a date of birth in public or with other details that identify someone.
struct SecretRequest {
    enum Kind {
        case secret
        /// A date of birth asked for in public, or with other details.
        case birthDate
    }

    var kind: Kind
    var range: Range<Int>

    static func find(in reading: SentenceReading, post: RiskText?, rules: RiskRules) -> [SecretRequest] {
        let text = reading.text
        // "We'll set up a new password with you" asks for nothing.
        func asked(_ range: Range<Int>) -> Bool {
            reading.asksFor(range) && !reading.isNegated(range) && !reading.follows(["new"], range)
        }
        var found = RiskScorer.distinct(rules.secretRequest.secrets.matches(in: text).map(\.range))
            .filter(asked).map { SecretRequest(kind: .secret, range: $0) }
        let birthDates = rules.secretRequest.birthDates.matches(in: text).map(\.range).filter(asked)
        if !birthDates.isEmpty {
            let otherDetails = rules.personalData.details.matches(in: text).map(\.range).filter(asked)
            found += birthDates.filter { !otherDetails.isEmpty || reading.channel(of: $0) != .privately }
                .map { SecretRequest(kind: .birthDate, range: $0) }
        }
        // The secret is in the post ("he wants my router password, legit?") and the reply hands it over.
        if let post, !rules.secretRequest.secrets.matches(in: post).isEmpty {
            found += rules.secretRequest.handingOver.matches(in: text).map(\.range).filter { !reading.isNegated($0) }
                .map { SecretRequest(kind: .secret, range: $0) }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
