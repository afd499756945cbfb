/// How the reply treats the person it answers: jokes in a sensitive situation, insults, swearing, sarcasm, mockery,
/// contempt.
extension RiskJudgement {
    mutating func judgeTone() {
        // To someone upset, even a mild word lands as a strong one.
        let harsh = post.isUpset && !answersRival
        let insults = graded(rules.insult, harsh: harsh)
        if !insults.ranges.isEmpty {
            add(.insult, insults.points,
                "\(text.quoted(insults.ranges)) reads as an insult: criticise the problem, never the person", insults.ranges)
        }
        let profanity = graded(rules.profanity, harsh: harsh)
        if !profanity.ranges.isEmpty {
            add(.profanity, profanity.points, "\(text.quoted(profanity.ranges)) is profanity: say it without swearing",
                profanity.ranges)
        }
        let sarcasm = find(rules.sarcasm.markers)
        let laughter = find(rules.mockery.laughter)
        // "We'll deal with it" is a promise; "deal with it" a brush-off; "which isn't your problem" owns it.
        let contempt = find(rules.contempt.phrases).filter { !reading.isAboutUs($0) && !reading.isNegated($0, within: 2) }
        // "This might not be a joke" takes it seriously.
        let levity = find(rules.sensitiveSituation.levity).filter { !reading.isNegated($0) }
        judgeSituation(jokes: RiskScorer.distinct(levity + sarcasm + laughter),
                       slights: RiskScorer.distinct(contempt + insults.ranges + profanity.ranges))

        // A wink at someone upset, or at anyone who came to us in earnest, reads as not taking them seriously.
        if post.isUpset || post.isEarnest, !answersRival {
            let winks = text.emoji.filter { text.characters[$0.lowerBound].isListed(in: rules.sarcasm.flippantEmoji) }
            let sarcasm = post.isUpset ? sarcasm : []
            if !sarcasm.isEmpty || !winks.isEmpty {
                let what = sarcasm.isEmpty ? "a wink (\(text.quoted(winks)))" : "sarcasm (\(text.quoted(sarcasm + winks)))"
                let points = sarcasm.isEmpty ? rules.sarcasm.winkPoints : rules.sarcasm.scoring.total(count: sarcasm.count)
                add(.sarcasm, points, "\(what) to \(post.upsetDescription): drop the joke and deal with the problem",
                    sarcasm + winks, post: post.upsetRanges)
            }
        }

        // "Your gran" answering a post about their gran is no jibe.
        let mocking = find(rules.mockery.phrases).filter { !post.echoes(text.characters[$0]) }
        let mockingLaughter = (post.isUpset || post.isEarnest) && !answersRival ? laughter : []
        if !mocking.isEmpty || !mockingLaughter.isEmpty {
            let what = mocking.isEmpty
                ? "laughing (\(text.quoted(mockingLaughter))) at \(post.upsetDescription)"
                : "mocks \(recipientName) (\(text.quoted(mocking)))"
            let points = answersRival ? rules.contempt.rivalPoints
                : rules.mockery.scoring.total(count: mocking.count + mockingLaughter.count)
            add(.mockery, points,
                "\(what): laugh with people, never at them", mocking + mockingLaughter,
                post: mocking.isEmpty ? post.upsetRanges : [])
        }

        // An upset customer answered with neither a word of care nor anything done for them: a brush-off; or with
        // rules and process and no word of care: "Delivery windows are estimates. Please see our terms."
        let careless = post.isUpset && !answersRival && !post.isSensitive && find(rules.sensitiveSituation.careWords).isEmpty
        let process = find(rules.sensitiveSituation.cold)
        if careless, find(rules.contempt.engagement).isEmpty, find(rules.sensitiveSituation.helpPointers).isEmpty {
            add(.contempt, rules.contempt.scoring.points,
                "neither care nor help for \(post.upsetDescription): say sorry and what happens next", [],
                post: post.upsetRanges)
        } else if careless, !process.isEmpty, find(rules.contempt.commitments).isEmpty {
            add(.contempt, rules.contempt.scoring.points,
                "rules and process (\(text.quoted(process))) with no word of care for \(post.upsetDescription): "
                    + "say sorry first, then what happens next", process, post: post.upsetRanges)
        }
        if !contempt.isEmpty {
            let points = answersRival ? rules.contempt.rivalPoints : rules.contempt.scoring.total(count: contempt.count)
            add(.contempt, points,
                "\(text.quoted(contempt)) dismisses or blames \(recipientName): own the problem and say what happens next",
                contempt)
        }
    }

    /// A joke, a playful voice, flippancy, dismissal, blame or a cold reply answering someone in a sensitive
    /// situation; and, where the situation calls for it, a reply that does not point to help.
    private mutating func judgeSituation(jokes: [Range<Int>], slights: [Range<Int>]) {
        guard post.isSensitive else { return }
        let rule = rules.sensitiveSituation
        let emoji = text.emoji.filter { !text.characters[$0.lowerBound].isListed(in: rule.gentleEmoji) }
        let jokes = RiskScorer.distinct(jokes + emoji)
        let slights = RiskScorer.distinct(slights + find(rule.dismissal) + find(rule.cold))
        let helps = !find(rule.helpPointers).isEmpty
        var what: [String] = []
        if !jokes.isEmpty { what.append("a joke or flippancy (\(text.quoted(jokes)))") }
        if !slights.isEmpty { what.append("dismissal, blame or process (\(text.quoted(slights)))") }
        if isPlayfulVoice, let voice = context.voice { what.append("the \(voice.name) voice") }
        if what.isEmpty, !helps, !post.praises, find(rule.careWords).isEmpty { what.append("not a word of care") }
        if !helps, post.situations.contains(where: { rule.mustPointToHelp.contains($0.name) }) {
            what.append("no pointer to help (Samaritans 116 123, 999)")
        }
        guard !what.isEmpty else { return }
        add(.sensitiveSituation, rule.scoring.total(count: 1),
            "\(what.listed) answering \(post.situationDescription): be plain and kind, in the Calm or Classic care voice",
            RiskScorer.distinct(jokes + slights), post: post.situations.flatMap(\.ranges))
    }
}
