/// A post cut into lower-case words, read byte by byte: the priority rules run on every imported
/// post, and cutting it into Characters first, as the risk rules do for a draft, made them cost 28 µs
/// a post instead of 3.
///
/// Words are runs of letters, digits and apostrophes ("can't", "999", "4g"); "’" is read as "'" and
/// only ASCII letters are lower-cased, which is all the vocabulary needs. Links and e-mail addresses
/// are skipped whole, handles ("@brand") are no words, and an emoji is kept as a symbol of its own.
struct PostWords {
    struct Word {
        /// The word's bytes in `PostWords.lowered`.
        var lowered: Range<Int>
        /// The word's bytes in the post, for quoting it.
        var source: Range<Int>
        /// Whether no other word follows before a punctuation mark, a symbol or the end.
        var endsClause: Bool
    }

    /// A symbol outside the ASCII range that is no letter, such as an emoji.
    struct Symbol {
        var scalar: Unicode.Scalar
        var source: Range<Int>
    }

    /// What a scan counts besides the words.
    struct Tally {
        var links = 0
        /// ASCII letters outside handles and links, and how many of them are capitals.
        var letters = 0
        var capitals = 0
        /// Words of two letters or more in capitals only.
        var capitalWords = 0
        /// The longest run of "!".
        var longestExclamation = 0
        /// Question marks, outside links.
        var questions = 0
    }

    let words: [Word]
    let symbols: [Symbol]
    /// Every word's bytes, lower-cased, one after another.
    let lowered: [UInt8]
    let tally: Tally

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        var scan = Scan()
        lowered = text.utf8.withContiguousStorageIfAvailable { bytes in
            [UInt8](unsafeUninitializedCapacity: bytes.count) { out, written in
                scan.run(bytes, into: out)
                written = scan.written
            }
        } ?? []
        words = scan.words
        symbols = scan.symbols
        tally = scan.tally
    }
}

/// One pass over a post's bytes, writing the lower-cased words into a buffer as big as the post.
private struct Scan {
    var words: [PostWords.Word] = []
    var symbols: [PostWords.Symbol] = []
    var tally = PostWords.Tally()
    var written = 0
    /// Whether the last word may still be followed by another in the same clause.
    private var clauseOpen = false

    mutating func run(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) {
        words.reserveCapacity(bytes.count / 4)
        var start = 0
        while start < bytes.count {
            if Self.isSpace(bytes[start]) { start += 1; continue }
            var end = start
            while end < bytes.count, !Self.isSpace(bytes[end]) { end += 1 }
            if Self.isLink(bytes, start..<end) {
                tally.links += 1
                clauseOpen = false
            } else {
                chunk(bytes, start..<end, into: out)
            }
            start = end
        }
    }

