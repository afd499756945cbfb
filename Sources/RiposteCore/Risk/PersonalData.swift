/// Phone numbers, e-mail addresses, account and card numbers in a text: things a customer must
/// never see posted in public, and that an agent should ask for in a direct message instead.
struct PersonalData: Hashable {
    enum Kind: Int, Comparable, CaseIterable {
        case card, phone, email, account

        /// How a message names it.
        var description: String {
            switch self {
            case .card: "a card number"
            case .phone: "a phone number"
            case .email: "an e-mail address"
            case .account: "an account number"
            }
        }

        static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    var kind: Kind
    var range: Range<Int>

    /// Everything personal in `text`, in order. Numbers inside links are not read, and the
    /// brand's public numbers and e-mail domains are allowed.
    static func find(in text: RiskText, rule: PersonalDataRule) -> [PersonalData] {
        var found: [PersonalData] = []
        for link in text.links where link.isEmail {
            let address = String(text.characters[link.range]).lowercased()
            let domain = address.split(separator: "@").last.map(String.init) ?? ""
            if !rule.publicDomains.contains(domain) { found.append(PersonalData(kind: .email, range: link.range)) }
        }
        for run in numberRuns(in: text) {
            found += classify(run, publicNumbers: rule.publicNumbers)
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
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
                // A separator belongs to the number only if a digit follows it, after at most one more.
                guard isSeparator(position) else { break }
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

    private static func classify(_ run: NumberRun, publicNumbers: [String]) -> [PersonalData] {
        let digits = run.digits
        if (13...19).contains(digits.count), isLuhnValid(digits) {
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
        return shape == [3, 3, 4] || shape == [1, 3, 3, 4] && digits.hasPrefix("1")
    }

    /// The number as it is dialled at home: "+44 800 ..." is "0800 ...", "+1 800 ..." and "1-800 ..." are "800 ...".
    private static func nationalForm(_ run: NumberRun) -> String {
        let digits = run.digits
        if run.startsWithPlus, digits.hasPrefix("44") { return "0" + digits.dropFirst(2) }
        if digits.hasPrefix("1"), digits.count == 11 { return String(digits.dropFirst()) }
        return digits
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
