import Foundation

/// Internet timestamps (RFC 3339): `2014-06-12T09:30:00Z`, `2014-06-12T10:30:00.250+01:00`.
///
/// Hand-written because imports parse millions of them and Foundation's formatter is the slowest part of a line.
public enum RFC3339 {
    /// Its offset is in bytes of the timestamp.
    public typealias Failure = ByteOffsetError

    public static func parse(_ text: String) throws(Failure) -> Date {
        try parse(Array(text.utf8))
    }

    public static func parse(_ bytes: [UInt8]) throws(Failure) -> Date {
        var index = 0
        func number(_ count: Int, _ what: String) throws(Failure) -> Int {
            var value = 0
            for offset in 0..<count {
                guard index + offset < bytes.count, (48...57).contains(bytes[index + offset]) else {
                    throw Failure(offset: index, message: "expected \(count) digits for the \(what)")
                }
                value = value * 10 + Int(bytes[index + offset] - 48)
            }
            index += count
            return value
        }
        func separator(_ allowed: String, _ what: String) throws(Failure) {
            guard index < bytes.count, allowed.utf8.contains(bytes[index]) else {
                throw Failure(offset: index, message: "expected \(what)")
            }
            index += 1
        }
        let year = try number(4, "year")
        try separator("-", "\"-\" after the year")
        let monthStart = index
        let month = try number(2, "month")
        try separator("-", "\"-\" after the month")
        let dayStart = index
        let day = try number(2, "day")
        try separator("Tt ", "\"T\" between the date and the time")
        let hourStart = index
        let hour = try number(2, "hour")
        try separator(":", "\":\" after the hour")
        let minute = try number(2, "minute")
        try separator(":", "\":\" after the minutes")
        let second = try number(2, "seconds")
        guard (1...12).contains(month) else { throw Failure(offset: monthStart, message: "no month \(month)") }
        guard (1...daysIn(month: month, year: year)).contains(day) else {
            throw Failure(offset: dayStart, message: "no day \(day) in month \(month) of \(year)")
        }
        guard hour < 24, minute < 60, second <= 60 else {
            throw Failure(offset: hourStart, message: "no time \(hour):\(minute):\(second)")
        }
        var fraction = 0.0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1, digits = 0
            while index < bytes.count, (48...57).contains(bytes[index]) {
                fraction += Double(bytes[index] - 48) * scale
                scale /= 10
                index += 1
                digits += 1
            }
            guard digits > 0 else { throw Failure(offset: index, message: "expected digits after \".\"") }
        }
        guard index < bytes.count else {
            throw Failure(offset: index, message: "expected a time zone (\"Z\" or \"+01:00\")")
        }
        var offsetSeconds = 0
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            index += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            index += 1
            let zoneStart = index
            let hours = try number(2, "zone's hours")
            try separator(":", "\":\" in the time zone")
            let minutes = try number(2, "zone's minutes")
            guard hours < 24, minutes < 60 else { throw Failure(offset: zoneStart, message: "no time zone offset") }
            offsetSeconds = sign * (hours * 3600 + minutes * 60)
        default:
            throw Failure(offset: index, message: "expected a time zone (\"Z\" or \"+01:00\")")
        }
        guard index == bytes.count else { throw Failure(offset: index, message: "unexpected text after the time") }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        let seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