    /// Reads the words, handles and symbols of a run of bytes between spaces.
    private mutating func chunk(_ bytes: UnsafeBufferPointer<UInt8>, _ chunk: Range<Int>,
                                into out: UnsafeMutableBufferPointer<UInt8>) {
        var index = chunk.lowerBound
        var run = 0
        while index < chunk.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "!") {
                run += 1
                tally.longestExclamation = max(tally.longestExclamation, run)
            } else {
                run = 0
                if byte == UInt8(ascii: "?") { tally.questions += 1 }
            }
            if let end = wordEnd(bytes, from: index, in: chunk) {
                word(bytes, index..<end, into: out)
                index = end
                continue
            }
            clauseOpen = false
            if byte == UInt8(ascii: "@"), index + 1 < chunk.upperBound, Self.isHandleByte(bytes[index + 1]) {
                index += 1
                while index < chunk.upperBound, Self.isHandleByte(bytes[index]) { index += 1 }
            } else if byte >= 0x80, !Self.isCurlyApostrophe(bytes, at: index) {
                let (scalar, length) = Self.decode(bytes, at: index)
                symbols.append(PostWords.Symbol(scalar: scalar, source: index..<index + length))
                index += length
            } else {
                index += 1
            }
        }
    }

    /// Where the word starting at `start` ends, or nil if no word starts there. A word starts with a
    /// letter or a digit; apostrophes after it are quotes ("'no signal'"), inside it they are its own.
    private func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, in chunk: Range<Int>) -> Int? {
        var index = start
        var end = start
        while index < chunk.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                if Self.isAlphanumeric(byte) {
                    index += 1
                    end = index
                } else if byte == UInt8(ascii: "'"), end > start {
                    index += 1
                } else {
                    break
                }
            } else if Self.isCurlyApostrophe(bytes, at: index) {
                guard end > start else { break }
                index += 3
            } else {
                let (scalar, length) = Self.decode(bytes, at: index)
                guard Self.isLetterOutsideASCII(scalar) else { break }
                index += length
                end = index
            }
        }
        return end > start ? end : nil
    }

    private mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, _ source: Range<Int>,
                               into out: UnsafeMutableBufferPointer<UInt8>) {
        let first = written
        var letters = 0, capitals = 0
        var index = source.lowerBound
        while index < source.upperBound {
            let byte = bytes[index]
            if byte == 0xE2, Self.isCurlyApostrophe(bytes, at: index) {
                out[written] = UInt8(ascii: "'")
                written += 1
                index += 3
                continue
            }
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                out[written] = byte | 0x20
                capitals += 1
                letters += 1
            } else {
                if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { letters += 1 }
                out[written] = byte
            }
            written += 1
            index += 1
        }
        tally.letters += letters
        tally.capitals += capitals
        if letters >= 2, letters == capitals { tally.capitalWords += 1 }
        if clauseOpen { words[words.count - 1].endsClause = false }
        words.append(PostWords.Word(lowered: first..<written, source: source, endsClause: true))
        clauseOpen = true
    }

    // MARK: Bytes

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: false
        }
    }

    /// Whether a scalar outside ASCII is part of a word: anything but the blocks of punctuation,
    /// symbols and emoji. Asking Unicode's properties of every letter of a post in Arabic or
    /// Japanese would cost more than the rest of the rules.
    private static func isLetterOutsideASCII(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x80...0xBF, 0xD7, 0xF7,  // Latin-1 punctuation and signs: "¿", "«", "×"
             0x2000...0x2BFF,  // general punctuation, arrows, symbols, dingbats: "…", "’", "❤"
             0x3000...0x303F,  // CJK punctuation: "。"
             0x060C, 0x061B, 0x061F, 0x066A...0x066D,  // Arabic punctuation: "؟"
             0xFE00...0xFE0F, 0xFE30...0xFE6F, 0xFF00...0xFF0F, 0xFF1A...0xFF20,  // selectors, full-width punctuation
             0x1F000...0x1FFFF, 0xE0000...0xE007F:  // emoji, flags' tags
            false
        default:
            true
        }
    }

    private static func isHandleByte(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte >= 0x80
    }

    /// "’", which phones type for "'".
    private static func isCurlyApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99
    }

    /// The scalar whose UTF-8 starts at `index`, and its length in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (UInt32(0xFF) >> UInt32(length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// A URL ("https://…", "www.…", "bit.ly/x") or an e-mail address, perhaps in brackets.
    private static func isLink(_ bytes: UnsafeBufferPointer<UInt8>, _ chunk: Range<Int>) -> Bool {
        var sawDot = false
        var alphanumerics = 0
        for index in chunk {
            let byte = bytes[index]
            if isAlphanumeric(byte) {
                alphanumerics += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "."):
                if alphanumerics > 0 { sawDot = true }
                if alphanumerics == 3, index >= 3, bytes[index - 3] | 0x20 == UInt8(ascii: "w"),
                   bytes[index - 2] | 0x20 == UInt8(ascii: "w"), bytes[index - 1] | 0x20 == UInt8(ascii: "w") {
                    return true
                }
            case UInt8(ascii: "/"):
                if sawDot || (index > chunk.lowerBound && bytes[index - 1] == UInt8(ascii: ":")) { return true }
            case UInt8(ascii: "@"):
                // After letters: an e-mail address, or a Mastodon handle's server; no words either way.
                if alphanumerics > 0 { return true }
            default:
                break
            }
        }
        return false
    }
}
