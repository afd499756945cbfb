/// What the reply commits the brand to: money, promises, legal fault; and threats it makes.
extension RiskJudgement {
    mutating func judgeCommitments() {
        let money = rules.moneyPromise
        let giving = find(money.giving).filter { !reading.isNegated($0) }
        let amounts = MoneyAmount.ranges(in: text, symbols: money.currencySymbols, units: money.amountUnits)
        // Refunding the very sum the customer was charged ("the £14.99") is putting a charge right, not a promise.
        let promised = amounts.filter { amount in
            !post.echoes(text.characters[amount]) && giving.contains { reading.near($0, amount, within: 8) }
        }
        if !promised.isEmpty {
            add(.moneyPromise, money.scoring.total(count: promised.count, first: money.promisedAmountPoints),
                "promises a sum of money (\(text.quoted(promised))): only a supervisor can agree an amount in public",
                promised + giving.filter { given in promised.contains { reading.near(given, $0, within: 8) } })
        } else {
            let offered = RiskScorer.distinct(find(money.phrases).filter { !reading.isNegated($0) } + amounts)
            if !offered.isEmpty {
                let first = amounts.isEmpty ? money.scoring.points : max(money.scoring.points, money.amountPoints)
                add(.moneyPromise, money.scoring.total(count: offered.count, first: first),
                    "offers money (\(text.quoted(offered))): make sure it is approved before you promise it", offered)
            }
        }

        let promise = rules.promise
        // "Under our quality guarantee" names a policy the customer already has; "guaranteed" promises.
        let guarantees = find(promise.guarantees).filter { !reading.isNegated($0) && !reading.follows(["our", "the", "quality"], $0) }
        // "Everything that was frozen" has its limit after it.
        func unlimited(_ word: Range<Int>) -> Bool {
            let after = text.words.first { $0.range.lowerBound >= word.upperBound }?.text
            return !["that", "which", "from", "in", "on", "for", "we"].contains(after ?? "")
        }
        let unbounded = find(promise.unbounded).filter(unlimited)
        let openOffers = find(promise.offers).filter { offer in
            !reading.isNegated(offer) && unbounded.contains { reading.near(offer, $0, within: 6) }
        }
        let binding = RiskScorer.distinct(guarantees + openOffers
            + unbounded.filter { word in openOffers.contains { reading.near($0, word, within: 6) } }
            + find(promise.unboundedOffers).filter(unlimited))
        if !binding.isEmpty {
            add(.promise, promise.scoring.total(count: binding.count, first: promise.bindingPoints),
                "a promise with no limit (\(text.quoted(binding))): say what we will do and by when, nothing more",
                binding)
        } else {
            let promises = find(promise.promises).filter { !reading.isNegated($0) }
            if !promises.isEmpty {
                add(.promise, promise.scoring.total(count: promises.count),
                    "promises (\(text.quoted(promises))): only promise what we control", promises)
            }
        }

        let admissions = RiskScorer.distinct(find(rules.legal.admissions) + (post.harm.isEmpty ? [] : find(rules.legal.faults)))
        let threats = find(rules.legal.threats)
        if !admissions.isEmpty || !threats.isEmpty {
            let what = [admissions.isEmpty ? nil : "admits legal fault (\(text.quoted(admissions)))",
                        threats.isEmpty ? nil : "threatens (\(text.quoted(threats)))"].compactMap { $0 }
            add(.legal, rules.legal.scoring.total(count: admissions.count + threats.count),
                "\(what.listed): legal words are for the legal team; apologise for the experience instead",
                admissions + threats, post: admissions.isEmpty ? [] : post.harm)
        }
    }
}
