/// Scores a draft reply for risk, explaining each point: the editor calls it on every key press,
/// so it reads the draft once and looks words up in lists prepared when the rules were loaded.
public enum RiskScorer {
    /// The draft's score (the reasons' points added up, at most 100) and its reasons, most points first.
    public static func assess(_ draft: String, context: RiskContext, rules: RiskRules) -> RiskAssessment {
        let text = RiskText(draft)
        var reasons: [RiskReason] = []
        func add(_ kind: RiskKind, _ points: Int, _ message: String, _ ranges: [Range<Int>] = []) {
            if points > 0 { reasons.append(RiskReason(kind: kind, points: points, message: message, ranges: ranges)) }
        }

        let insults = graded(rules.insult, in: text)
        if !insults.ranges.isEmpty {
            add(.insult, insults.points,
                "\(text.quoted(insults.ranges)) reads as an insult: criticise the problem, never the person", insults.ranges)
        }
        let profanity = graded(rules.profanity, in: text)
        if !profanity.ranges.isEmpty {
            add(.profanity, profanity.points, "\(text.quoted(profanity.ranges)) is profanity: say it without swearing",
                profanity.ranges)
        }

        let markers = distinct(rules.sarcasm.markers.matches(in: text).map(\.range))
        if !markers.isEmpty {
            let signals = AngerSignals(answered: context.answeredText, recipient: context.recipient, rules: rules)
            if signals.counts {
                add(.sarcasm, rules.sarcasm.scoring.total(count: markers.count),
                    "sarcasm (\(text.quoted(markers))) to \(signals.description): drop the joke and deal with the problem",
                    markers)
            }
        }

        var rivals = rules.rivalNamed.names.matches(in: text).map(\.range)
        if !context.rivalNames.isEmpty { rivals += WordList(context.rivalNames).matches(in: text).map(\.range) }
        rivals = distinct(rivals)
        if !rivals.isEmpty {
            add(.rivalNamed, rules.rivalNamed.scoring.total(count: rivals.count),
                "names a rival (\(text.quoted(rivals, marks: false))): keep it friendly and about what we do", rivals)
            let abuse = distinct(insults.ranges + profanity.ranges)
            if !abuse.isEmpty {
                add(.rivalInsulted, rules.rivalInsulted.total(count: 1),
                    "insults a rival (\(text.quoted(rivals, marks: false)), \(text.quoted(abuse))): "
                        + "knock the offer, never the brand, its people or its customers",
                    (rivals + abuse).sorted { $0.lowerBound < $1.lowerBound })
            }
        }

        let money = distinct(rules.moneyPromise.phrases.matches(in: text).map(\.range)
            + MoneyAmount.ranges(in: text, symbols: rules.moneyPromise.currencySymbols, units: rules.moneyPromise.amountUnits))
        if !money.isEmpty {
            add(.moneyPromise, rules.moneyPromise.scoring.total(count: money.count),
                "promises money (\(text.quoted(money))): make sure it is approved before you promise it", money)
        }

        let personal = PersonalData.find(in: text, rule: rules.personalData)
        if !personal.isEmpty {
            let kinds = Set(personal.map(\.kind)).sorted()
            let first = kinds.contains(.card) ? rules.personalData.cardPoints : rules.personalData.scoring.points
            add(.personalData, rules.personalData.scoring.total(count: personal.count, first: first),
                "\(kinds.map(\.description).listed): offer a direct message instead", personal.map(\.range))
        }

        var topics: [String] = [], topicRanges: [Range<Int>] = []
        for topic in rules.sensitiveTopic.topics {
            let ranges = distinct(topic.words.matches(in: text).map(\.range))
            guard !ranges.isEmpty else { continue }
            topics.append("\(topic.name): \(text.quoted(ranges))")
            topicRanges += ranges
        }
        topicRanges = distinct(topicRanges)
        if !topicRanges.isEmpty {
            let subject = topics.count == 1 ? "a sensitive topic" : "sensitive topics"
            add(.sensitiveTopic, rules.sensitiveTopic.scoring.total(count: topicRanges.count),
                "\(subject) (\(topics.joined(separator: "; "))): no jokes, and check the voice suits it", topicRanges)
        }

        if let recipient = context.recipient {
            add(.reach, rules.reach.points(followers: recipient.followers),
                "\(recipient.handle) has \(followerCount(recipient.followers)) followers, who may all see this reply")
        }

        if let voice = context.voice {
            add(.voice, min(rules.voiceCap, voice.baseRisk), "the \(voice.name) voice carries risk of its own")
        }

        let shouting = Shouting(in: text, rule: rules.shouting)
        if !shouting.isEmpty {
            let what = (shouting.capitalWords.isEmpty ? [] : ["capitals"])
                + (shouting.exclamations.isEmpty ? [] : [text.quoted(shouting.exclamations)])
            add(.shouting, rules.shouting.scoring.total(count: 1),
                "reads as shouting (\(what.joined(separator: ", "))): write in sentence case with one \"!\" at most",
                (shouting.capitalWords + shouting.exclamations).sorted { $0.lowerBound < $1.lowerBound })
        }

        if let voice = context.voice, let allowed = voice.emoji.maximum {
            let emoji = text.emoji
            if emoji.count > allowed {
                let advice = allowed == 0 ? "uses none: remove \(emoji.count == 1 ? "it" : "them")" : "allows one at most: keep one"
                add(.emojiAgainstVoice, rules.emojiAgainstVoice.total(count: 1),
                    "\(emoji.count) emoji, and the \(voice.name) voice \(advice)", Array(emoji.dropFirst(allowed)))
            }
        }

        reasons.sort { ($1.points, $0.kind.order) < ($0.points, $1.kind.order) }
        return RiskAssessment(score: min(100, reasons.reduce(0) { $0 + $1.points }), reasons: reasons)
    }

