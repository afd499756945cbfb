import Foundation

/// Reads a file (or standard input) a line at a time as bytes, so an import of millions of lines holds one chunk in memory.
public struct LineReader: Sequence, IteratorProtocol, Sendable {
    let handle: FileHandle
    var buffer: [UInt8] = []
    var start = 0
    var finished = false
    var atStart = true
    static let chunkSize = 1 << 20
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public init(handle: FileHandle) {
        self.handle = handle
    }

    /// Reads the file at `path` from its start.
    public init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw CannotRead(path: path) }
        self.init(handle: handle)
    }

    public struct CannotRead: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "cannot read \(path)" }
    }

    /// The next line without its "\n" (or "\r\n"); nil at the end.
    public mutating func next() -> [UInt8]? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = Array(buffer[start..<end])
                start = newline + 1
                return line
            }
            if finished {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
            buffer.removeFirst(start)
            start = 0
            let chunk = (try? handle.read(upToCount: Self.chunkSize)) ?? nil
            if let chunk, !chunk.isEmpty {
                buffer.append(contentsOf: chunk)
                // Editors on Windows start UTF-8 files with a byte-order mark; it is no part of the first line.
                if atStart, buffer.count >= 3 {
                    if buffer.starts(with: Self.byteOrderMark) { buffer.removeFirst(3) }
                    atStart = false
                }
            } else {
                finished = true
            }
        }
    }
}
