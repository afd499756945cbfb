import Foundation

/// The text of a file a person wrote, read as UTF-8; a byte that is not UTF-8 is an error at its line and column.
///
/// A byte-order mark is left at the start of the text: the parser takes exactly one there, and reports a second.
public enum SourceText {
    /// The text of `file`; an error at 1:1 when it cannot be read at all.
    public static func read(file: String) throws(SourceError) -> String {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw SourceError(file: file, position: .start, message: "cannot read this file")
        }
        return try decode(Array(data), file: file)
    }

    /// `bytes` as text; the first byte that is not UTF-8 is an error at its position.
    public static func decode(_ bytes: [UInt8], file: String) throws(SourceError) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let offset = firstInvalidByte(in: bytes)
        throw SourceError(file: file, position: position(ofByte: offset, in: bytes),
                          message: "byte \(hex(bytes[offset])) is not UTF-8; save the file as UTF-8")
    }

    /// The line and column of the byte at `offset`: lines counted by "\n", the column in Characters of the line
    /// before it plus one, as the parsers count columns (a byte-order mark that starts the file is not counted).
    public static func position(ofByte offset: Int, in bytes: [UInt8]) -> SourcePosition {
        let offset = min(offset, bytes.count)
        var lineStart = bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let line = bytes[..<lineStart].count { $0 == UInt8(ascii: "\n") } + 1
        if lineStart == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]), offset >= 3 { lineStart = 3 }
        return SourcePosition(line: line, column: String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1)
    }

    /// Where `bytes` stop being UTF-8; `bytes.count` if they never do.
    public static func firstInvalidByte(in bytes: some Collection<UInt8>, from start: Int = 0) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = start
        while case let .scalarValue(scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
        }
        return offset
    }

    /// `0xFF`, as a message names a byte.
    public static func hex(_ byte: UInt8) -> String {
        "0x" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
