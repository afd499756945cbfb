/// Personal data in a text: phone numbers, e-mail and street addresses, postcodes, account, order and card numbers,
/// a password given out, a person's details asked for in public. Things a customer must never see posted, even their
/// own, and that an agent should ask for in a direct message instead.
struct PersonalData: Hashable {
    enum Kind: Int, Comparable, CaseIterable {
        case secret, card, phone, email, address, postcode, account, health, request, fullName

        /// How a message names it.
        var description: String {
            switch self {
            case .secret: "a password or PIN"
            case .card: "a card number"
            case .phone: "a phone number"
            case .email: "an e-mail address"
            case .address: "a street address"
            case .postcode: "a postcode"
            case .account: "an account or order number"
            case .health: "their medicine or health"
            case .request: "asks for personal details in public"
            case .fullName: "their full name"
            }
        }

        static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    var kind: Kind
    var range: Range<Int>

    /// Everything personal in the text, in order. Numbers inside links are not read, and the brand's public
    /// numbers, mailboxes and e-mail domains are allowed. `fullName` (the person answered's) counts only beside
    /// something else.
    static func find(in reading: SentenceReading, rule: PersonalDataRule, secrets: WordList, fullName: String?,
                     post: PostReading? = nil, accounts: [String] = []) -> [PersonalData] {
        let text = reading.text
        let accountNames = text.links.contains(where: \.isEmail) ? Set(accounts.flatMap(NamesInReply.names(of:))) : []
        let ours = rule.ours.matches(in: text).map(\.range)
        /// Whether the brand's own words ("call us on", "our store at") end at most `gap` Characters before `start`.
        func isOurs(_ start: Int) -> Bool {
            ours.contains { $0.upperBound <= start && start - $0.upperBound <= 3 }
        }
        var found: [PersonalData] = []
        for link in text.links where link.isEmail {
            let address = String(text.characters[link.range]).lowercased()
            let parts = address.split(separator: "@")
            let mailbox = parts.first.map(String.init) ?? "", domain = parts.last.map(String.init) ?? ""
            // An address at a domain named like an account in the thread ("@RiversideRFC", welfare@riversiderfc.org) is
            // that organisation's.
            let domainName = domain.prefix { $0 != "." }.filter(\.isLetter)
            if !rule.publicDomains.contains(domain), !rule.publicMailboxes.contains(mailbox), !accountNames.contains(domainName) {
                found.append(PersonalData(kind: .email, range: link.range))
            }
        }
        let runs = numberRuns(in: text)
        for run in runs where !isOurs(run.range.lowerBound) {
            found += classify(run, in: text, publicNumbers: rule.publicNumbers)
        }
        found += namedNumbers(in: text, names: rule.numberNames, runs: runs)
        found += StreetAddress.find(in: text, streetWords: rule.streetWords).filter { !isOurs($0.lowerBound) }
            .map { PersonalData(kind: .address, range: $0) }
        found += Postcode.find(in: text).filter { !isOurs($0.lowerBound) }.map { PersonalData(kind: .postcode, range: $0) }
        found += givenSecrets(in: text, secrets: secrets, runs: runs)
        for detail in rule.details.matches(in: text) where reading.asksFor(detail.range)
            && !reading.isNegated(detail.range) && reading.channel(of: detail.range) != .privately {
            found.append(PersonalData(kind: .request, range: detail.range))
        }
        found = found.filter { finding in
            !found.contains { $0 != finding && $0.range.count > finding.range.count && $0.range.overlaps(finding.range) }
        }
        found += Dosage.find(in: text).map { PersonalData(kind: .health, range: $0) }
        // Their own words taken up ("please don't skip your insulin") tell no one anything new.
        found += rule.health.matches(in: text).filter { !(post?.echoes(text.characters[$0.range]) ?? false) }
            .map { PersonalData(kind: .health, range: $0.range) }
        // A name alone is only a name, unless a place comes with it ("Mr K. Brennan from Derby"): then it points at
        // one person.
        let names = [fullName.flatMap { fullNameRange($0, in: text) }].compactMap { $0 } + titledNames(in: text)
        for range in names where !found.isEmpty || isPlaced(range, in: text) {
            found.append(PersonalData(kind: .fullName, range: range))
        }
        // "A member called Daniel Okafor": a third person named in full.
        for range in calledNames(in: text) {
            found.append(PersonalData(kind: .fullName, range: range))
        }
        return found.uniqued().sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// A stretch of digits with the separators a number is written with: "+44 (0)20 7946-0958".
    struct NumberRun {
        var range: Range<Int>
        /// Each maximal run of digits, with where it is.
        var groups: [(digits: String, range: Range<Int>)]
        var startsWithPlus: Bool

        var digits: String { groups.map(\.digits).joined() }
    }

    /// Runs that start after a space or punctuation (not inside "ID12345678") and outside links.
    static func numberRuns(in text: RiskText) -> [NumberRun] {
        let scalars = text.scalars, count = scalars.count
        func isDigit(_ index: Int) -> Bool { index < count && text.classes[index].contains(.digit) }
        func isSeparator(_ index: Int) -> Bool { index < count && " -.()+".unicodeScalars.contains(scalars[index]) }
        var runs: [NumberRun] = []
        var index = 0
        while index < count {
            let scalar = scalars[index]
            let startsNumber = isDigit(index) || ((scalar == "+" || scalar == "(") && isDigit(index + 1))
            let afterWord = index > 0 && !text.classes[index - 1].isDisjoint(with: [.letter, .number])
            guard startsNumber, !afterWord, !text.isInLink(index) else {
                index += 1
                continue
            }
            var run = NumberRun(range: index..<index, groups: [], startsWithPlus: scalar == "+")
            var position = index
            while position < count {
                if isDigit(position) {
                    let start = position
                    while isDigit(position) { position += 1 }
                    run.groups.append((String(String.UnicodeScalarView(scalars[start..<position])), start..<position))
                    run.range = index..<position
                    continue
                }
                // A separator belongs to the number only if a digit follows it, after at most one more; a bracket
                // only near its start ("+44 (0)20", "(020) 7946"), not "0800 100 2000 (24/7)".
                guard isSeparator(position) else { break }
                if scalars[position] == "(", run.digits.count > 4 { break }
                let next = position + 1
                if isDigit(next) {
                    position = next
                } else if isSeparator(next), isDigit(next + 1) {
                    position = next + 1
                } else {
                    break
                }
            }
            if !run.groups.isEmpty { runs.append(run) }
            index = max(position, index + 1)
        }
        return runs
    }

    private static func classify(_ run: NumberRun, in text: RiskText, publicNumbers: [String]) -> [PersonalData] {
        let digits = run.digits
        let written = String(String.UnicodeScalarView(run.range.map { text.scalars[$0] }))
        if (13...19).contains(digits.count), isLuhnValid(digits), !written.contains(where: { "()+.".contains($0) }) {
            return [PersonalData(kind: .card, range: run.range)]
        }
        if isPhoneShaped(run) {
            let national = nationalForm(run)
            return publicNumbers.contains(where: national.hasPrefix) ? [] : [PersonalData(kind: .phone, range: run.range)]
        }
        // A long unbroken number is an account, order or reference number.
        return run.groups.filter { $0.digits.count >= 8 }.map { PersonalData(kind: .account, range: $0.range) }
    }

    /// International (+ and 8 to 15 digits), UK (0 and 10 or 11 digits) or North American
    /// (3-3-4 digits, with an optional leading 1) shapes.
    private static func isPhoneShaped(_ run: NumberRun) -> Bool {
        let digits = run.digits
        if run.startsWithPlus { return (8...15).contains(digits.count) }
        if digits.hasPrefix("0") { return (10...11).contains(digits.count) }
        let shape = run.groups.map(\.digits.count)
        return shape == [3, 3, 4] || shape == [1, 3, 3, 4] && digits.hasPrefix("1") || shape == [10]
            || shape == [11] && digits.hasPrefix("1")
    }

    /// The number as it is dialled at home: "+44 800 ..." is "0800 ...", "+1 800 ..." and "1-800 ..." are "800 ...".
    private static func nationalForm(_ run: NumberRun) -> String {
        let digits = run.digits
        if run.startsWithPlus, digits.hasPrefix("44") { return "0" + digits.dropFirst(2) }
        if digits.hasPrefix("1"), digits.count == 11 { return String(digits.dropFirst()) }
        return digits
    }

    /// A number of four digits or more (letters allowed: "AB12345") right after a word that names it as someone's:
    /// "order #48213", "ref: AB1234", "account number 55512".
    private static func namedNumbers(in text: RiskText, names: WordList, runs: [NumberRun]) -> [PersonalData] {
        var found: [PersonalData] = []
        let fillers: Set<String> = ["number", "no", "num", "nr", "is", "ref", "reference", "id", "code", "was"]
        for match in names.matches(in: text) {
            var position = match.range.upperBound
            var skippedWords = 0
            while position < text.characters.count {
                let scalar = text.scalars[position]
                if scalar == " " || scalar == "#" || scalar == ":" || scalar == "." || scalar == "-" {
                    position += 1
                    continue
                }
                if let word = text.words.first(where: { $0.range.lowerBound == position }), fillers.contains(word.text),
                   skippedWords < 2 {
                    skippedWords += 1
                    position = word.range.upperBound
                    continue
                }
                break
            }
            var end = position, digits = 0
            while end < text.characters.count,
                  !text.classes[end].isDisjoint(with: [.letter, .digit]) || text.scalars[end] == "-" {
                if text.classes[end].contains(.digit) { digits += 1 }
                end += 1
            }
            // "48213", or a reference of letters and digits: "TRN8K2QZ", "BL-30028814".
            let isReference = digits >= 4 || digits >= 2 && end - position >= 5
            if isReference, !text.isInLink(position) { found.append(PersonalData(kind: .account, range: position..<end)) }
        }
        return found
    }

    /// A password or PIN given out: "your new PIN is 4821", "password reset to Summer2024".
    private static func givenSecrets(in text: RiskText, secrets: WordList, runs: [NumberRun]) -> [PersonalData] {
        var found: [PersonalData] = []
        for match in secrets.matches(in: text) {
            var position = match.range.upperBound, words = 0
            var introduced = false
            while position < text.characters.count, words < 4 {
                let scalar = text.scalars[position]
                if scalar == ":" || scalar == "=" { introduced = true; position += 1; continue }
                if text.classes[position].contains(.space) { position += 1; continue }
                var end = position
                while end < text.characters.count, !text.classes[end].contains(.space) { end += 1 }
                let token = String(text.characters[position..<end]).lowercased()
                if ["is", "to", "now", "will", "be", "as"].contains(token) {
                    introduced = true
                } else if introduced, text.classes[position..<end].contains(where: { $0.contains(.digit) }) {
                    found.append(PersonalData(kind: .secret, range: position..<end))
                    break
                } else if introduced || words > 0 {
                    break
                }
                words += 1
                position = end
            }
        }
        return found
    }

    /// Where the person's full name ("Dave Roberts") is written in the text, if it is.
    private static func fullNameRange(_ name: String, in text: RiskText) -> Range<Int>? {
        let parts = name.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        guard parts.count >= 2 else { return nil }
        let words = text.words
        for start in words.indices where start + parts.count <= words.count {
            if zip(parts, words[start...]).allSatisfy({ $0 == $1.text }) {
                return words[start].range.lowerBound..<words[start + parts.count - 1].range.upperBound
            }
        }
        return nil
    }

    /// A full name after "called" or "named": "a member called Daniel Okafor".
    private static func calledNames(in text: RiskText) -> [Range<Int>] {
        let words = text.words
        return words.indices.compactMap { index in
            guard ["called", "named"].contains(words[index].text), index + 2 < words.count,
                  text.classes[words[index + 1].range.lowerBound].contains(.upper),
                  text.classes[words[index + 2].range.lowerBound].contains(.upper) else { return nil }
            return words[index + 1].range.lowerBound..<words[index + 2].range.upperBound
        }
    }

    /// Whether "from" and a capitalised word follow the name at `range`: "Mr K. Brennan from Derby".
    private static func isPlaced(_ range: Range<Int>, in text: RiskText) -> Bool {
        let after = text.words.filter { $0.range.lowerBound >= range.upperBound }.prefix(2)
        guard after.count == 2, ["from", "in", "of", "at"].contains(after.first!.text) else { return false }
        return text.classes[after.last!.range.lowerBound].contains(.upper)
    }

    /// Names after a title, "Mr Daniel Okafor", "Dr Patel": someone's name, whoever they are.
    private static func titledNames(in text: RiskText) -> [Range<Int>] {
        let titles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr"]
        let words = text.words
        var found: [Range<Int>] = []
        for (index, word) in words.enumerated() where titles.contains(word.text) && index + 1 < words.count {
            var last = index + 1
            guard text.classes[words[last].range.lowerBound].contains(.upper) else { continue }
            // The name goes on while capitalised words follow with nothing but a space or an initial's dot between.
            while last + 1 < words.count, last - index < 3, text.classes[words[last + 1].range.lowerBound].contains(.upper),
                  text.characters[words[last].range.upperBound..<words[last + 1].range.lowerBound].allSatisfy({ $0 == " " || $0 == "." }) {
                last += 1
            }
            found.append(word.range.lowerBound..<words[last].range.upperBound)
        }
        return found
    }

    /// The Luhn checksum every payment card number satisfies (and 9 in 10 other numbers do not).
    static func isLuhnValid(_ digits: String) -> Bool {
        var sum = 0
        for (index, character) in digits.reversed().enumerated() {
            guard let digit = character.wholeNumberValue else { return false }
            if index.isMultiple(of: 2) {
                sum += digit
            } else {
                sum += digit * 2 > 9 ? digit * 2 - 9 : digit * 2
            }
        }
        return sum.isMultiple(of: 10)
    }
}

/// A medicine's dose, "sertraline 100mg", "5 ml": health data, never for a public reply.
enum Dosage {
    private static let units: Set<String> = ["mg", "mcg", "µg", "ml", "iu", "mmol"]

    static func find(in text: RiskText) -> [Range<Int>] {
        var found: [Range<Int>] = []
        let words = text.words
        for (index, word) in words.enumerated() {
            // "100mg" is one word; "100 mg" two.
            let digits = word.text.prefix { $0.isNumber }
            if !digits.isEmpty, units.contains(String(word.text.dropFirst(digits.count))) {
                found.append(word.range)
            } else if word.text.allSatisfy(\.isNumber), index + 1 < words.count, units.contains(words[index + 1].text) {
                found.append(word.range.lowerBound..<words[index + 1].range.upperBound)
            }
        }
        return found
    }
}
