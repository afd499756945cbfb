/// Who else the reply touches, and how it sounds to them: rivals, politics and religion, the reach of the person
/// answered, the voice, shouting, emoji.
extension RiskJudgement {
    mutating func judgeAudience() {
        judgeRivals()

        var topics: [String] = [], raised: [Range<Int>] = [], echoed: [Range<Int>] = []
        var touched = false
        let neutral = find(rules.sensitiveTopic.neutral)
        for topic in rules.sensitiveTopic.topics {
            touched = touched || post.text.map { !topic.words.matches(in: $0).isEmpty } ?? false
            // A reply that says the brand takes no side ("we don't take positions on that") brings nothing up.
            let ranges = neutral.isEmpty ? find(topic.words) : []
            guard !ranges.isEmpty else { continue }
            touched = true
            topics.append("\(topic.name): \(text.quoted(ranges))")
            for range in ranges {
                if post.echoes(text.characters[range]) { echoed.append(range) } else { raised.append(range) }
            }
        }
        let stances = touched ? find(rules.sensitiveTopic.stances).filter { stance in
            !neutral.contains { reading.sameSentence($0, stance) }
        } : []
        if !stances.isEmpty {
            topics.append("taking a side: \(text.quoted(stances))")
            raised += stances
        }
        if !raised.isEmpty || !echoed.isEmpty {
            let points = raised.isEmpty ? rules.sensitiveTopic.echoedPoints
                : rules.sensitiveTopic.scoring.total(count: raised.count)
            let subject = topics.count == 1 ? "a sensitive topic" : "sensitive topics"
            let advice = raised.isEmpty ? "answer the person, not the topic" : "a brand takes no side here"
            add(.sensitiveTopic, points, "\(subject) (\(topics.joined(separator: "; "))): \(advice)",
                RiskScorer.distinct(raised + echoed))
        }

        if let recipient = context.recipient {
            add(.reach, rules.reach.points(followers: recipient.followers),
                "\(recipient.handle) has \(FollowerCount.short(recipient.followers)) followers, who may all see this reply")
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
                shouting.capitalWords + shouting.exclamations)
        }

        if let voice = context.voice, let allowed = voice.emoji.maximum {
            let emoji = text.emoji
            if emoji.count > allowed {
                let advice = allowed == 0 ? "uses none: remove \(emoji.count == 1 ? "it" : "them")" : "allows one at most: keep one"
                add(.emojiAgainstVoice, rules.emojiAgainstVoice.total(count: 1),
                    "\(emoji.count) emoji, and the \(voice.name) voice \(advice)", Array(emoji.dropFirst(allowed)))
            }
        }
    }

    /// A rival named; knocked in front of an upset customer; or named beside insults and swearing.
    private mutating func judgeRivals() {
        var known = rules.rivalNamed.names.matches(in: text).map(\.range)
        // "Unlike some airlines we won't name": a rival all the same.
        let unnamed = find(rules.rivalAttacked.rivalWords)
        if !context.rivalNames.isEmpty { known += WordList(context.rivalNames).matches(in: text).map(\.range) }
        known += NamesInReply.spelled(by: post.otherHandles + context.rivalNames.filter { $0.hasPrefix("@") }, in: text)
        known = RiskScorer.distinct(known)
        if !known.isEmpty {
            add(.rivalNamed, rules.rivalNamed.scoring.total(count: known.count),
                "names a rival (\(text.quoted(known, marks: false))): keep it friendly and about what we do", known)
        }
        // Any other account named counts as a rival in front of a customer: "@them" answering someone else.
        let ours = Set(([context.recipient?.handle ?? ""] + context.brandHandles).map { $0.lowercased() })
        var others = text.words.filter { $0.isHandle && !ours.contains($0.text) }.map(\.range)
        // A rival the customer named ("switching to @them") is who "their" and "them" in our reply mean.
        if !post.otherHandles.isEmpty {
            others += text.words.filter { ["their", "them", "they", "they're", "theirs"].contains($0.text) }.map(\.range)
        }
        let knocks = find(rules.rivalAttacked.knocks)
        // A business the customer named, knocked in words a few words on: "Nettle's readings are notoriously
        // dodgy". (An emoji between sentences belongs to neither.)
        let wordKnocks = knocks.filter { text.characters[$0.lowerBound].isLetter }
        let named = wordKnocks.isEmpty ? [] : NamesInReply.takenUp(from: post.text, in: reading).filter { name in
            wordKnocks.contains { reading.near(name, $0, within: 6) }
        }
        let rivals = RiskScorer.distinct(known + others + unnamed + named)
        // Answering a rival's own post, the rival is whoever "your" means, named or not.
        let lowBlows = find(rules.rivalAttacked.lowBlows)
        guard !rivals.isEmpty || answersRival && !lowBlows.isEmpty else { return }
        let abuse = RiskScorer.distinct(graded(rules.insult).ranges + graded(rules.profanity).ranges)
        // In front of anyone who came to us in earnest, not only the upset: a rival knocked is their problem ignored.
        // A customer who brings the rival in themselves ("@us vs @them, go") is asking for banter.
        let invitesBanter = !post.otherHandles.isEmpty && !post.isUpset
        if post.isUpset || post.isEarnest && !invitesBanter, !answersRival, !knocks.isEmpty {
            add(.rivalAttacked, rules.rivalAttacked.scoring.total(count: 1),
                "knocks a rival (\(text.quoted(rivals, marks: false)), \(text.quoted(knocks))) in front of "
                    + (post.isUpset ? post.upsetDescription : recipientName) + ": fix their problem, leave the rival out",
                RiskScorer.distinct(rivals + knocks), post: post.upsetRanges)
        } else if !lowBlows.isEmpty {
            let whom = rivals.isEmpty ? recipientName : text.quoted(rivals, marks: false)
            add(.rivalAttacked, rules.rivalAttacked.scoring.total(count: 1),
                "hits a rival below the belt (\(whom), \(text.quoted(lowBlows))): "
                    + "knock the offer, never their customers, their people, their safety or their troubles",
                RiskScorer.distinct(rivals + lowBlows))
        } else if !abuse.isEmpty, !known.isEmpty {
            add(.rivalAttacked, rules.rivalAttacked.withAbusePoints,
                "insults a rival (\(text.quoted(known, marks: false)), \(text.quoted(abuse))): "
                    + "knock the offer, never the brand, its people or its customers", known + abuse)
        }
    }
}
