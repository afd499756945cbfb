/// Parses one line of JSON Lines from its UTF-8 bytes, keeping each value's byte offset.
///
/// Strict RFC 8259: no comments, no trailing commas, nothing after the value. A lone surrogate escape
/// (`"\ud800"`, which broken exporters write) becomes U+FFFD: the post is kept, its display made safe. So does
/// `"\u0000"`: no post means a NUL, and a PostgreSQL store cannot hold one in text.
public struct JSONLineParser {
    public typealias Failure = ByteOffsetError

    let bytes: [UInt8]
    var index = 0

    public static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONNode {
        var parser = JSONLineParser(bytes: bytes)
        parser.skipSpace()
        let node = try parser.value(depth: 1)
        parser.skipSpace()
        if parser.index < bytes.count { throw parser.failure("unexpected text after the JSON value") }
        return node
    }

    func failure(_ message: String, at offset: Int? = nil) -> Failure {
        Failure(offset: offset ?? index, message: message)
    }

    /// A syntax error at the cursor, unless what is there explains it better: a byte-order mark, which only the
    /// start of a file may have, or a byte that is not UTF-8.
    func unexpected(_ message: String) -> Failure {
        guard index < bytes.count, bytes[index] >= 0x80 else { return failure(message) }
        if bytes[index...].starts(with: [0xEF, 0xBB, 0xBF]) {
            return failure("U+FEFF (a byte-order mark) may only start the file")
        }
        let end = min(bytes.count, index + 4)
        if SourceText.firstInvalidByte(in: bytes[index..<end], from: index) == index {
            return failure("byte \(SourceText.hex(bytes[index])) is not UTF-8")
        }
        return failure(message)
    }

    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D, 0x0A: index += 1
            default: return
            }
        }
    }

    mutating func value(depth: Int) throws(Failure) -> JSONNode {
        guard depth <= NestingLimit.maximumDepth else { throw failure(NestingLimit.message) }
        guard index < bytes.count else { throw failure("expected a value, found the end of the line") }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): return JSONNode(value: try object(depth: depth), offset: start)
        case UInt8(ascii: "["): return JSONNode(value: try array(depth: depth), offset: start)
        case UInt8(ascii: "\""): return JSONNode(value: .string(try string()), offset: start)
        case UInt8(ascii: "t"): try literal("true"); return JSONNode(value: .bool(true), offset: start)
        case UInt8(ascii: "f"): try literal("false"); return JSONNode(value: .bool(false), offset: start)
        case UInt8(ascii: "n"): try literal("null"); return JSONNode(value: .null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(value: .number(try number()), offset: start)
        default:
            throw unexpected("expected a value")
        }
    }

    mutating func literal(_ word: String) throws(Failure) {
        let expected = Array(word.utf8)
        guard index + expected.count <= bytes.count, Array(bytes[index..<index + expected.count]) == expected else {
            throw failure("expected a value")
        }
        index += expected.count
    }

    mutating func object(depth: Int) throws(Failure) -> JSONValue {
        index += 1
        var members: [(key: String, keyOffset: Int, node: JSONNode)] = []
        var keys: Set<String> = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw unexpected("expected a quoted key") }
            let keyOffset = index
            let key = try string()
            if !keys.insert(key).inserted { throw failure("duplicate key \"\(key)\"", at: keyOffset) }
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("expected \":\" after the key") }
            index += 1
            skipSpace()
            members.append((key, keyOffset, try value(depth: depth + 1)))
            skipSpace()
            guard index < bytes.count else { throw failure("unterminated object: expected \",\" or \"}\"") }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            guard bytes[index] == UInt8(ascii: ",") else { throw unexpected("expected \",\" or \"}\"") }
            index += 1
        }
    }

    mutating func array(depth: Int) throws(Failure) -> JSONValue {
        index += 1
        var elements: [JSONNode] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
        while true {
            skipSpace()
            elements.append(try value(depth: depth + 1))
            skipSpace()
            guard index < bytes.count else { throw failure("unterminated array: expected \",\" or \"]\"") }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
            guard bytes[index] == UInt8(ascii: ",") else { throw unexpected("expected \",\" or \"]\"") }
            index += 1
        }
    }

    mutating func number() throws(Failure) -> String {
        let start = index
        func digits() -> Int {
            let from = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - from
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let leadingZero = index < bytes.count && bytes[index] == UInt8(ascii: "0")
        let integerDigits = digits()
        guard integerDigits > 0 else { throw failure("expected digits", at: start) }
        if leadingZero, integerDigits > 1 { throw failure("a number may not start with 0", at: start) }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw failure("expected digits after \".\"") }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw failure("expected digits in the exponent") }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// A string's bytes are copied as they are (escapes decoded to UTF-8) and validated once at the end: imports
    /// parse millions of them.
    mutating func string() throws(Failure) -> String {
        let start = index
        index += 1
        var runStart = index
        var decoded: [UInt8] = []
        var escaped = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text: String?
                if escaped {
                    decoded.append(contentsOf: bytes[runStart..<index])
                    text = String(validating: decoded, as: UTF8.self)
                } else {
                    text = String(validating: bytes[runStart..<index], as: UTF8.self)
                }
                guard let text else {
                    let offset = SourceText.firstInvalidByte(in: bytes[(start + 1)..<index], from: start + 1)
                    throw failure("byte \(SourceText.hex(bytes[offset])) is not UTF-8", at: offset)
                }
                index += 1
                return text
            }
            if byte < 0x20 { throw failure("a control character must be escaped in a string") }
            if byte == UInt8(ascii: "\\") {
                decoded.append(contentsOf: bytes[runStart..<index])
                decoded.append(contentsOf: String(try escape()).utf8)
                escaped = true
                runStart = index
                continue
            }
            index += 1
        }
        throw failure("unterminated string", at: start)
    }

    mutating func escape() throws(Failure) -> Unicode.Scalar {
        let start = index
        index += 1
        guard index < bytes.count else { throw failure("unterminated escape", at: start) }
        let letter = bytes[index]
        index += 1
        switch letter {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try hex4(start)
            if (0xD800...0xDBFF).contains(high), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
               bytes[index + 1] == UInt8(ascii: "u") {
                let save = index
                index += 2
                let low = try hex4(save)
                if (0xDC00...0xDFFF).contains(low) {
                    return Unicode.Scalar(0x10000 + (high - 0xD800) << 10 + (low - 0xDC00)) ?? "\u{FFFD}"
                }
                index = save
            }
            return high == 0 ? "\u{FFFD}" : Unicode.Scalar(high) ?? "\u{FFFD}"
        default:
            throw failure("unknown escape \"\\\(Unicode.Scalar(letter))\"", at: start)
        }
    }

    mutating func hex4(_ escapeStart: Int) throws(Failure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = Character(Unicode.Scalar(bytes[index])).hexDigitValue else {
                throw failure("\\u needs four hex digits", at: escapeStart)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }
}
