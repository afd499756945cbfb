/// Reads TOML's number notations: signs, underscores between digits, `0x`/`0o`/`0b` integers,
/// exponents, `inf` and `nan`.
enum TOMLNumber {
    struct Failure: Error {
        var message: String
    }

    static func parse(_ text: String) throws(Failure) -> TOMLValue {
        var body = Substring(text)
        var sign = ""
        if let first = body.first, first == "+" || first == "-" {
            sign = String(first)
            body = body.dropFirst()
        }
        if body == "inf" { return .float(sign == "-" ? -.infinity : .infinity) }
        if body == "nan" { return .float(.nan) }

        if let radix = prefixedRadix(of: body) {
            guard sign.isEmpty else {
                throw Failure(message: "invalid number \"\(text)\"; 0x, 0o and 0b numbers cannot have a sign")
            }
            let digits = try plainDigits(body.dropFirst(2), radix: radix, of: text)
            guard let value = Int64(digits, radix: radix) else { throw outOfRange(text) }
            return .integer(value)
        }

        guard body.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) else {
            let digits = try integerPart(body, of: text)
            guard let value = Int64(sign + digits) else { throw outOfRange(text) }
            return .integer(value)
        }

        let exponentStart = body.firstIndex { $0 == "e" || $0 == "E" }
        let mantissa = body[..<(exponentStart ?? body.endIndex)]
        var normalized = sign
        if let dot = mantissa.firstIndex(of: ".") {
            normalized += try integerPart(mantissa[..<dot], of: text)
            normalized += "." + (try plainDigits(mantissa[mantissa.index(after: dot)...], radix: 10, of: text))
        } else {
            normalized += try integerPart(mantissa, of: text)
        }
        if let exponentStart {
            var exponent = body[body.index(after: exponentStart)...]
            normalized += "e"
            if let first = exponent.first, first == "+" || first == "-" {
                normalized.append(first)
                exponent = exponent.dropFirst()
            }
            // Unlike the integer part, an exponent may have leading zeros.
            normalized += try plainDigits(exponent, radix: 10, of: text)
        }
        guard let value = Double(normalized) else { throw invalid(text) }
        return .float(value)
    }

    private static func prefixedRadix(of body: Substring) -> Int? {
        switch body.prefix(2) {
        case "0x": 16
        case "0o": 8
        case "0b": 2
        default: nil
        }
    }

    /// Decimal digits before any `.` or exponent, where TOML forbids leading zeros.
    private static func integerPart(_ part: Substring, of text: String) throws(Failure) -> String {
        let digits = try plainDigits(part, radix: 10, of: text)
        if digits.count > 1 && digits.hasPrefix("0") {
            throw Failure(message: "invalid number \"\(text)\"; leading zeros are not allowed")
        }
        return digits
    }

    /// The digits of `part` without their underscores, each of which must sit between two digits.
    private static func plainDigits(_ part: Substring, radix: Int, of text: String) throws(Failure) -> String {
        guard !part.isEmpty, part.allSatisfy({ $0 == "_" || ($0.isASCII && $0.hexDigitValue.map { $0 < radix } == true) }) else {
            throw invalid(text)
        }
        if part.first == "_" || part.last == "_" || part.contains("__") {
            throw Failure(message: "invalid number \"\(text)\"; an underscore must sit between two digits")
        }
        return part.filter { $0 != "_" }
    }

    private static func invalid(_ text: String) -> Failure {
        Failure(message: "invalid number \"\(text)\"")
    }

    private static func outOfRange(_ text: String) -> Failure {
        Failure(message: "integer \"\(text)\" does not fit in 64 bits")
    }
}