    /// The words of a mild-and-strong list in `text`, and their points: the first strong word
    /// (or mild, if there is none) counts in full, each further one adds `eachMore`.
    private static func graded(_ rule: GradedWordRule, in text: RiskText) -> (ranges: [Range<Int>], points: Int) {
        let strong = distinct(rule.strong.matches(in: text).map(\.range))
        let mild = distinct(rule.mild.matches(in: text).map(\.range)).filter { range in
            !strong.contains { $0.overlaps(range) }
        }
        let ranges = (strong + mild).sorted { $0.lowerBound < $1.lowerBound }
        let first = strong.isEmpty ? rule.scoring.points : rule.strongPoints
        return (ranges, rule.scoring.total(count: ranges.count, first: first))
    }

    /// `ranges` in order, without any that overlaps an earlier (or longer, at the same start) one:
    /// "piss off" found as a phrase and "piss" as a word counts once.
    static func distinct(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var kept: [Range<Int>] = []
        for range in ranges.sorted(by: { ($0.lowerBound, -$0.count) < ($1.lowerBound, -$1.count) }) {
            if let last = kept.last, last.overlaps(range) { continue }
            kept.append(range)
        }
        return kept
    }

    /// "950", "52k", "1.2M".
    static func followerCount(_ followers: Int) -> String {
        func short(_ value: Double, _ unit: String) -> String {
            let rounded = (value * 10).rounded() / 10
            return (rounded >= 10 || rounded == rounded.rounded() ? String(Int(rounded.rounded())) : String(rounded)) + unit
        }
        if followers >= 1_000_000 { return short(Double(followers) / 1_000_000, "M") }
        if followers >= 1_000 { return short(Double(followers) / 1_000, "k") }
        return String(followers)
    }
}

extension RiskText {
    /// The text at `ranges`, each once, for a message: "\"idiot\", \"clown\"" (three at most).
    func quoted(_ ranges: [Range<Int>], marks: Bool = true) -> String {
        let words = ranges.map { String(characters[$0]) }.uniqued()
        let shown = words.prefix(3).map { marks ? "\"\($0)\"" : $0 }
        return (shown + (words.count > 3 ? ["…"] : [])).joined(separator: ", ")
    }

    /// The emoji outside links, one range per emoji.
    var emoji: [Range<Int>] {
        characters.indices.filter { index in
            guard classes[index].isDisjoint(with: [.ascii, .letter, .number, .space]), !isInLink(index) else { return false }
            return EmojiSequence.length(in: Array(characters[index].unicodeScalars), at: 0) != nil
        }.map { $0..<$0 + 1 }
    }
}

private extension Array where Element == String {
    /// "a, b and c".
    var listed: String {
        count <= 1 ? joined() : dropLast().joined(separator: ", ") + " and " + last!
    }
}
