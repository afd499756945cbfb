/// Secrets asked for and personal data published: the two reasons no team setting lets out unseen.
extension RiskJudgement {
    mutating func judgePrivacy() {
        let secrets = SecretRequest.find(in: reading, post: post.text, rules: rules)
        if !secrets.isEmpty {
            let named = secrets.contains { $0.kind == .secret }
                ? "asks for \(text.quoted(secrets.filter { $0.kind == .secret }.map(\.range)))"
                : "asks for a date of birth \(reading.channel(of: secrets[0].range) == .privately ? "with other details" : "in public")"
            add(.secretRequest, rules.secretRequest.scoring.total(count: secrets.count),
                "\(named): no one at the brand ever needs it; point them to the secure way to sign in or pay instead",
                secrets.map(\.range))
        }

        let personal = PersonalData.find(in: reading, rule: rules.personalData, secrets: rules.secretRequest.secrets,
                                         fullName: context.recipient?.name, post: post,
                                         accounts: context.brandHandles + post.handles)
        guard !personal.isEmpty else { return }
        let kinds = Set(personal.map(\.kind)).sorted()
        let first = kinds.contains(.card) || kinds.contains(.secret) ? rules.personalData.cardPoints
            : rules.personalData.scoring.points
        let advice = kinds == [.request] ? "ask for them in a direct message instead" : "take it to a direct message instead"
        add(.personalData, rules.personalData.scoring.total(count: personal.count, first: first),
            "\(kinds.map(\.description).listed) in public: \(advice)", personal.map(\.range))
    }
}
